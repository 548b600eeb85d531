"""The library inside an exported folder: a copy of the installed ``gigai`` modules the bot runs on.

The exported app must answer exactly as the lab did, on a host where ``pip install gigai`` would fetch a
stranger's package (our distribution is ``gigai-kit``, not on the index). So the export carries the library
itself: the import closure of the chatbot, the provider registry and the offline engine, read from the
installed package (``import`` statements anywhere in those files, ``TYPE_CHECKING`` imports aside), plus
their data files (presets.json, lexicon.json). Trainer, video, apps, CLI, doctor and deploy code stay home.

    files = library_files()          # {"gigai/chatbot/bot.py": Path(...), ...}
    copy_library(Path("kopi-kita-app"))

Used by :mod:`gigai.deploy.export`.
"""

from __future__ import annotations

import ast
import shutil
from functools import lru_cache
from pathlib import Path

ROOTS = ("gigai.chatbot", "gigai.llm.registry", "gigai.offline.engine", "gigai.lang")
# Never copied, whatever imports them inside a function: the bot's answers never need them.
LEFT_OUT = ("gigai.trainer", "gigai.video", "gigai.apps", "gigai.cli", "gigai.doctor", "gigai.deploy",
            "gigai.latihan", "gigai.channels")  # fmt: skip
DATA_SUFFIXES = (".json",)
# Third-party packages the copied modules use on the bot's path (specifiers come from gigai's own metadata).
REQUIREMENTS = ("openai", "httpx", "python-dotenv", "pydantic", "pyyaml", "pysastrawi")
MARKER = "VENDORED.md"


def package_root() -> Path:
    """The folder of the installed ``gigai`` package (a checkout's, when installed editable)."""
    import gigai

    return Path(gigai.__file__).resolve().parent


def _module_file(base: Path, name: str) -> Path | None:
    path = base.joinpath(*name.split(".")[1:])
    if (path / "__init__.py").is_file():
        return path / "__init__.py"
    if path.with_suffix(".py").is_file():
        return path.with_suffix(".py")
    return None


def _type_checking_only(node: ast.AST) -> bool:
    test = getattr(node, "test", None)
    return isinstance(node, ast.If) and (
        (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING")
        or (isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")
    )


def _imports(name: str, file: Path) -> set[str]:
    """Every gigai module ``file`` may import (module and function level; TYPE_CHECKING blocks aside)."""
    package = name.split(".") if file.name == "__init__.py" else name.split(".")[:-1]
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if _type_checking_only(child):
                continue
            if isinstance(child, ast.Import):
                found.update(a.name for a in child.names)
            elif isinstance(child, ast.ImportFrom):
                mod = child.module or ""
                if child.level:
                    mod = ".".join(package[: len(package) - child.level + 1] + ([mod] if mod else []))
                found.add(mod)
                found.update(f"{mod}.{a.name}" for a in child.names)
            visit(child)

    visit(ast.parse(file.read_text(encoding="utf-8")))
    return {m for m in found if m == "gigai" or m.startswith("gigai.")}


def _left_out(name: str) -> bool:
    return any(name == p or name.startswith(p + ".") for p in LEFT_OUT)


@lru_cache(maxsize=4)
def _closure(base: Path) -> tuple[str, ...]:
    seen: dict[str, Path] = {}
    todo = list(ROOTS)
    while todo:
        name = todo.pop()
        if name in seen or _left_out(name):
            continue
        file = _module_file(base, name)
        if file is None:  # an attribute ("from gigai.x import y" where y is a name), not a module
            continue
        seen[name] = file
        parts = name.split(".")
        todo += [".".join(parts[:i]) for i in range(1, len(parts))]  # parent packages' __init__
        todo += sorted(_imports(name, file))
    return tuple(sorted(seen))


def library_files() -> dict[str, Path]:
    """Relative path in the export -> file in the installed library (modules, then their data files)."""
    base = package_root()
    out: dict[str, Path] = {}
    for name in _closure(base):
        file = _module_file(base, name)
        assert file is not None
        out[file.relative_to(base.parent).as_posix()] = file
        if file.name == "__init__.py":
            for data in sorted(file.parent.iterdir()):
                if data.suffix in DATA_SUFFIXES and data.is_file():
                    out[data.relative_to(base.parent).as_posix()] = data
    return out


def modules() -> list[str]:
    """The copied module names (``gigai.chatbot.bot``, ...)."""
    return list(_closure(package_root()))


def copy_library(out: Path, *, version: str) -> list[str]:
    """Replace ``out/gigai`` with a fresh copy of the library's bot modules; returns the relative paths."""
    target = out / "gigai"
    if target.exists():
        shutil.rmtree(target)
    files = library_files()
    for rel, src in files.items():
        dest = out / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src, dest)
    (target / MARKER).write_text(
        f"# gigai {version} (copy)\n\n"
        "Salinan pustaka gigai yang dipakai bot ini (chatbot, guardrail, mesin offline, daftar provider),\n"
        "dibuat oleh `gigai bot export`. Jangan diubah di sini: ubah bot lewat bot.json, atau ekspor ulang.\n",
        encoding="utf-8",
    )
    return sorted(files)

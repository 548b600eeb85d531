"""No two files in gigai/ import each other in a loop (imports inside functions count too).

A loop means a third idea is hiding in one of the modules: give it its own module. The graph is built with
``ast`` from the source, so it sees every ``import``/``from ... import`` wherever it is written, except
under ``if TYPE_CHECKING:`` (never executed).
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "gigai"


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(tree: ast.AST, here: str, is_package: bool) -> set[str]:
    """Absolute names imported anywhere in ``tree`` (relative imports resolved against ``here``)."""
    found: set[str] = set()
    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, ast.If) and _is_type_checking(node):
            stack.extend(node.orelse)
            continue
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = here.split(".")
                base = base if is_package else base[:-1]
                base = base[: len(base) - (node.level - 1)]
                mod = ".".join(base + ([node.module] if node.module else []))
            else:
                mod = node.module or ""
            found.add(mod)
            # `from gigai.llm import registry` imports the submodule gigai.llm.registry
            found.update(f"{mod}.{alias.name}" for alias in node.names)
        stack.extend(ast.iter_child_nodes(node))
    return found


def import_graph() -> dict[str, set[str]]:
    """module -> the gigai modules (files) it imports."""
    files = {module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in files.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        targets = _imports(tree, name, path.name == "__init__.py")
        # A package's __init__ is not an edge target of `from pkg import sub` when sub is a module file.
        graph[name] = {t for t in targets if t in files and t != name and not name.startswith(t + ".")}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every strongly connected group of more than one module (Tarjan), each as one example loop."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    groups: list[list[str]] = []
    counter = [0]

    def visit(v: str) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return [_loop(graph, g) for g in groups]


def _loop(graph: dict[str, set[str]], group: list[str]) -> list[str]:
    """One concrete loop a -> b -> ... -> a inside a strongly connected group (shortest from its first module)."""
    members = set(group)
    start = group[0]
    paths = {start: [start]}
    queue = [start]
    while queue:
        v = queue.pop(0)
        for w in sorted(graph[v] & members):
            if w == start:
                return [*paths[v], start]
            if w not in paths:
                paths[w] = [*paths[v], w]
                queue.append(w)
    return group


def test_the_graph_sees_imports_inside_functions(tmp_path):
    code = "def f():\n    from gigai.llm import registry\n    import gigai.config\n"
    assert {"gigai.llm.registry", "gigai.config"} <= _imports(ast.parse(code), "gigai.x", False)
    typing_only = (
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from gigai.llm.base import Model\n"
    )
    assert "gigai.llm.base" not in _imports(ast.parse(typing_only), "gigai.x", False)


def test_cycle_finder_finds_a_loop():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycles(graph) == [["a", "b", "c", "a"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_no_import_loops_in_gigai():
    found = cycles(import_graph())
    assert not found, "import loops between files in gigai/:\n" + "\n".join(" -> ".join(c) for c in found)


def test_no_import_loops_in_the_llm_layer():
    """The LLM layer's own part of the rule (other packages have their own owners)."""
    graph = {k: v for k, v in import_graph().items() if k.startswith("gigai.llm")}
    found = cycles(graph)
    assert not found, "import loops in gigai/llm:\n" + "\n".join(" -> ".join(c) for c in found)


# What participants run (labs, apps, the exported bot) must work without the trainer's tools installed or
# understood: trainer code may use participant code, never the other way round.
PARTICIPANT_AREAS = ("llm", "offline", "chatbot", "video", "business", "latihan", "apps", "channels", "deploy", "doctor")
CORE = ("gigai", "gigai.errors", "gigai.config", "gigai.lang", "gigai._deps")


def test_participant_areas_never_import_trainer_tools():
    bad = [
        f"{mod} -> {dep}"
        for mod, deps in import_graph().items()
        if mod.split(".")[1:2] and mod.split(".")[1] in PARTICIPANT_AREAS
        for dep in deps
        if dep.startswith("gigai.trainer")
    ]
    assert not bad, "participant code imports trainer tools:\n" + "\n".join(sorted(bad))


def test_no_loose_modules_at_the_top_of_the_package():
    """One folder per area: only the core sits directly in gigai/ (a newcomer reads the tree in one glance)."""
    loose = {p.stem for p in PACKAGE.glob("*.py")} - {name.rpartition(".")[2] for name in CORE} - {"__init__"}
    assert not loose, f"modules at the top of gigai/ outside the core: {sorted(loose)}"

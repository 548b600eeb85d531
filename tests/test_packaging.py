"""Packaging promises: pyproject, environment.yml, README, Makefile, .ci/run and the licence agree."""

from __future__ import annotations

import configparser
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

try:
    import tomllib
except ImportError:  # Python 3.10
    import tomli as tomllib

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
README = (ROOT / "README.md").read_text(encoding="utf-8")
README_PIP = 'pip install -e ".[labs,online]"'


def _key(req: Requirement) -> tuple[str, str, str]:
    return canonicalize_name(req.name), str(req.specifier), str(req.marker or "")


def _pyproject_set(extras: list[str]) -> set[tuple[str, str, str]]:
    project = PYPROJECT["project"]
    reqs = list(project["dependencies"])
    for extra in extras:
        reqs += project["optional-dependencies"][extra]
    return {_key(Requirement(r)) for r in reqs}


def _readme_extras() -> list[str]:
    m = re.search(r'pip install -e "\.\[([a-z,]+)\]"', README)
    assert m, "README must show the pip command"
    return m.group(1).split(",")


def test_readme_pip_path_is_the_documented_one():
    assert README_PIP in README
    assert _readme_extras() == ["labs", "online"]


def test_environment_yml_installs_the_readme_set():
    env = yaml.safe_load((ROOT / "environment.yml").read_text(encoding="utf-8"))
    conda = [d for d in env["dependencies"] if isinstance(d, str)]
    assert any(d.startswith("python=3.1") for d in conda) and "pip" in conda
    pip = next(d["pip"] for d in env["dependencies"] if isinstance(d, dict))
    assert "-e ." in pip, "environment.yml must also install gigai itself"
    listed = {_key(Requirement(line)) for line in pip if not line.startswith("-")}
    expected = _pyproject_set(_readme_extras())
    assert listed == expected, {
        "only in environment.yml": listed - expected,
        "only in pyproject": expected - listed,
    }


def test_required_libraries_have_todays_major_versions():
    spec = {name: s for name, s, _ in _pyproject_set(["labs", "online", "test"])}
    assert "<7" in spec["gradio"] and ">=6" in spec["gradio"]
    assert "<3" in spec["moviepy"] and ">=2" in spec["moviepy"]
    assert "<4" in spec["openai"] and ">=3" in spec["openai"]
    for name in ("langchain", "langchain-core", "langchain-openai"):
        assert ">=1" in spec[name] and "<2" in spec[name]
    assert "nbval" in spec and "jupyterlab" in spec
    core = {canonicalize_name(Requirement(r).name) for r in PYPROJECT["project"]["dependencies"]}
    assert "llama-cpp-python" not in core, "llama-cpp-python is heavy: extras only"
    assert PYPROJECT["project"]["requires-python"] == ">=3.10"


def test_console_script_points_at_the_typer_app():
    assert PYPROJECT["project"]["scripts"]["gigai"] == "gigai.cli.main:app"
    from gigai.cli.main import app

    assert callable(app)


def test_licence_is_the_full_gpl3_text():
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.lstrip().startswith("GNU GENERAL PUBLIC LICENSE")
    assert "Version 3, 29 June 2007" in text and "END OF TERMS AND CONDITIONS" in text
    assert len(text) > 30_000
    assert PYPROJECT["project"]["license"] == "GPL-3.0-or-later"
    assert "GPL-3.0-or-later" in README


def test_third_party_notices_cover_every_dependency():
    notices = (ROOT / "THIRD_PARTY_NOTICES.md").read_text(encoding="utf-8").lower()
    for must in ("espeak-ng", "ffmpeg", "ofl-1.1", "gemma", "cc0"):
        assert must in notices
    names = {n for n, _, _ in _pyproject_set(list(PYPROJECT["project"]["optional-dependencies"]))}
    missing = sorted(n for n in names if n not in notices)
    assert not missing, f"add these to THIRD_PARTY_NOTICES.md: {missing}"


def test_env_example_names_keys_without_values():
    lines = (ROOT / ".env.example").read_text(encoding="utf-8").splitlines()
    pairs = dict(line.split("=", 1) for line in lines if line and not line.startswith("#"))
    for name in ("GEMINI_API_KEY", "GROQ_API_KEY", "OPENROUTER_API_KEY", "OPENAI_API_KEY", "GIGAI_PROVIDER"):
        assert name in pairs
    assert all(v == "" for v in pairs.values())
    assert ".env" in (ROOT / ".gitignore").read_text(encoding="utf-8").split()


def test_readme_covers_the_setup_paths_and_labs():
    for text in (
        "make labs",
        "make test",
        "py -3.11 -m venv .venv",
        r".venv\Scripts\activate",
        "jupyter lab labs",
        "colab.research.google.com",
        "%pip install",
        "Mulai cepat",
        "gigai bot export",
        "gigai doctor",
        "THIRD_PARTY_NOTICES.md",
        "environment.yml",
    ):
        assert text in README, text
    for lab in (
        "01_persiapan",
        "02_prompt_pertama",
        "03_chatbot_umkm",
        "04_langchain",
        "05_demo_gradio",
        "06_naskah_video",
        "07_video_ai",
        "08_model_bisnis",
        "09_proposal_klien",
    ):
        assert lab in README, lab
    for key in ("GEMINI_API_KEY", "GROQ_API_KEY", "OPENROUTER_API_KEY", "OPENAI_API_KEY"):
        assert key in README


def test_nbval_sanitize_file_parses():
    cfg = configparser.ConfigParser()
    cfg.read(ROOT / "tests" / "nbval_sanitize.cfg", encoding="utf-8")
    assert cfg.sections()
    for section in cfg.sections():
        re.compile(cfg[section]["regex"])
        assert "replace" in cfg[section]


def test_ci_run_is_an_executable_valid_bash_script():
    path = ROOT / ".ci" / "run"
    assert os.access(path, os.X_OK)
    text = path.read_text(encoding="utf-8")
    assert "make test" in text and "apt-get install" in text and "chromium" in text and "ffmpeg" in text
    assert "playwright install" not in text
    if shutil.which("bash") is None:
        pytest.skip("bash is not installed here, so .ci/run cannot be syntax-checked")
    assert subprocess.run(["bash", "-n", str(path)], capture_output=True).returncode == 0


@pytest.mark.skipif(
    shutil.which("make") is None, reason="make is not installed, so the Makefile cannot be dry-run"
)
def test_makefile_targets_dry_run():
    for target in ("test", "labs", "lint", "clean", "demo", "bench"):
        proc = subprocess.run(["make", "-n", target], capture_output=True, text=True, cwd=ROOT)
        assert proc.returncode == 0, (target, proc.stderr)
    test = subprocess.run(["make", "-n", "test"], capture_output=True, text=True, cwd=ROOT).stdout
    assert "-m pytest tests" in test and "GIGAI_PROVIDER=offline" in test
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert 'install -e ".[labs,online,test]"' in makefile and 'install -e ".[labs,online]"' in makefile

"""The import contracts of pyproject.toml ([tool.importlinter]) hold on the code, and they bite: an
upward import or a cycle inside an app makes `lint-imports` (run by `make lint` and CI) fail."""

import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"][
    "root_packages"
]
LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"


def lint(root: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(LINT_IMPORTS), "--config", str(root / "pyproject.toml"), "--no-cache"],
        cwd=root,
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin"},
        timeout=120,
    )


@pytest.fixture
def tree(tmp_path):
    """A copy of the project's packages and contracts, to break on purpose."""
    for name in PACKAGES:
        shutil.copytree(
            ROOT / name, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__", "data")
        )
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    return tmp_path


def test_the_code_keeps_every_contract(tree):
    result = lint(tree)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_the_shared_base_importing_an_app_breaks_the_layers(tree):
    (tree / "core" / "uses_cards.py").write_text("from practices.models import PracticePage\n")
    result = lint(tree)
    assert result.returncode != 0
    assert "core is not allowed to import practices" in result.stdout


def test_a_page_app_importing_search_breaks_the_layers(tree):
    (tree / "guides" / "finder.py").write_text("import search.service\n")
    result = lint(tree)
    assert result.returncode != 0
    assert "guides is not allowed to import search" in result.stdout


def test_cards_importing_submissions_breaks_the_layers(tree):
    (tree / "practices" / "counts.py").write_text("from submissions.models import Submission\n")
    result = lint(tree)
    assert result.returncode != 0
    assert "practices is not allowed to import submissions" in result.stdout


def test_a_cycle_between_two_modules_of_an_app_is_refused(tree):
    (tree / "places" / "one.py").write_text("from places import two\n")
    (tree / "places" / "two.py").write_text("from places import one\n")
    result = lint(tree)
    assert result.returncode != 0
    assert "No cycles are allowed in places" in result.stdout

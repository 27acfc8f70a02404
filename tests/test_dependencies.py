"""Every package the code imports is declared in pyproject.toml, and the locks pin everything with
hashes, each engine lock with the client major its backend needs."""

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
LOCAL = {"hub", "core", "home", "guides", "practices", "places", "submissions", "search", "tests"}
LOCAL |= {"bench", "manage", "conftest"}


def _name(requirement: str) -> str:
    return re.split(r"[\s\[<>=!~;]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def _declared(*groups) -> set[str]:
    """The packages of the dependencies and of these extras, with the extras an extra names of
    the project itself (dev includes `hub-inclusion-numerique[opensearch3]`)."""
    names = {_name(r) for r in PROJECT["dependencies"]}
    todo, seen = list(groups), set()
    while todo:
        group = todo.pop()
        if group in seen:
            continue
        seen.add(group)
        for requirement in PROJECT["optional-dependencies"][group]:
            if _name(requirement) == PROJECT["name"].lower():
                extras = re.search(r"\[([^\]]*)\]", requirement)
                todo += [e.strip() for e in extras.group(1).split(",")] if extras else []
            else:
                names.add(_name(requirement))
    return names


def _imported(folders) -> set[str]:
    modules = set()
    for folder in folders:
        for path in (ROOT / folder).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Import):
                    modules |= {alias.name.split(".")[0] for alias in node.names}
                elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                    modules.add(node.module.split(".")[0])
    return modules - LOCAL - set(sys.stdlib_module_names)


def _distributions(modules) -> set[str]:
    mapping = packages_distributions()
    return {
        dist.lower().replace("_", "-") for module in modules for dist in mapping.get(module, [])
    }


APP_FOLDERS = ["hub", "core", "home", "guides", "practices", "places", "submissions", "search"]


def test_every_package_the_site_imports_is_a_production_dependency():
    imported = _distributions(_imported(APP_FOLDERS))
    # Wagtail's own dependencies that the site imports directly must be declared too.
    assert imported - _declared("opensearch3") == set()


def test_every_package_the_tests_and_benchmarks_import_is_declared():
    imported = _distributions(_imported(["tests", "bench"]))
    assert imported - _declared("dev") == set()


@pytest.mark.parametrize(
    ("lock", "pins"),
    [
        ("base.txt", {"gunicorn": r"27\.", "wagtail": r"8\."}),
        ("dev.txt", {"opensearch-py": r"3\.", "pytest": r"9\."}),
        ("opensearch3.txt", {"opensearch-py": r"3\."}),
        ("elasticsearch8.txt", {"elasticsearch": r"8\."}),
        ("elasticsearch9.txt", {"elasticsearch": r"9\."}),
    ],
)
def test_locks_pin_every_package_with_hashes(lock, pins):
    text = (ROOT / "requirements" / lock).read_text(encoding="utf-8")
    entries = re.findall(r"^([A-Za-z0-9_.\-]+)==(\S+)((?:\s*\\\n\s+--hash=\S+)+)", text, re.M)
    names = {name.lower(): version for name, version, _hashes in entries}
    assert len(entries) == len(re.findall(r"^[A-Za-z0-9]", text, re.M))  # no pin without hash
    for name, version in pins.items():
        assert re.match(version, names[name]), (lock, name, names.get(name))
    assert "wagtail-factories" not in names
    # One engine client per engine lock (search/backends.py imports only the configured one).
    other = {"opensearch3.txt": "elasticsearch", "elasticsearch8.txt": "opensearch-py"}
    other["elasticsearch9.txt"] = "opensearch-py"
    if lock in other:
        assert other[lock] not in names, (lock, other[lock])

"""Shared fixtures: the real page's model, shared test vectors, and toolchain lookup."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import pytest

from errcodegen.model import Document
from errcodegen.names import NamesFile
from errcodegen.naming import assign_names
from errcodegen.parse import read_page

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "source_docs" / "ci-error-codes.en.md"


def python_path(folder: Path) -> str:
    """PYTHONPATH (or MYPYPATH) for the generated Python projects under `folder`, the output's
    `python/` folder: each project `python/<set>/` holds its package beside its pyproject.toml."""
    return os.pathsep.join(sorted(str(p) for p in folder.iterdir() if p.is_dir()))


def in_ci() -> bool:
    """True under CI (CI=true), where a missing toolchain is a failure, not a skip."""
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


def require_tool(name: str, *candidates: Path) -> str:
    """Return the path of a toolchain command; skip the test (fail under CI) when missing."""
    for candidate in candidates:
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if found:
        return found
    message = f"toolchain command {name!r} not found"
    if in_ci():
        pytest.fail(message + " (CI=true: a missing toolchain is a failure)")
    pytest.skip(message)


def named_model(path: Path = SOURCE, display: str | None = None, names: Path | None = None) -> Document:
    """Parse a page and name it: with a names file when given (as `generate` does), else derived."""
    shown = display or (path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else str(path))
    doc = read_page(path, shown)
    if names is not None:
        return NamesFile.load(names).apply(doc)
    return assign_names(doc)


def vectors(doc: Document) -> list[dict[str, Any]]:
    """The shared test vectors: what every target must read back, in document order."""
    return [
        {
            "category": c.id,
            "code": e.code,
            "name": e.name,
            "description": e.description,
            "action": e.action,
        }
        for c, e in doc.entries()
    ]


def localized_vectors(doc: Document, locale: str) -> list[dict[str, Any]]:
    """`vectors(doc)` with each entry's texts in `locale`: each the default locale's where it has none
    (no text for the code, or no action)."""
    out = []
    for v, (_, e) in zip(vectors(doc), doc.entries()):
        text = e.text(locale) if locale != doc.locale else None
        if text is not None:
            v = {**v, "description": text.description, "action": e.action if text.action is None else text.action}
        out.append(v)
    return out


def localized_categories(doc: Document, locale: str) -> list[tuple[str, str, str | None]]:
    """(id, title, fallback) of every category in `locale`: each the default locale's where it has none."""
    out = []
    for c in doc.categories:
        text = c.text(locale) if locale != doc.locale else None
        if text is None:
            out.append((c.id, c.title, c.fallback))
        else:
            out.append((c.id, text.description, c.fallback if text.action is None else text.action))
    return out


NAMES = ROOT / "source_docs" / "names.toml"


@pytest.fixture(scope="session")
def current_doc() -> Document:
    """The current English page, named with the committed names file, as `make generate` does."""
    return named_model(names=NAMES)


@pytest.fixture(scope="session")
def bilingual_doc() -> Document:
    """The configured set `ci-error-codes` (English, with the Chinese page merged in), as `make generate` builds it."""
    from errcodegen import config, pipeline

    doc = pipeline.build_models(config.load(ROOT / "pyproject.toml"))[0]
    assert doc.locales == ("en", "zh") and doc.locale == "en"
    return doc


# ---------------------------------------------------------------------------------------
# Toolchains built once per pytest run, shared by the tests that need them: each fixture runs
# its toolchain once over everything it serves and returns the result; the tests assert on it
# (a fixture that fails to build fails every test that uses it, with the toolchain's output).

JAVA_GENERATED = ROOT / "generated" / "java"


@pytest.fixture(scope="session")
def java_sdk_classpath(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The COS Java SDK's classpath (tests/java_sdk.py): one Maven run per pytest run."""
    from .java_sdk import sdk_classpath

    return sdk_classpath(tmp_path_factory.mktemp("java-sdk"))


@pytest.fixture(scope="session")
def java_library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every committed Java project (generated/java/*), compiled by one strict javac run, as
    their pom.xml compiles them (their packages differ: one class folder holds them all)."""
    import subprocess

    from .roundtrip import JAVAC_FLAGS

    javac = require_tool("javac")
    out = tmp_path_factory.mktemp("java-lib")
    sources = sorted(str(p) for p in JAVA_GENERATED.rglob("*.java"))
    built = subprocess.run([javac, *JAVAC_FLAGS, "-d", str(out), *sources], capture_output=True, text=True, timeout=600)
    assert built.returncode == 0, built.stdout + built.stderr
    return out

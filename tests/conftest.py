"""Shared fixtures: the real page's model, shared test vectors, and toolchain lookup."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import pytest

from generator.model import Document
from generator.names import NamesFile
from generator.naming import assign_names
from generator.parse import read_page

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "source_docs" / "ci-error-codes.en.md"


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


NAMES = ROOT / "source_docs" / "names.toml"


@pytest.fixture(scope="session")
def current_doc() -> Document:
    """The current English page, named with the committed names file, as `make generate` does."""
    return named_model(names=NAMES)

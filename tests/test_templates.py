"""The templates themselves: short lines, and layout decisions (made in Python) that match black."""

from __future__ import annotations

import dataclasses

import black
import pytest

from errcodegen.model import Document
from errcodegen.targets import python as python_target
from errcodegen.targets.registry import TARGETS

from .conftest import ROOT, render

MAX_LINE = 120


def test_no_template_line_is_longer_than_120_characters() -> None:
    templates = sorted(p for t in TARGETS for p in (t.folder / "templates").glob("*")) + sorted((ROOT / "templates").rglob("*.j2"))
    assert templates
    long = [
        f"{p.relative_to(ROOT).as_posix()}:{number}: {len(line)} characters"
        for p in templates
        for number, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
        if len(line) > MAX_LINE
    ]
    assert not long, "\n".join(long)


@pytest.mark.parametrize("length", [36, 37, 38, 39, 40])
def test_a_single_category_is_laid_out_as_black_does(current_doc: Document, length: int) -> None:
    # `CATEGORIES: Final[...] = (Name,)` fits black's 88 columns up to a 38-character name.
    first = dataclasses.replace(current_doc.categories[0], name="A" * (length - 5) + "Error")
    doc = dataclasses.replace(current_doc, categories=(first,))
    text = render(python_target, doc, {})["python/ci-error-codes/ci_error_codes/__init__.py"]
    assert black.format_str(text, mode=black.Mode()) == text


@pytest.mark.parametrize("locale", ["en", "en-" + "-".join(["abcdefgh"] * 6)])
def test_a_single_locale_is_laid_out_as_black_does(current_doc: Document, locale: str) -> None:
    doc = dataclasses.replace(current_doc, locale=locale, locales=(locale,))
    text = render(python_target, doc, {})["python/ci-error-codes/ci_error_codes/__init__.py"]
    assert black.format_str(text, mode=black.Mode()) == text

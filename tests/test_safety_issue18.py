"""What issue 18's attack on the input found (a hostile page author and configuration, from the
README and the command line only), each now a test, with the probes of the attack that followed:
table layouts that blow up, quadratic naming, names that build broken packages, Java sources that
javac refuses, tables that were silently dropped, non-ASCII set names.

Complexity is asserted by counting operations or output sizes, never by a wall clock."""

from __future__ import annotations

from pathlib import Path

import pytest

from errcodegen.model import Category, Document, Entry
from errcodegen.naming import assign_names


# -- 7: naming stays linear when many codes share a description -------------------------------


class CountedCode(int):
    """An integer code that counts the comparisons and hashes made of it (and of its `abs`)."""

    calls = 0

    def __eq__(self, other: object) -> bool:
        CountedCode.calls += 1
        return int(self) == other

    def __ne__(self, other: object) -> bool:
        CountedCode.calls += 1
        return int(self) != other

    def __hash__(self) -> int:
        CountedCode.calls += 1
        return int.__hash__(self)

    def __abs__(self) -> CountedCode:
        return CountedCode(int.__abs__(self))

    def __neg__(self) -> CountedCode:
        return CountedCode(int.__neg__(self))


def _one_text_doc(rows: int, text: str = "Internal error.") -> Document:
    entries = tuple(Entry(CountedCode(-i), "", None, text, None, (), i) for i in range(1, rows + 1))
    return Document("p.md", "0" * 64, (Category("errors", "", "Errors", None, entries, 1),))


@pytest.mark.parametrize("text", ["Internal error.", "File 1"])
def test_naming_many_codes_of_one_description_is_linear(text: str) -> None:
    """80 000 rows of "Internal error" took 72 s (3 s with distinct texts): every colliding
    entry counted its code among all the others. Comparisons of codes now grow with the rows."""
    counts = []
    for rows in (1000, 4000):
        doc = _one_text_doc(rows, text)
        CountedCode.calls = 0
        named = assign_names(doc)
        counts.append(CountedCode.calls)
        names = [e.name for e in named.categories[0].entries]
        assert len(set(names)) == rows and not [d for d in named.diagnostics if d.severity == "error"]
    assert counts[1] < 20 * 4000, counts  # quadratic: millions
    assert counts[1] < 6 * counts[0], counts  # 4x the rows, about 4x the work (quadratic: 16x)

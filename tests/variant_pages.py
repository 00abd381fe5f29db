"""Pages for the Java and Rust tests of variants and of the hierarchy of dotted codes (issue 13),
and what a consumer of each output must read back from them, worked out from the model."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from errcodegen.model import Document
from errcodegen.naming import assign_names
from errcodegen.parse import parse_text
from errcodegen.targets.registry import type_names

TYPES = type_names()  # what the outputs reserve of type names, as generate names

CASES = Path(__file__).resolve().parent / "cases"

# An integer page with a code on two rows of one table, told apart by the last column, a code
# on one row, and the same code in a second category (one row there).
INT_PAGE = """### Download errors

| Error Code | Log Message | Description | Action | HTTP Status |
| --- | --- | --- | --- | --- |
| -1 | bad arg | First text | Fix the argument | 400 Bad Request |
| -1 | denied | Second text | | 403 Forbidden |
| -2 | x | Other | | 400 Bad Request |

### Upload errors

| Error Code | Description | HTTP Status |
| --- | --- | --- |
| -1 | Upload text | 500 Internal Server Error |
| 7 | Seven once | 400 Bad Request |
| 7 | Seven twice | 401 Unauthorized |
| 7 | Seven thrice | 402 Payment Required |
"""

# A symbolic page whose dotted codes have parents on the page, parents that are not, three
# levels, and a code that only shares a prefix (`AB` is not within `A`).
SYMBOL_PAGE = """## Error Codes
### Video processing

| Error Code | Description |
| -- | -- |
| A | Top A. |
| A.B | Under A. |
| A.B.C | Under A.B. |
| AB | Not under A. |
| X.Y | Under X, which the page does not list. |
| X.Z | Also under X. |
| A.D | Under A again. |
"""

# parentOf / parent_of inputs, and (code, ancestor) pairs for isWithin / is_within.
PARENT_INPUTS = ["A.B.C", "A", "A.", ".A", "A..B", "", ".", "InvalidInput.TaskDuplicated"]
WITHIN_PAIRS = [
    ("A.B", "A"),
    ("AB", "A"),
    ("A", "A"),
    ("A", "A.B"),
    ("InvalidInputs", "InvalidInput"),
    ("InvalidInput.TaskDuplicated", "InvalidInput"),
]


def int_doc() -> Document:
    return assign_names(parse_text(INT_PAGE, "variants.md"), types=TYPES)


def symbol_doc() -> Document:
    return assign_names(parse_text(SYMBOL_PAGE, "symbols.md", kind="string"), types=TYPES)


def vod_doc() -> Document:
    """The golden case other_vod's page (VOD's dotted codes)."""
    text = (CASES / "other_vod" / "input.md").read_text(encoding="utf-8")
    return assign_names(parse_text(text, "input.md", kind="string"), types=TYPES)


def first_rows(doc: Document) -> Document:
    """`doc` with only the first row of each code of each category: a page without variants."""
    categories = []
    for c in doc.categories:
        kept = tuple(e for i, e in enumerate(c.entries) if all(p.code != e.code for p in c.entries[:i]))
        categories.append(replace(c, entries=kept))
    return replace(doc, categories=tuple(categories))


def int_codes(doc: Document) -> list[int]:
    return [int(code) for code in dict.fromkeys(e.code for _, e in doc.entries())]


def int_expected(doc: Document) -> dict[str, Any]:
    """{code: [[category id, name, [[code, description, action, column, value] per row]] per
    category listing the code]}: what `lookup(code)` and each result's `variants()` give. Taken
    from the model, where every row of the page is an entry."""
    out: dict[str, Any] = {}
    for code in int_codes(doc):
        found = []
        for c in doc.categories:
            rows = [e for e in c.entries if e.code == code]
            if rows:
                variants = [[e.code, e.description, e.action, *(e.variant or (None, None))] for e in rows]
                found.append([c.id, rows[0].name, variants])
        out[str(code)] = found
    return out


def parent_code(code: str) -> str | None:
    """The issue's rule, written here rather than taken from the generator: a dotted code's
    parent is all but its last `.` part; a code with no dot between its ends has none."""
    if "." not in code.strip("."):
        return None
    return code[: code.rindex(".")]


def hierarchy(codes: list[str]) -> dict[str, list[str]]:
    """Every parent with its sub-codes, in the page's order."""
    tree: dict[str, list[str]] = {}
    for code in codes:
        parent = parent_code(code)
        if parent is not None:
            tree.setdefault(parent, []).append(code)
    return tree


def symbol_codes(doc: Document) -> list[str]:
    return [str(code) for code in dict.fromkeys(e.code for _, e in doc.entries())]


def symbol_expected(doc: Document) -> dict[str, Any]:
    """Each code's parent and sub-codes, the sub-codes of every parent (listed or not) and of a
    code without any, `parentOf` of PARENT_INPUTS and `isWithin` of WITHIN_PAIRS."""
    codes = symbol_codes(doc)
    tree = hierarchy(codes)
    return {
        "codes": {code: [parent_code(code), list(tree.get(code, ()))] for code in codes},
        "subcodes": {parent: list(tree.get(parent, ())) for parent in [*tree, "NoSuchCode"]},
        "parents": [parent_code(code) for code in PARENT_INPUTS],
        "within": [code == ancestor or code.startswith(ancestor + ".") for code, ancestor in WITHIN_PAIRS],
    }


def subcode_queries(doc: Document) -> list[str]:
    return [*hierarchy(symbol_codes(doc)), "NoSuchCode"]

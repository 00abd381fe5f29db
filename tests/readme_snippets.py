"""The code snippets of README.md and of the pages under docs/, as the tests run them.

A fenced block of README.md or of a page under docs/ is run by a test when the line before its
opening fence is `<!-- tested: LANG -->` (python, go, typescript, java, rust, ...). Each
language's test (tests/test_readme_*.py) takes `snippets(LANG)` and runs every block it gets, so
a snippet that stops working fails the suite, and an untested snippet is a visible choice. A
language with no marked block at all is an error, not an empty test: a snippet that moved to a
file this module does not read, or lost its mark, cannot pass unnoticed.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
MARK = re.compile(r"^<!-- tested: ([a-z0-9-]+) -->\n```[^\n]*\n(.*?)^```$", re.MULTILINE | re.DOTALL)


def documents(root: Path = ROOT) -> list[Path]:
    """README.md, then every page of docs/ (recursively), in a fixed order."""
    return [root / "README.md", *sorted((root / "docs").rglob("*.md"))]


def snippets(lang: str, files: list[Path] | None = None) -> list[str]:
    """Every block marked `<!-- tested: lang -->`, in the order of `documents()` and of each file."""
    found = [
        body
        for path in (documents() if files is None else files)
        for mark, body in MARK.findall(path.read_text(encoding="utf-8"))
        if mark == lang
    ]
    if not found:
        raise LookupError(f"no block marked <!-- tested: {lang} --> in README.md or docs/")
    return found

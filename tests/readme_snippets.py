"""The README's code snippets, as the tests run them.

A fenced block in README.md is run by a test when the line before its opening fence is
`<!-- tested: LANG -->` (python, go, typescript, javascript, java, rust, sh, ...). Each language's
test (tests/test_readme_*.py) takes `snippets(LANG)` and runs every block it gets, so a snippet
in the README that stops working fails the suite, and an untested snippet is a visible choice.
"""

from __future__ import annotations

import re
from pathlib import Path

README = Path(__file__).resolve().parents[1] / "README.md"
MARK = re.compile(r"^<!-- tested: ([a-z0-9-]+) -->\n```[^\n]*\n(.*?)^```$", re.MULTILINE | re.DOTALL)


def snippets(lang: str, readme: Path = README) -> list[str]:
    """Every block of README.md marked `<!-- tested: lang -->`, in order, as its text."""
    found = [body for mark, body in MARK.findall(readme.read_text(encoding="utf-8")) if mark == lang]
    return found

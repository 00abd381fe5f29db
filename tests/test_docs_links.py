"""Every relative link of README.md and of the pages under docs/ points to a file that exists, and
a link with an anchor (`page.md#heading`, `#heading`) to a heading of that page, as GitHub
spells heading anchors. Links inside code (fenced blocks, code spans) are no links."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote

import pytest

from .conftest import ROOT
from .readme_snippets import documents

FENCE = re.compile(r"^(`{3,}|~{3,}).*?^\1[ \t]*$", re.MULTILINE | re.DOTALL)
CODE_SPAN = re.compile(r"(`+)(?!`).*?(?<!`)\1(?!`)", re.DOTALL)
LINK = re.compile(r"\[(?:[^\[\]]|\[[^\]]*\])*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
HEADING = re.compile(r"^#{1,6}[ \t]+(.+?)[ \t#]*$", re.MULTILINE)


def prose(markdown: str) -> str:
    """The text with fenced blocks and code spans blanked out."""
    return CODE_SPAN.sub("", FENCE.sub("", markdown))


def anchors(markdown: str) -> set[str]:
    """GitHub's anchors for a page's headings: lower case, punctuation dropped (but `-` and `_`),
    spaces as `-`, a repeated heading numbered `-1`, `-2`, ..."""
    seen: dict[str, int] = {}
    found = set()
    for heading in HEADING.findall(FENCE.sub("", markdown)):
        text = re.sub(r"`([^`]*)`", r"\1", heading)  # a code span's text
        text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)  # a link's text
        slug = re.sub(r"[^\w\- ]", "", text.lower()).replace(" ", "-")
        n = seen.get(slug, 0)
        seen[slug] = n + 1
        found.add(slug if n == 0 else f"{slug}-{n}")
    return found


def relative_links(page: Path) -> list[str]:
    return [
        target
        for target in LINK.findall(prose(page.read_text(encoding="utf-8")))
        if not re.match(r"[a-z][a-z0-9+.-]*:", target, re.IGNORECASE)  # https:, mailto:, ...
    ]


def broken_links(page: Path) -> list[str]:
    broken = []
    for target in relative_links(page):
        path_part, _, anchor = target.partition("#")
        path = (page.parent / unquote(path_part)).resolve() if path_part else page
        if not path.exists():
            broken.append(f"{target}: no such file")
        elif anchor and path.suffix == ".md" and unquote(anchor) not in anchors(path.read_text(encoding="utf-8")):
            broken.append(f"{target}: no heading with that anchor")
    return broken


PAGES = documents(ROOT)


def test_the_docs_are_read() -> None:
    names = {p.relative_to(ROOT).as_posix() for p in PAGES}
    assert {"README.md", "docs/configuration.md", "docs/architecture.md", "docs/testing.md", "docs/upstream.md"} <= names
    assert any(name.startswith("docs/languages/") for name in names)
    assert sum(len(relative_links(p)) for p in PAGES) >= len(PAGES)


@pytest.mark.parametrize("page", PAGES, ids=[p.relative_to(ROOT).as_posix() for p in PAGES])
def test_every_relative_link_resolves(page: Path) -> None:
    assert broken_links(page) == []


def test_a_broken_link_is_found(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("# A `b` title\n\n## Twice\n\n## Twice\n", encoding="utf-8")
    page = tmp_path / "page.md"
    page.write_text(
        "[ok](a.md#a-b-title) [ok](a.md#twice-1) [gone](b.md) [bad](a.md#nope) [web](https://x.test/y)\n"
        "`[code](c.md)`\n\n```\n[fenced](d.md)\n```\n",
        encoding="utf-8",
    )
    assert relative_links(page) == ["a.md#a-b-title", "a.md#twice-1", "b.md", "a.md#nope"]
    assert anchors((tmp_path / "a.md").read_text(encoding="utf-8")) == {"a-b-title", "twice", "twice-1"}
    assert broken_links(page) == ["b.md: no such file", "a.md#nope: no heading with that anchor"]

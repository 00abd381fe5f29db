"""Go's escapers (the `go_*` filters) and the check of rendered Go files: no comment that the go
command or a linter reads as a directive."""

from __future__ import annotations

import re
from typing import Callable

from ...escape import Escaped, FULLWIDTH, comment_text, escape_body, number_literal
from ...validate import ValidationError, line_comments


def _code_point(ch: str) -> str:
    n = ord(ch)
    if n < 0x80:
        return f"\\x{n:02x}"
    if 0xD800 <= n < 0xE000:
        return "\\ufffd"  # Go strings cannot hold a lone surrogate: the documented cleaned form.
    return f"\\u{n:04x}" if n < 0x10000 else f"\\U{n:08x}"


def go_str(text: str) -> Escaped:
    """Go interpreted string literal."""
    return Escaped('"' + escape_body(text, '"', _code_point) + '"')


def go_lit(value: str | int | bool) -> Escaped:
    """Go literal of a model value: `true`/`false`, a decimal integer constant or a string literal."""
    if value is True or value is False:
        return Escaped("true" if value else "false")
    return go_str(value) if isinstance(value, str) else Escaped(number_literal(value, "Go"))


def go_code_str(code: str | int) -> Escaped:
    """Go string literal of a code: the symbol itself, or an integer code in decimal (`"1015"`)."""
    return go_str(code if isinstance(code, str) else number_literal(code, "Go"))


_GO_DOC_QUOTES = re.compile(r"([`'])(?=\1)")


# Go directives: `//go:...`, `//line`, cgo's `//export` and `//extern`, linters' `//nolint`
# and `//lint:`, `// +build`; `/*line` anywhere. Text never starts a line (it has no line
# breaks) and always follows `// ` (so `go:` or `line ` at its start is prose); one inside
# the text gets a space after its `//` (`// go:generate`), `+build` becomes `＋build` (go
# vet reads it anywhere in a comment above the package clause), and a text that starts
# with `nolint` gets `(text) ` in front.
# The words after `//` that make a directive: the one list, read by the escaper and the check.
DIRECTIVES = ("go:", "line ", "export ", "extern ", "nolint", "lint:")
_DIRECTIVE_WORDS = "|".join(DIRECTIVES)
_GO_START = re.compile(r"nolint")  # after `// `: older golangci-lint reads `// nolint` too
_GO_ANYWHERE = re.compile(rf"(?<=//)(?={_DIRECTIVE_WORDS}|\+build)|(?<=/\*)(?=line )")


def go_comment(text: str) -> Escaped:
    """Text for a `//` comment: one line, cannot form a directive or end early, gofmt leaves it alone."""
    cleaned = comment_text(text)
    if _GO_START.match(cleaned):
        cleaned = "(text) " + cleaned
    if "/" in cleaned:
        cleaned = _GO_ANYWHERE.sub(" ", cleaned)
    if "+build" in cleaned:  # go vet reads `+build` anywhere in a comment above the package clause
        cleaned = cleaned.replace("+build", FULLWIDTH["+"] + "build")
    # gofmt rewrites `` and '' in doc comments to curly quotes: a space keeps them apart.
    return Escaped(_GO_DOC_QUOTES.sub(r"\1 ", cleaned))


# Go: directives start a line (`//go:`, `//line`, `//export`, `//extern`, `//nolint`,
# `//lint:`, `// +build`, `/*line`); in a comment, a second `//` must not start one either,
# nor may `+build` appear (go vet reads it anywhere in a comment above the package clause).
_GO_DIRECTIVE = re.compile(rf"(?://(?:{_DIRECTIVE_WORDS})|//\s*\+build|/\*line )")
# Each directive above holds one of these; a text with none (the common case, found at C
# speed) needs no line-by-line look.
NEEDLES = tuple(f"//{word}" for word in DIRECTIVES) + ("+build", "/*line ")


def _directive(stripped: str) -> bool:
    bad = bool(_GO_DIRECTIVE.match(stripped) or "+build" in stripped)
    return bad or (stripped.startswith("//") and _GO_DIRECTIVE.search(stripped, 2) is not None)


def check_comments(path: str, text: str) -> None:
    """Templates put every comment on lines of its own: none of them is a directive."""
    line_comments(path, text, NEEDLES, _directive)


FILTERS: dict[str, Callable[..., Escaped]] = {"go_str": go_str, "go_comment": go_comment, "go_lit": go_lit, "go_code_str": go_code_str}

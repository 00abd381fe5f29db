"""PHP escaping: every upstream text the PHP output holds goes through one of these filters.

String literals are single-quoted, where PHP reads only `\\\\` and `\\'` as escapes: `$` and
`{$` interpolate nothing, `\\u{...}` and `\\x..` are plain text, and `?>` inside a literal never
leaves PHP mode (only code and `//` or `#` comments end at `?>`). A character that is not
printable (controls, line and paragraph separators, bidirectional and zero-width controls) is
spelled in a double-quoted piece made here, of escapes only (`"\\n"`, `"\\u{202e}"`), joined with
`.`, which a constant expression allows; a lone surrogate, which UTF-8 cannot hold, becomes
U+FFFD (the documented cleaned form, as in Go and Rust). Letters beyond ASCII stay as they are
(UTF-8), so the output reads as the page does.

Doc comments (`/** ... */`) hold one line of text with no `*/` (`*\\/`) and no `@` that a
PHPDoc reader could take for a tag (`{@}`, PHPDoc's own spelling of a literal `@`); a `//`
comment (the header line) holds no `?>`, which would end PHP mode there (`?＞`, U+FF1E).
"""

from __future__ import annotations

import re
from typing import Callable

from ...escape import Escaped, comment_text
from ...validate import line_comments

_DOUBLE_SIMPLE = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _unsafe(ch: str) -> bool:
    return not ch.isprintable() or ch in "\u2028\u2029\x85"


def _double(ch: str) -> str:
    if ch in _DOUBLE_SIMPLE:
        return _DOUBLE_SIMPLE[ch]
    n = ord(ch)
    if 0xD800 <= n < 0xE000:
        n = 0xFFFD
    return f"\\u{{{n:x}}}"


def _single(run: str) -> str:
    return "'" + run.replace("\\", "\\\\").replace("'", "\\'") + "'"


def php_str(text: str) -> Escaped:
    """A PHP string expression whose value is `text` (its UTF-8 bytes): single-quoted pieces,
    with double-quoted pieces of escapes only for what is not printable."""
    if text.isprintable() and "\x85" not in text:
        return Escaped(_single(text))
    pieces: list[str] = []
    run: list[str] = []
    escapes: list[str] = []
    for ch in text:
        if _unsafe(ch):
            if run:
                pieces.append(_single("".join(run)))
                run.clear()
            escapes.append(_double(ch))
        else:
            if escapes:
                pieces.append('"' + "".join(escapes) + '"')
                escapes.clear()
            run.append(ch)
    if run:
        pieces.append(_single("".join(run)))
    if escapes:
        pieces.append('"' + "".join(escapes) + '"')
    return Escaped(" . ".join(pieces) if pieces else "''")


def php_opt_str(text: str | None) -> Escaped:
    """`null` or a string expression."""
    return Escaped("null") if text is None else php_str(text)


def php_lit(value: str | int | bool | None) -> Escaped:
    """A PHP literal: `null`, `true`/`false`, a decimal integer or a string expression."""
    if value is None:
        return Escaped("null")
    if value is True or value is False:
        return Escaped("true" if value else "false")
    if isinstance(value, int):
        return Escaped(str(value))
    return php_str(value)


def php_doc(text: str) -> Escaped:
    """Text for one line of a `/** ... */` doc comment: no line break, no `*/`, no tag."""
    cleaned = comment_text(text).replace("@", "{@}")
    while "*/" in cleaned:
        cleaned = cleaned.replace("*/", "*\\/")
    return Escaped(cleaned)


def php_comment(text: str) -> Escaped:
    """Text for a `//` comment: one line, no `?>` (it would end PHP mode in the comment)."""
    return Escaped(comment_text(text).replace("?>", "?\uff1e"))


def _ends_early(stripped: str) -> bool:
    """A comment line that would end PHP mode (`?>` in a `//` comment) or its doc comment before
    the line's end (`*/` anywhere but last)."""
    if stripped.startswith("//"):
        return "?>" in stripped
    return "*/" in stripped.rstrip()[:-2]


# A line where `*/` is followed by more than its line's end (what `_ends_early` refuses in a doc
# comment needs two characters after it, the last no space): every doc comment ends in `*/`, so
# `*/` alone would send every file to the line-by-line look.
_STAR_SLASH_INSIDE = re.compile(r"\*/[^\n]+\S")


def check_comments(path: str, text: str) -> None:
    """Templates put every comment on lines of its own: none ends PHP mode or its comment early."""
    if "?>" in text or _STAR_SLASH_INSIDE.search(text):  # else no line can (found at C speed)
        line_comments(path, text, ("?>", "*/"), _ends_early)


# The filters the PHP templates use (the Renderer adds them to the one template environment).
FILTERS: dict[str, Callable[..., Escaped]] = {"php_str": php_str, "php_opt_str": php_opt_str, "php_lit": php_lit, "php_doc": php_doc, "php_comment": php_comment}

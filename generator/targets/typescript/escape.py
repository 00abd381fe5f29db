"""TypeScript's and JavaScript's escapers (the `ts_*` filters) and the check of rendered files:
no comment that a tool reads as a directive."""

from __future__ import annotations

import re
from typing import Callable

from ...escape import Escaped, FULLWIDTH, comment_text, escape_body, fullwidth_last, number_literal, utf16_escape
from ...validate import ValidationError, line_comments


def ts_str(text: str) -> Escaped:
    """TypeScript/JavaScript double-quoted string literal."""
    return Escaped('"' + escape_body(text, '"', utf16_escape) + '"')


def ts_opt_str(text: str | None) -> Escaped:
    """TypeScript literal for an optional string: `null` or a string literal."""
    return Escaped("null") if text is None else ts_str(text)


# What TypeScript and JavaScript tools read in a comment: a directive that starts the
# comment's text (ESLint, JSHint, coverage and formatter switches, `///` references), a
# source map URL anywhere, and bundler annotations (`#__PURE__`); `@` pragmas (`@ts-ignore`,
# `@ts-nocheck`, `@jsx`, `//@ sourceURL=`) never survive, as every `@` becomes `＠`.
# The tools whose switch starts a comment: the one list, read by the escaper and the check.
TOOLS = r"eslint|globals?\b|exported\b|jshint|jslint|istanbul|c8\b|v8\b|prettier-ignore|tslint"
_TS_START = re.compile(rf"(?:{TOOLS}|///|#__)")
_TS_ANYWHERE = re.compile(r"source(?:Mapping)?URL\s*=|#(?=__)", re.IGNORECASE)


def _tscomment_text(text: str) -> str:
    cleaned = comment_text(text)
    if _TS_START.match(cleaned):
        cleaned = "(text) " + cleaned
    if "@" in cleaned:
        cleaned = cleaned.replace("@", FULLWIDTH["@"])
    return _TS_ANYWHERE.sub(fullwidth_last, cleaned)


def ts_comment(text: str) -> Escaped:
    """Text for a TypeScript `//` comment: one line (no LF, CR, U+2028, U+2029), nothing that could end it.

    Never a directive: the cleaned forms are those of `ts_doc` (`(text) ` before a text that
    starts like a directive, `＠` for `@`, `＝` for the `=` of `sourceMappingURL=`, `＃` for
    the `#` of `#__PURE__`).
    """
    return Escaped(_tscomment_text(text))


def ts_doc(text: str) -> Escaped:
    """Text inside a `/** ... */` JSDoc block: one line, no `*/`, no tag at a line start, no directive."""
    return Escaped(_tscomment_text(text).replace("*/", "*\\/"))


def ts_lit(value: str | int | bool | None) -> Escaped:
    """TypeScript literal of a model value: `null`, `true`/`false`, a decimal number or a string literal."""
    if value is None:
        return Escaped("null")
    if value is True or value is False:
        return Escaped("true" if value else "false")
    return ts_str(value) if isinstance(value, str) else Escaped(number_literal(value, "TypeScript"))


# TypeScript/JavaScript: `///` references at a line start; in a comment, `@ts-` and `@jsx`
# pragmas, source map URLs and bundler annotations anywhere, tool directives at its start.
_TS_TRIPLE_SLASH = re.compile(r"///\s*<(?:reference|amd)")
_TS_PRAGMA = re.compile(r"@ts-(?:ignore|nocheck|expect-error|check)\b|@jsx|[#@]\s*source(?:Mapping)?URL\s*=|[#@]__\w+__")
_TS_DIRECTIVE = re.compile(rf"(?://|/\*+)\s*(?:{TOOLS})")

# Each directive above holds one of these; a text with none (the common case, found at C speed)
# needs no line-by-line look. (Not `URL` alone: every output's text holds it, and each file's
# every line was looked at.)
NEEDLES = ("///", "@ts-", "@jsx", "sourceURL", "sourceMappingURL", "__", "eslint", "global", "exported", "jshint", "jslint", "istanbul",
           "c8", "v8", "prettier-ignore", "tslint")


def _directive(stripped: str) -> bool:
    return bool(_TS_TRIPLE_SLASH.match(stripped) or _TS_DIRECTIVE.match(stripped) or _TS_PRAGMA.search(stripped))


def check_comments(path: str, text: str) -> None:
    """Templates put every comment on lines of its own: none of them is a directive."""
    line_comments(path, text, NEEDLES, _directive)


FILTERS: dict[str, Callable[..., Escaped]] = {"ts_str": ts_str, "ts_opt_str": ts_opt_str, "ts_doc": ts_doc, "ts_comment": ts_comment, "ts_lit": ts_lit}

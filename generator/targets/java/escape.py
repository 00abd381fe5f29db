"""Java's escapers (the `java_*` filters and `xml_comment`, for pom.xml) and the check of rendered
Java files: no backslash in a comment, where Java would read a `\\u` escape."""

from __future__ import annotations

import re
from typing import Callable

from ...escape import Escaped, comment_text, escape_body, number_literal, utf16_escape
from ...validate import ValidationError


def _code_point(ch: str) -> str:
    n = ord(ch)
    if n < 0x100:
        # Octal, always three digits (a digit after it can never join it), not `\\u`: Java
        # reads `\\u000a` or `\\u0022` as a line break or a quote before it reads the literal
        # (escape_body's `\\n` and the quote take those; octal keeps the rest from relying on that).
        return f"\\{n:03o}"
    return utf16_escape(ch)


# Java reads `\\uXXXX` (any number of `u`s) as the character it names everywhere in a source
# file, comments included, before anything else, unless an odd number of backslashes precedes
# it: `\\u000a` ends a line comment, `\\u002a/` closes a Javadoc block. String literals double
# every backslash and spell characters below U+0100 in octal (`_code_point`); comments hold no
# backslash at all.


def java_str(text: str) -> Escaped:
    """Java string literal: every backslash doubled, so no `\\u` in the text is read as an escape."""
    return Escaped('"' + escape_body(text, '"', _code_point) + '"')


def java_opt_str(text: str | None) -> Escaped:
    """Java expression for an optional string: `null` or a string literal."""
    return Escaped("null") if text is None else java_str(text)


def java_lit(value: str | int | bool | None) -> Escaped:
    """Java literal of a model value: `null`, `true`/`false`, a string, or a decimal integer (`L`
    beyond 32 bits)."""
    if value is None:
        return Escaped("null")
    if value is True or value is False:
        return Escaped("true" if value else "false")
    if isinstance(value, str):
        return java_str(value)
    number = number_literal(value, "Java")
    return Escaped(number if -(2**31) <= value < 2**31 else number + "L")


# Javadoc is HTML: `&`, `<` and `>` become entities, `@` (a block or inline tag: `@deprecated`,
# `{@code}`) becomes `&#64;`, and the backslash `&#92;` (no Unicode escape can form); `*/` is
# `*&#47;`. The page renders them as the text itself.
_JAVADOC = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "@": "&#64;", "\\": "&#92;"}
_JAVADOC_SPECIAL = re.compile(r"[&<>@\\]|(?<=\*)/")


def java_doc(text: str) -> Escaped:
    """Text inside a `/** ... */` Javadoc block: one line of HTML, no tag, no backslash, no `*/`."""
    cleaned = comment_text(text)
    return Escaped(_JAVADOC_SPECIAL.sub(lambda m: _JAVADOC.get(m.group(), "&#47;"), cleaned))


def java_comment(text: str) -> Escaped:
    """Text for a `//` comment: one line, each backslash its fullwidth twin `＼` (U+FF3C), so that
    no `\\u000a` can end the line early."""
    return Escaped(comment_text(text).replace("\\", "\uff3c"))


def xml_comment(text: str) -> Escaped:
    """Text inside an XML comment `<!-- ... -->`: one line, no `--` (XML forbids it there)."""
    cleaned = comment_text(text)
    while "--" in cleaned:
        cleaned = cleaned.replace("--", "-\u2010")  # a hyphen, then U+2010 HYPHEN
    return Escaped(cleaned[:-1] + "\u2010" if cleaned.endswith("-") else cleaned)


def check_comments(path: str, text: str) -> None:
    """Java: a comment line with a backslash could hold a `\\u` that Java reads before anything
    else (`\\u000a` ends the line, `\\u002a/` the comment); escape.py leaves none there."""
    if "\\" not in text:
        return
    for number, line in enumerate(text.split("\n"), 1):
        if line.lstrip(" \t").startswith(("/", "*")) and "\\" in line:
            raise ValidationError(f"rendered {path}:{number}: a comment holds a backslash: {line.strip()[:120]!r}")



FILTERS: dict[str, Callable[..., Escaped]] = {
    "java_str": java_str,
    "java_opt_str": java_opt_str,
    "java_lit": java_lit,
    "java_doc": java_doc,
    "java_comment": java_comment,
    "xml_comment": xml_comment,
}

"""Python's escapers (the `py_*` filters) and the check of rendered Python files: no comment that
a tool reads as an instruction (an encoding declaration, a pragma), and the module compiles."""

from __future__ import annotations

import io
import re
import tokenize
from typing import Callable

from ...escape import Escaped, FULLWIDTH, comment_text, escape_body, fullwidth_last, number_literal
from ...printable import hex_escape
from ...validate import DEEP_LIMIT, ValidationError


def py_str(text: str) -> Escaped:
    """Python string literal, quoted the way black normalises it (double unless fewer escapes)."""
    quote = "'" if text.count("'") < text.count('"') else '"'
    return Escaped(quote + escape_body(text, quote, hex_escape) + quote)


def py_opt_str(text: str | None) -> Escaped:
    """Python literal for an optional string: `None` or a string literal."""
    return Escaped("None") if text is None else py_str(text)


# Comments that tools read as instructions: `# type: ignore` (mypy), `# fmt: off` (black), ...
_PRAGMA = re.compile(r"(?:type|fmt|pylint|mypy|isort|pyright|ruff|flake8|yapf)\s*:|noqa\b|pragma\b", re.IGNORECASE)
# Instructions that tools find anywhere in a comment, not only after its `#`: an encoding
# declaration (`coding:`/`coding=` on line 1 or 2, PEP 263), `pylint:`, `isort:`, and black's
# `fmt:`/`yapf:` after a `;`. Their separator becomes its fullwidth twin (see _FULLWIDTH).
_PY_ANYWHERE = re.compile(r"coding[ \t]*[:=]|\b(?:pylint|isort|fmt|yapf)\s*:", re.IGNORECASE)


def py_doc(text: str) -> Escaped:
    """Text inside a Python docstring (triple double quotes): one line (as a comment's), its
    backslashes and double quotes escaped, so that it can neither end the docstring nor
    start an escape sequence."""
    return Escaped(comment_text(text).replace("\\", "\\\\").replace('"', '\\"'))


def py_comment(text: str) -> Escaped:
    """Text for a `#` comment: one line, nothing that could end it, never read as a pragma.

    The documented cleaned forms: a text that starts like a pragma (`type: ignore`, `noqa`)
    gets `(text) ` in front; every `#` in it becomes `＃` (U+FF03), so that no second
    comment, and no `# noqa`, `# type:` or `# fmt: skip` after it, starts inside it; and the
    `:` or `=` of `coding:`, `pylint:`, `isort:`, `fmt:` or `yapf:` becomes `：` or `＝`, so
    that a file name or heading never declares the module's encoding or disables a check.
    """
    cleaned = comment_text(text)
    if _PRAGMA.match(cleaned):
        cleaned = "(text) " + cleaned  # the documented cleaned form of such a text
    if "#" in cleaned:
        cleaned = cleaned.replace("#", FULLWIDTH["#"])
    return Escaped(_PY_ANYWHERE.sub(fullwidth_last, cleaned))


def py_lit(value: str | int | bool | None) -> Escaped:
    """Python literal of a model value: `None`, `True`/`False`, a decimal integer or a string literal."""
    if value is None or value is True or value is False:
        return Escaped(repr(value))
    return py_str(value) if isinstance(value, str) else Escaped(number_literal(value, "Python"))


# What validate.py's check looks for, as Python's tools read it.
# An encoding declaration on line 1 or 2 (PEP 263's own expression), and pragmas in
# any comment: after a `#` (`# type:`, `# noqa`, `# mypy:`, ...), anywhere (`pylint:`,
# `isort:`) or after a `#` or `;` (black's `fmt:` and `yapf:`).
_PY_COOKIE = re.compile(rb"^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)", re.ASCII)
_PY_PRAGMA = re.compile(
    r"#\s*(?:type\s*:|mypy\s*:|pyright\s*:|pyre-|ruff\s*:|flake8\s*[:=]|noqa\b|nosec\b|pragma\b|isort\s*:)"
    r"|\b(?:pylint|isort)\s*:|[#;]\s*(?:fmt|yapf)\s*:",
    re.IGNORECASE,
)

def check_comments(path: str, text: str) -> None:
    data = text.encode("utf-8", "surrogatepass")
    for number, line in enumerate(data.split(b"\n", 2)[:2], 1):
        if _PY_COOKIE.match(line):
            raise ValidationError(f"rendered {path}:{number}: a comment declares an encoding: {line[:120]!r}")
    try:
        encoding = tokenize.detect_encoding(io.BytesIO(data).readline)[0]
    except SyntaxError as exc:
        raise ValidationError(f"rendered {path}: Python cannot tell its encoding: {exc}") from None
    if encoding != "utf-8":
        raise ValidationError(f"rendered {path}: Python would read it as {encoding}, not UTF-8")
    # A comment is on a line with a `#`: only those lines can hold a pragma (and searching
    # them is far cheaper than searching the whole text).
    if not any(_PY_PRAGMA.search(line) for line in text.split("\n") if "#" in line):
        return  # the common case
    if len(text) > DEEP_LIMIT:
        # Too big to tokenize cheaply: upstream text is only ever in whole-line comments.
        comments = [(n, line.lstrip()) for n, line in enumerate(text.split("\n"), 1) if line.lstrip().startswith("#")]
    else:
        try:
            tokens = tokenize.generate_tokens(io.StringIO(text).readline)
            comments = [(tok.start[0], tok.string) for tok in tokens if tok.type == tokenize.COMMENT]
        except (tokenize.TokenError, SyntaxError) as exc:
            raise ValidationError(f"rendered {path} does not load: {exc}") from None
    for number, comment in comments:
        if _PY_PRAGMA.search(comment):
            raise ValidationError(f"rendered {path}:{number}: a comment is a tool's pragma: {comment[:120]!r}")


def check_loads(path: str, text: str) -> None:
    """A whole (small) rendered module compiles."""
    try:
        compile(text, path, "exec", dont_inherit=True)
    except (SyntaxError, ValueError) as exc:
        raise ValidationError(f"rendered {path} does not load: {exc}") from None


FILTERS: dict[str, Callable[..., Escaped]] = {"py_str": py_str, "py_opt_str": py_opt_str, "py_comment": py_comment, "py_lit": py_lit, "py_doc": py_doc}

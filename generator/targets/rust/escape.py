"""Rust's escapers (the `rust_*` filters; `rust_toml_str` for Cargo.toml). Rust and TOML read no
directive inside a comment: rendered files need no check of their own."""

from __future__ import annotations

from typing import Callable

from ...escape import Escaped, comment_text, escape_body, number_literal, toml_str


def _code_point(ch: str) -> str:
    n = ord(ch)
    if n < 0x80:
        return f"\\x{n:02x}"  # Rust's \\x reaches 0x7f only
    if 0xD800 <= n < 0xE000:
        return "\\u{fffd}"  # a Rust str cannot hold a lone surrogate: the cleaned form, as in Go
    return f"\\u{{{n:x}}}"


def rust_str(text: str) -> Escaped:
    """Rust string literal (`"..."`): backslash and quote escaped, every character that is not
    printable (controls, CR, bidirectional controls, U+2028) as `\\n`, `\\x7f` or `\\u{202e}`, so
    that rustc's `text_direction_codepoint_in_literal` and bare-CR errors cannot fire; a lone
    surrogate, which a Rust `str` cannot hold, becomes U+FFFD (as in Go)."""
    return Escaped('"' + escape_body(text, '"', _code_point) + '"')


def rust_opt_str(text: str | None) -> Escaped:
    """Rust literal of an `Option<&'static str>`: `None` or `Some("...")`."""
    return Escaped("None") if text is None else Escaped(f"Some({rust_str(text)})")


def rust_comment(text: str) -> Escaped:
    """Text for a Rust `//` or `///` comment (or a TOML `#` comment): one line, nothing that ends
    it, no control or bidirectional character (written as a visible `\\uXXXX`, so that neither
    rustc's `text_direction_codepoint_in_comment` nor its bare-CR error can fire). The templates
    put it after a fixed prefix, so that it never starts a line of rustdoc markdown (no fence, so
    no doctest, and no list). Rust and TOML read no directive inside a comment."""
    return Escaped(comment_text(text))


def rust_lit(value: int | bool) -> Escaped:
    """Rust literal of an integer code (an `i64`: refused beyond its range) or a bool."""
    if value is True or value is False:
        return Escaped("true" if value else "false")
    text = number_literal(value, "Rust")
    if not -(2**63) <= int(text) < 2**63:
        raise ValueError(f"code {text} is beyond the range of a Rust i64")
    return Escaped(text)


def rust_toml_str(text: str) -> Escaped:
    """A TOML basic string for Cargo.toml (escape.toml_str: every character that is not printable
    as `\\uXXXX`, a lone surrogate as U+FFFD)."""
    return toml_str(text)


FILTERS: dict[str, Callable[..., Escaped]] = {
    "rust_str": rust_str,
    "rust_opt_str": rust_opt_str,
    "rust_comment": rust_comment,
    "rust_lit": rust_lit,
    "rust_toml_str": rust_toml_str,
}

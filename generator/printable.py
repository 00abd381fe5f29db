"""Text for one line of a terminal or log: what is not printable spelled as an escape, so that no
upstream text in a diagnostic can break its line or act on a terminal."""

from __future__ import annotations


def hex_escape(ch: str) -> str:
    """A character as `\\xNN` (below U+0100), `\\uNNNN` or `\\UNNNNNNNN`."""
    n = ord(ch)
    if n < 0x100:
        return f"\\x{n:02x}"
    return f"\\u{n:04x}" if n < 0x10000 else f"\\U{n:08x}"


def one_line(text: str) -> str:
    """Text for one line of a terminal or log (a diagnostic): what is not printable as `\\uXXXX`."""
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else hex_escape(ch) for ch in text)

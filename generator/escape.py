"""The shared primitives by which upstream text becomes target source, and the escapers of the
formats every target shares (JSON, HTML, markdown, TOML, one line of a terminal).

Every function returns `Escaped`, the one type the template environment will print. Each
language's own escapers are in its target's folder (`targets/<language>/escape.py`), built on
`escape_body` and `comment_text` here. Text reaches these functions fully decoded (markdown
entities, escapes) and is never template source. Characters that are not printable (controls,
line and paragraph separators, bidirectional controls, lone surrogates) are escaped in string
literals and replaced by a visible `\\uXXXX` spelling in comments, so no text can start a new
line of code.
"""

from __future__ import annotations

import json
import re
from urllib.parse import quote
from typing import Any, Callable, Sequence

from . import printable
from .content import Content, Emit, Lazy, deliver


class Escaped(str):
    """A string that has been made safe for one target context."""

    __slots__ = ()


_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def ident(name: str) -> Escaped:
    """Return an identifier unchanged after checking it is ASCII [A-Za-z_][A-Za-z0-9_]*."""
    if not _IDENT.fullmatch(name):
        raise ValueError(f"not a valid identifier: {name!r}")
    return Escaped(name)


def utf16_escape(ch: str) -> str:
    """A character as `\\uXXXX` (four hex digits, so an astral character is its UTF-16 pair)."""
    n = ord(ch)
    if n >= 0x10000:
        n -= 0x10000
        return f"\\u{0xD800 + (n >> 10):04x}\\u{0xDC00 + (n & 0x3FF):04x}"
    return f"\\u{n:04x}"


def toml_escape(ch: str) -> str:
    """A character in a TOML basic string: `\\uXXXX` or `\\UXXXXXXXX`, a lone surrogate (which
    TOML cannot hold) as U+FFFD, the cleaned form."""
    n = ord(ch)
    if 0xD800 <= n < 0xE000:
        return "\\uFFFD"
    return f"\\u{n:04X}" if n < 0x10000 else f"\\U{n:08X}"


_SIMPLE = {"\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def escape_body(text: str, quote: str, code_point: Callable[[str], str]) -> str:
    """`text` inside a string literal quoted by `quote`: the backslash and the quote escaped, `\\n`,
    `\\r`, `\\t`, and every other character that is not printable spelled by `code_point`."""
    if text.isprintable():
        # The common case, in C: nothing but the backslash and the quote needs escaping.
        return text.replace("\\", "\\\\").replace(quote, "\\" + quote)
    out: list[str] = []
    for ch in text:
        if ch in _SIMPLE:
            out.append(_SIMPLE[ch])
        elif ch == quote:
            out.append("\\" + quote)
        elif not ch.isprintable() or ch in "\u2028\u2029\x85":
            out.append(code_point(ch))
        else:
            out.append(ch)
    return "".join(out)


def comment_text(text: str) -> str:
    """`text` on one line, its runs of whitespace one space, what is not printable as `\\uXXXX`."""
    if text.isprintable():
        return " ".join(text.split())
    out: list[str] = []
    for ch in text:
        if ch in "\n\r\t\u2028\u2029\x85":
            out.append(" ")
        elif not ch.isprintable():
            n = ord(ch)
            out.append(f"\\u{n:04x}" if n < 0x10000 else f"\\U{n:08x}")
        else:
            out.append(ch)
    return " ".join("".join(out).split())


def one_line(text: str) -> Escaped:
    """Text for one line of a terminal or log (a diagnostic): what is not printable as `\\uXXXX`."""
    return Escaped(printable.one_line(text))


def report_md(text: str) -> Escaped:
    """Text for a markdown report (a pull request's body), one line: what is not printable as
    `\\uXXXX`, and every character that could start HTML, an entity, a link, an image, a code
    span or a table cell backslash-escaped; `@` as its fullwidth twin `＠` (no one is mentioned).
    Other text, emphasis marks included, stays as it reads."""
    cleaned = re.sub(r"[\\`<>\[\]|&]", lambda m: "\\" + m.group(), comment_text(text))
    return Escaped(cleaned.replace("@", "\uff20"))


def report_code(text: str, cell: bool = False) -> Escaped:
    """A markdown code span holding `text` literally on one line (a fence of more backticks than
    any run in it); in a table `cell`, `|` as `\\|`, which GitHub reads inside a code span too."""
    cleaned = comment_text(text)
    if cell:
        cleaned = cleaned.replace("|", "\\|")
    longest = max((len(run) for run in re.findall(r"`+", cleaned)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if cleaned.startswith("`") or cleaned.endswith("`") or not cleaned.strip() else ""
    return Escaped(f"{fence}{pad}{cleaned}{pad}{fence}")


def visible_json(text: str) -> str:
    """JSON text (`ensure_ascii=False`) with every character that is not printable (C1 controls,
    DEL, bidirectional marks, line and paragraph separators) as a `\\uXXXX` escape: the same
    JSON, and nothing a terminal would act on."""
    if text.isprintable() or text.replace("\n", " ").isprintable():  # indented JSON: line breaks only
        return text
    return "".join(ch if ch.isprintable() or ch == "\n" else utf16_escape(ch) for ch in text)
# The cleaned form of a separator or sign that would make a comment an instruction: the
# same character, fullwidth. Visible, deterministic, and never read by any tool.
FULLWIDTH = {":": "\uff1a", "=": "\uff1d", "#": "\uff03", "@": "\uff20", "+": "\uff0b"}


def fullwidth_last(match: re.Match[str]) -> str:
    found = match.group()
    return found[:-1] + FULLWIDTH[found[-1]]


def number_literal(value: object, language: str) -> str:
    if type(value) is not int:
        raise TypeError(f"not a {language} literal: {type(value).__name__}")
    return str(value)  # decimal, with its sign: the same spelling in every target language


def json_value(value: object, indent: int | None = None) -> Escaped:
    """JSON text for a value: UTF-8 kept readable, U+2028/U+2029 and lone surrogates escaped.

    With `indent`, the text is exactly `json.dumps(value, ensure_ascii=False, indent=indent)`,
    built without the standard library's generator-based pretty printer (several times slower).
    """
    if value is True or value is False:
        return Escaped("true" if value else "false")
    if indent is None:
        text = json.dumps(value, ensure_ascii=False)
    else:
        out: list[str] = []
        _pretty(value, out, "\n", " " * indent)
        text = "".join(out)
    return Escaped(_JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text))


_encode_string = json.encoder.encode_basestring  # the C encoder where available: no ASCII escaping


class Deferred:
    """A JSON value made only when it is printed (and dropped right after): see json_value."""

    __slots__ = ("make",)

    def __init__(self, make: Callable[[], object]) -> None:
        self.make = make


class DeferredEach:
    """A JSON list of `make(item)` for each of `items`, each made only when printed: what a list
    of one `Deferred` per item prints, without two objects per item held until then (a
    100 000-entry model's entries)."""

    __slots__ = ("items", "make")

    def __init__(self, items: Sequence[Any], make: Callable[[Any], object]) -> None:
        self.items = items
        self.make = make


def _pretty_joined(value: object, out: list[str], newline: str, step: str, deferred: bool = False) -> None:
    deferred = deferred or isinstance(value, Deferred)
    if isinstance(value, Deferred):
        value = value.make()
    if isinstance(value, (dict, list, tuple)):
        if isinstance(out, _Sink) and not deferred:
            _pretty(value, out, newline, step)  # streamed through: what it holds is passed on as it ends
            return
        # Containers are joined into one string each, so that a 100 000-entry model is a few
        # hundred thousand strings in memory at the peak rather than millions of fragments.
        part: list[str] = []
        _pretty(value, part, newline, step)
        out.append("".join(part))
        if isinstance(out, _Sink):
            out.spill()
    else:
        _pretty(value, out, newline, step)


class _Sink(list[str]):
    """The printer's output list, handed on to a writer whenever it has grown (see json_stream)."""

    def __init__(self, write: Emit) -> None:
        super().__init__()
        self.write = write

    def spill(self, force: bool = False) -> None:
        if force or len(self) >= 4096:
            self.write(_JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", "".join(self)))
            self.clear()


def json_stream(value: object, indent: int = 2) -> Content:
    """`json_value(value, indent)` followed by a newline, made piece by piece when it is written.

    Nested values are joined one container at a time and passed on, so a 100 000-entry model
    is never one string; the bytes are those of `json_value(value, indent) + "\\n"`.
    """

    def produce(write: Emit) -> None:
        sink = _Sink(write)
        _pretty(value, sink, "\n", " " * indent)
        sink.append("\n")
        sink.spill(force=True)

    return deliver(Lazy(produce))


def _pretty(value: object, out: list[str], newline: str, step: str) -> None:
    if isinstance(value, str):
        out.append(_encode_string(value))
    elif value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif isinstance(value, (int, float)):
        out.append(json.dumps(value))
    elif isinstance(value, dict):
        if not value:
            out.append("{}")
            return
        inner = newline + step
        out.append("{")
        first = True
        for key, item in value.items():
            if not isinstance(key, str):
                raise TypeError(f"JSON keys must be strings, not {key!r}")
            out.append(inner if first else "," + inner)
            first = False
            out.append(_encode_string(key))
            out.append(": ")
            if type(item) is str:  # the common leaf, without a call per value
                out.append(_encode_string(item))
            elif item is None:
                out.append("null")
            else:
                _pretty_joined(item, out, inner, step)
        out.append(newline + "}")
    elif isinstance(value, (list, tuple)):
        if not value:
            out.append("[]")
            return
        inner = newline + step
        out.append("[")
        for index, item in enumerate(value):
            out.append(inner if index == 0 else "," + inner)
            _pretty_joined(item, out, inner, step)
        out.append(newline + "]")
    elif isinstance(value, DeferredEach):
        if not value.items:
            out.append("[]")
            return
        inner = newline + step
        out.append("[")
        make = value.make
        for index, item in enumerate(value.items):
            out.append(inner if index == 0 else "," + inner)
            _pretty_joined(make(item), out, inner, step, deferred=True)
        out.append(newline + "]")
    else:
        raise TypeError(f"not JSON data: {type(value).__name__}")


_JSON_UNSAFE = re.compile("[\u2028\u2029\ud800-\udfff]")


# HTML (the docs target). Text and attribute values are escaped the same way, quotes
# included, so that one function serves both; characters that are not printable (controls
# other than a line feed or tab, line and paragraph separators, bidirectional controls,
# zero-width characters, lone surrogates) are shown in their visible `\uXXXX` spelling, as
# in comments: a page never hides or reorders text the reader should see.
_HTML = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}
_HTML_SPECIAL = re.compile(r"""[&<>"']""")


def _visible(text: str, keep: str = "") -> str:
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() or ch in keep else utf16_escape(ch) for ch in text)


def html(text: str) -> Escaped:
    """Text for HTML element content or a double-quoted attribute value: `& < > " '` as entities."""
    return Escaped(_HTML_SPECIAL.sub(lambda m: _HTML[m.group()], _visible(text, "\n")))


def html_comment(text: str) -> Escaped:
    """Text inside `<!-- ... -->`: one line, never `--` or `>` (which could end it) or a `<!--`."""
    cleaned = comment_text(text).replace("<", "\uff1c").replace(">", "\uff1e")
    while "--" in cleaned:
        cleaned = cleaned.replace("--", "-\u2010")  # the documented cleaned form: a hyphen, then U+2010
    return Escaped(cleaned[:-1] + "\u2010" if cleaned.endswith("-") else cleaned)


# Compiled once: both are asked of every row of a page (re.fullmatch with a pattern's text
# looks it up in re's cache each call, which cost as much as the match itself).
_WEB_URL = re.compile(r"(?i)(https?)://[^\s\x00-\x1f\x7f<>\"'`\\]+")
_QUALIFIED = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(?:(?:\.|::)[A-Za-z_][A-Za-z0-9_]*)*")


def web_url(url: str) -> str | None:
    """The URL a page may link to, or None: only an absolute `http:` or `https:` URL (no
    `javascript:`, `data:` or relative link), with no whitespace or control character in it."""
    match = _WEB_URL.fullmatch(url)
    if not match or not url.isprintable():
        return None
    return url


def html_json(value: object) -> Escaped:
    """JSON for a `<script type="application/json">` block, read with `JSON.parse`: `<`, `>`
    and `&` as `\\u003c`, `\\u003e`, `\\u0026`, so that no `</script>` or `<!--` can end or
    change the block; U+2028, U+2029 and lone surrogates escaped as in `json_value`."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return Escaped(_HTML_JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text))


_HTML_JSON_UNSAFE = re.compile("[<>&\u2028\u2029\ud800-\udfff]")


# Markdown (GitHub's): every ASCII punctuation character that can start markup, a link, an
# entity, HTML, a table cell or math is backslash-escaped (CommonMark allows a backslash
# before any ASCII punctuation), and so is a first character that would start a list, a
# heading underline or a block quote; line breaks become spaces, so a text stays in its cell.
_MD_SPECIAL = re.compile(r"[\\`*_{}\[\]<>#!|~&$]")
_MD_LEADING = re.compile(r"^(?:[-+=]|(\d+)(?=[.)]))")


def md(text: str) -> Escaped:
    """Text for a GitHub markdown paragraph, heading or table cell: literal, one line."""
    cleaned = _MD_SPECIAL.sub(lambda m: "\\" + m.group(), comment_text(text))
    return Escaped(_MD_LEADING.sub(lambda m: m.group(1) + "\\" if m.group(1) else "\\" + m.group(), cleaned))


_RELATIVE = re.compile(r"[A-Za-z0-9._~!$'()*+,;=@%-]*(?:#[A-Za-z0-9._~!$'()*+,;=@%:/?-]*)?")
_URL_SAFE = "-._~!$'()*+,;=@"


def href(path: str, fragment: str = "") -> str:
    """A link to the file `path` beside the page (`""`: the page itself) and its anchor
    `fragment`, each percent-encoded: no `/` or `:`, so never a scheme, a folder or a host."""
    # A lone surrogate (no character at all) is spelled by its UTF-8-like bytes, as Python's
    # surrogatepass does: deterministic, and never a separator.
    return quote(path, safe=_URL_SAFE, errors="surrogatepass") + (
        "#" + quote(fragment, safe=_URL_SAFE + ":/?", errors="surrogatepass") if fragment else ""
    )


def md_href(link: str) -> Escaped:
    """A link destination for `[text](<link>)`: a `web_url` or an `href`, checked again. Letters
    beyond ASCII and spaces (a page beside this one named after a set `错误码`) are percent-encoded
    first, as `href` spells them; nothing else is changed, so a link that is neither is refused."""
    if web_url(link) is None and not _RELATIVE.fullmatch(link):
        encoded = "".join(c if c.isascii() and c != " " else quote(c, errors="surrogatepass") for c in link)
        if not _RELATIVE.fullmatch(encoded):
            raise ValueError(f"not a link a page may hold: {link!r}")
        link = encoded
    return Escaped("<" + link + ">")


def qualified_ident(name: str) -> Escaped:
    """An identifier as a program writes it (`DownloadError.SIGNATURE_AUTHENTICATION_FAILS`,
    `cierrors.X`, `Foo::BAR`): letters, digits, `_`, `.` and `::` only, checked."""
    if not _QUALIFIED.fullmatch(name):
        raise ValueError(f"not an identifier a program writes: {name!r}")
    return Escaped(name)


def toml_str(text: str) -> Escaped:
    """A TOML basic string (`"..."`): backslash and quote escaped, every character that is not
    printable (controls, bidirectional controls, U+2028) as `\\uXXXX`."""
    return Escaped('"' + escape_body(text, '"', toml_escape) + '"')

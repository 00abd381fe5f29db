"""The TOML that errcodegen writes (its names files), read several times faster than `tomllib`
reads it: `loads` returns what `tomllib.loads` returns, or None for any text outside the subset,
which the caller then gives to `tomllib` (that reads it, or says what is wrong with it).

The subset, one construct a line (LF line ends, no control character but tab):
blank lines and `#` comments; table headers `[a.b]` of bare (`A-Za-z0-9_-`) or `"quoted"` keys;
`key = value` with a bare or quoted key, where a value is a basic string (`"..."` with TOML's
escapes), `true`, `false` or an inline table `{ k = v, ... }` of strings and booleans. A key
defined twice, a table declared twice or a header that runs into a value gives None, as does
everything else (arrays, numbers, dates, literal and multi-line strings, dotted keys, `[[x]]`)."""

from __future__ import annotations

import re
from typing import Any

_PLAIN = r'[^"\\\x00-\x08\x0a-\x1f\x7f]*'  # a run of characters a basic string holds as they are
_STR = rf'"{_PLAIN}(?:\\(?:[btnfr"\\]|u[0-9A-Fa-f]{{4}}|U[0-9A-Fa-f]{{8}}){_PLAIN})*"'
_KEY = rf"([A-Za-z0-9_-]+)|({_STR})"  # a bare key, or a quoted one
_KEY_EQUALS = re.compile(rf"[ \t]*(?:{_KEY})[ \t]*=[ \t]*")  # what a key/value line or pair starts with
_SCALAR = re.compile(rf"({_STR})|(true|false)")
_NEXT = re.compile(r"[ \t]*([,}])")  # after a pair of an inline table
_EMPTY = re.compile(r"[ \t]*}")
_HEADER_KEY = re.compile(rf"[ \t]*(?:{_KEY})[ \t]*([.\]])")  # after `[` or a dot of a header
_HEADER = re.compile(r"[ \t]*\[")
_END = re.compile(r"[ \t]*(?:#[^\n]*)?")  # what ends every line (and fills a blank one)
_ESCAPE = re.compile(r'\\(?:([btnfr"\\])|u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8}))')
_SIMPLE = {"b": "\b", "t": "\t", "n": "\n", "f": "\f", "r": "\r", '"': '"', "\\": "\\"}
# What TOML allows nowhere but in a multi-line string (outside the subset): control characters
# but tab and LF (CR only before LF, a line end the subset does not take).
_OUTSIDE = re.compile("[\x00-\x08\x0b-\x1f\x7f]")


class _Outside(Exception):
    """The text is not of the subset."""


def _unescaped(match: re.Match[str]) -> str:
    simple, short, long = match.groups()
    if simple is not None:
        return _SIMPLE[simple]
    point = int(short or long, 16)
    if 0xD800 <= point <= 0xDFFF or point > 0x10FFFF:
        raise _Outside  # not a Unicode scalar value: tomllib says so
    return chr(point)


def _string(token: str) -> str:
    """The value of a basic string `token` (quotes included)."""
    body = token[1:-1]
    return _ESCAPE.sub(_unescaped, body) if "\\" in body else body


def loads(text: str) -> dict[str, Any] | None:
    """What `tomllib.loads(text)` returns when `text` is of the subset, else None."""
    if _OUTSIDE.search(text):
        return None
    try:
        return _loads(text)
    except _Outside:
        return None


def _key(match: re.Match[str]) -> str:
    bare, quoted = match.group(1, 2)
    return bare if bare is not None else _string(quoted)


def _value(line: str, pos: int) -> tuple[str | bool, int]:
    """The string or boolean at `line[pos:]`, and where it ends."""
    match = _SCALAR.match(line, pos)
    if match is None:
        raise _Outside
    quoted = match.group(1)
    return (_string(quoted) if quoted is not None else match.group(2) == "true"), match.end()


def _inline(line: str, pos: int) -> tuple[dict[str, Any], int]:
    """The inline table whose `{` is just before `pos`, and where it ends."""
    table: dict[str, Any] = {}
    empty = _EMPTY.match(line, pos)
    if empty is not None:
        return table, empty.end()
    while True:
        match = _KEY_EQUALS.match(line, pos)
        if match is None:
            raise _Outside
        key = _key(match)
        if key in table:
            raise _Outside  # a key defined twice: tomllib says so
        table[key], pos = _value(line, match.end())
        after = _NEXT.match(line, pos)
        if after is None:
            raise _Outside
        pos = after.end()
        if after.group(1) == "}":
            return table, pos


def _loads(text: str) -> dict[str, Any]:
    root: dict[str, Any] = {}
    headed = {id(root)}  # the tables made by headers (only those may be opened by a later header)
    declared: set[tuple[str, ...]] = set()  # the headers met
    table = root
    for line in text.split("\n"):
        match = _KEY_EQUALS.match(line)
        if match is not None:
            key = _key(match)
            if key in table:
                raise _Outside
            pos = match.end()
            if line.startswith("{", pos):
                table[key], pos = _inline(line, pos + 1)
            else:
                table[key], pos = _value(line, pos)
        elif (match := _HEADER.match(line)) is not None:
            pos = match.end()
            path: list[str] = []
            while True:
                match = _HEADER_KEY.match(line, pos)
                if match is None:
                    raise _Outside
                path.append(_key(match))
                pos = match.end()
                if match.group(3) == "]":
                    break
            if tuple(path) in declared:
                raise _Outside  # a table declared twice
            declared.add(tuple(path))
            table = root
            for key in path:
                if key not in table:
                    table[key] = {}
                    headed.add(id(table[key]))
                table = table[key]
                if not isinstance(table, dict) or id(table) not in headed:
                    raise _Outside  # a header into a value or an inline table
        else:
            pos = 0
        if _END.fullmatch(line, pos) is None:
            raise _Outside
    return root

"""toml_subset: the fast reader of the TOML errcodegen writes (its names files) gives exactly what
tomllib gives, or None (then tomllib reads the text); it serves every names file errcodegen
writes, whatever the strings in it."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from hypothesis import given, strategies as st

from errcodegen import toml_subset
from errcodegen.names import NamesFile, Pinned, PinnedCategory

ROOT = Path(__file__).resolve().parent.parent


def agrees(text: str) -> dict | None:
    """The subset's reading of `text`, asserted to be tomllib's (or None)."""
    fast = toml_subset.loads(text)
    try:
        slow = tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        assert fast is None, f"tomllib refuses {text!r}, the subset read {fast!r}"
        return None
    if fast is not None:
        assert fast == slow and _types(fast) == _types(slow), text
    return fast


def _types(value: object) -> object:
    """The value with each leaf's type beside it (True == 1, and "1" is no 1)."""
    if isinstance(value, dict):
        return {k: _types(v) for k, v in value.items()}
    return (type(value).__name__, value)


@pytest.mark.parametrize("path", sorted((ROOT / "source_docs").glob("*names.toml")), ids=lambda p: p.name)
def test_the_projects_names_files_are_read_by_the_subset(path: Path) -> None:
    assert agrees(path.read_text(encoding="utf-8")) is not None


ODD = [
    'quote " and backslash \\ and both \\"',
    "tab\there, LF\nthere, CR\rthere, NUL \x00, DEL \x7f, ESC \x1b, BS \b, FF \f",
    "non-ASCII: 数据万象, é, emoji 😀, U+2028 \u2028, RLO \u202e, BOM \ufeff",
    "looks like TOML: x = { y = \"z\" }, [category.a] # not a comment",
    "\\u0041 spelled out, and \\U0001F600",
    "",
]


@pytest.mark.parametrize("text", ODD, ids=range(len(ODD)))
def test_a_names_file_errcodegen_writes_is_read_by_the_subset(text: str) -> None:
    pinned = Pinned("NAME", text, text or None, text or None, retired=bool(text))
    category = PinnedCategory("cat_1", "CatError", text, text, ((-103, pinned), (7, pinned), ("Request has expired", pinned), (text or "x", pinned)))
    dumped = NamesFile((category,)).dumps()
    data = agrees(dumped)
    assert data is not None, dumped
    assert data["category"]["cat_1"]["codes"]["-103"]["description"] == text


# Texts at the edge of the subset: each is read as tomllib reads it, or left to tomllib.
EDGES = [
    "",
    "\n\n# only a comment\n",
    'a = "x"\na = "y"\n',  # a key twice
    '[t]\n[t]\n',  # a table twice
    '[t.u]\n[t]\nv = true\n',  # a table declared after its child: allowed
    '[t]\nu = "x"\n[t.u]\n',  # a header into a string
    '[t]\nu = { a = "b" }\n[t.u]\n',  # a header into an inline table
    '[t]\nu = { a = "b" }\n[t.u.v]\n',
    '[t.u]\n[t]\nu = "x"\n',  # a key over a table
    "[[t]]\n",
    "[t]]\n",
    "[t\n",
    "[]\n",
    "[t.]\n",
    '[ t . "u.v" ]\nw = false # comment\n',
    '["" . x]\n"" = ""\n',
    'a = { }\nb = {}\nc = { x = true, y = "z" }\n',
    'a = { x = true, }\n',  # a trailing comma: TOML 1.0 refuses it
    'a = { x = true, x = false }\n',
    'a = { x = { y = "z" } }\n',  # a nested inline table: outside the subset
    "a = 1\n",
    "a = 1.5\n",
    "a = 1979-05-27\n",
    'a = ["x"]\n',
    "a = 'literal'\n",
    'a = """multi"""\n',
    'a.b = "dotted"\n',
    '"a.b" = "quoted dots"\n',
    'a = "x" b = "y"\n',
    'a = "x" = "y"\n',
    'a = "x"\r\n',
    'a = "x\\r\\n"\n',
    'a = "\\ud800"\n',  # a surrogate escape: no Unicode scalar value
    'a = "\\U00110000"\n',
    'a = "\\U0010FFFF \\u00e9 \\t"\n',
    'a = "\\x41"\n',  # TOML 1.1 only
    'a = "\\e"\n',
    'a = "\\ "\n',
    'a = "tab\there"\n',
    'a = "nul\x00"\n',
    'a = "del\x7f"\n',
    "# comment with DEL \x7f\n",
    "# comment with tab \t\n",
    '\ufeffa = "bom"\n',
    'a = "x"',  # no final line end
    '  \t a\t=\t"x"\t  # indented\n',
    'TRUE = true\nfalse = false\n',
    "a = True\n",
    "a = truex\n",
    'a = "unterminated\n',
    'a = "x" # comment "with quotes" = { }\n',
    '[a]\n[b]\n[a.c]\n[b.c]\n[a.c.d]\n',
    '-103 = { name = "X" }\n_ = true\n- = false\n',
    '1.2 = "dotted number"\n',
]


@pytest.mark.parametrize("text", EDGES, ids=range(len(EDGES)))
def test_an_edge_is_read_as_tomllib_reads_it_or_left_to_it(text: str) -> None:
    agrees(text)


def test_the_subset_is_the_one_reading_the_canonical_edges() -> None:
    """Not a reader that gives up on everything: what errcodegen writes is read by the subset."""
    for text in ('[t.u]\n[t]\nv = true\n', '[ t . "u.v" ]\nw = false # comment\n', 'a = { }\nc = { x = true, y = "z" }\n', 'a = "\\U0010FFFF \\u00e9 \\t"\n'):
        assert toml_subset.loads(text) is not None, text


_KEYS = st.sampled_from(["a", "b", "-1", "x_y", '"a"', '"a.b"', '""', '"\\u0061"', "a.b", "'a'", "1"])
_VALUES = st.sampled_from(['"x"', '"a\\"b"', '"\\\\"', '"\\uD800"', '"\\u00e9"', "true", "false", "1", "'x'", '"\t"', "{}", '{ a = "x" }', '{ a = "x", a = "y" }', '{ a = "x", }', "[]", '"x" # c'])
_SPACE = st.sampled_from(["", " ", "\t", "  "])
_LINE = st.one_of(
    st.builds(lambda s, k, t, v, e: f"{s}{k}{t}={t}{v}{e}", _SPACE, _KEYS, _SPACE, _VALUES, st.sampled_from(["", " # c", "#", "  "])),
    st.builds(lambda s, ks, e: f"{s}[{'.'.join(ks)}]{e}", _SPACE, st.lists(_KEYS, min_size=1, max_size=3), st.sampled_from(["", " # c", "]", " x"])),
    st.sampled_from(["", "# c", "[[a]]", "\r", "a = { b = { c = true } }", "  # é"]),
)


@given(st.lists(_LINE, max_size=8), st.sampled_from(["\n", "\r\n"]))
def test_random_texts_near_the_subset_agree_with_tomllib(lines: list[str], end: str) -> None:
    agrees(end.join(lines))


@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=40))
def test_any_string_written_as_errcodegen_writes_it_reads_back(text: str) -> None:
    pinned = Pinned("NAME", text, None, None, False)
    dumped = NamesFile((PinnedCategory("c", "CError", text, None, (("k", pinned),)),)).dumps()
    data = agrees(dumped)
    assert data is not None and data["category"]["c"]["codes"]["k"]["description"] == text

"""Java at sizes a class file cannot hold as code (issue 22): a category of 2 500 codes and texts
of 100 KB compile under `javac --release 11 -Werror` and read back exactly through ReadBack,
because the tables are data (string constants of at most 60 000 bytes that `Category.unpack`
reads), not code of a static initializer; the one limit left, the constants of one enum, is
refused before anything is written (tests/test_safety_input18.py shows javac at its boundary)."""

from __future__ import annotations

from pathlib import Path

import pytest

from errcodegen import config, pipeline
from errcodegen.targets import java

from .conftest import render

from . import roundtrip
from .test_java import read_literal, unpack_table, unpack_text

# A text of 100 KB in the class file's bytes whatever the cut: ASCII, 2-byte, 3-byte and
# supplementary characters (6 bytes, two UTF-16 units), so that a constant's end falls inside
# runs of each.
UNIT = "Quota exceeded; é, 错误 \U0001f600 \U00020000 and a backslash \\u0041. "
BIG = UNIT * (100_000 // java.utf8_size(UNIT) + 1) + "End."
BIG_ZH = "第 1 号错误：超出配额 \U0001f600。" * 3000


def _page(rows: int, first: str, text: str, action: str) -> str:
    body = "".join(f"| {-i} | {first if i == 1 else text.format(i=i)} | {action.format(i=i)} |\n" for i in range(1, rows + 1))
    return "### Download errors\n\n| Error Code | Description | Action |\n| --- | --- | --- |\n" + body


def _project(tmp: Path, rows: int) -> Path:
    tmp.mkdir()
    (tmp / "pyproject.toml").write_text(
        '[tool.errcodegen]\nnames = "names.toml"\npages = { en = "page.md", zh = "zh.md" }\ntargets = ["java"]\n', encoding="utf-8"
    )
    (tmp / "page.md").write_text(_page(rows, BIG, "Error number {i} happened.", "Check {i}."), encoding="utf-8")
    (tmp / "zh.md").write_text(_page(rows, BIG_ZH, "第 {i} 号错误。", "检查 {i}。"), encoding="utf-8")
    return tmp


def test_the_big_texts_are_larger_than_a_constant() -> None:
    assert java.utf8_size(BIG) > 100_000 and java.utf8_size(BIG_ZH) > 100_000
    assert java.utf8_size(BIG) > java.MAX_CONSTANT_UTF8 > java.CHUNK_BYTES


def test_packed_values_are_cut_into_constants_a_class_file_holds_and_read_back() -> None:
    values = [BIG, None, "", "-", "1:x", BIG_ZH, "\x00\x00", "\U0001f600" * 30_000, 7, True, False]
    source = "class A {\n    static final String[] DATA = Category.unpack(\n            " + java.packed((v,) for v in values) + ");\n}\n"
    constants, current = [], ""
    for line in source.split("\n")[2:-2]:  # the arguments: each constant a sum of literals, one line a record
        current += "".join(read_literal(part) for part in line.strip().rstrip(",);+ ").split(" + "))
        if not line.endswith(" +"):
            constants.append(current)
            current = ""
    assert len(constants) > 3
    for text in constants:
        assert java.utf8_size(text) <= java.CHUNK_BYTES < java.MAX_CONSTANT_UTF8
    assert unpack_table(source, "DATA = ") == [None if v is None else str(v).lower() if isinstance(v, bool) else str(v) for v in values]


def test_a_length_counts_utf16_units() -> None:
    assert unpack_text("2:\U0001f6004:ab\U0001f600-") == ["\U0001f600", "ab\U0001f600", None]
    assert java.java_length("a\U0001f600é") == 4 and java.utf8_size("\x00\U0001f600é") == 2 + 6 + 2


@pytest.mark.slow
def test_a_category_of_2500_codes_with_100_kb_texts_compiles_and_reads_back_exactly(tmp_path: Path) -> None:
    doc = pipeline.build_models(config.load(_project(tmp_path / "proj", 2500) / "pyproject.toml"))[0]
    assert len(doc.categories[0].entries) == 2500 and doc.categories[0].entries[0].description == BIG
    assert doc.categories[0].entries[0].text("zh").description == BIG_ZH
    example = roundtrip.Example("large", doc, {rel: str(text) for rel, text in render(java, doc, roundtrip.options("large")["java"]).items()})
    result = roundtrip.run_java([example], tmp_path / "run")
    code, output = result["javac"]
    assert code == 0, output[-3000:]
    assert result["java"][0] == 0, result["java"][1]
    assert roundtrip.check_java(example, result["readback"]) == []

"""Java at sizes a class file cannot hold as code (issue 22): a category of 2 500 codes and texts
of 100 KB compile under `javac --release 11 -Werror` and read back exactly through ReadBack,
because the tables are data (string constants of at most 60 000 bytes that `Category.unpack`
reads), not code of a static initializer; a page of 16 000 categories compiles and reads back
too (the references to the categories' enums cut into classes of `CATEGORIES_PER_PART`), and so
do the response tables of thousands of categories and throttling codes (status classes,
retryable codes: data, not `Map.ofEntries`/`Set.of` calls). The one limit left, the constants of
one enum, is refused before anything is written (tests/test_safety_input18.py shows javac at its
boundary)."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from errcodegen import config, pipeline
from errcodegen.model import Document
from errcodegen.naming import assign_names
from errcodegen.parse import parse_text
from errcodegen.targets import java
from errcodegen.targets.java.escape import java_lit
from errcodegen.view import View

from .conftest import render, require_tool
from .response_rule import expected
from .synth import sections
from .variant_pages import TYPES

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


def _named(page: str, kind: str = "int") -> Document:
    return assign_names(parse_text(page, "page.md", kind=kind), types=TYPES)


@pytest.mark.slow
@pytest.mark.large
def test_16000_categories_compile_and_read_back_exactly(tmp_path: Path) -> None:
    doc = _named(sections(16000))
    assert len(doc.categories) == 16000 > 3 * java.CATEGORIES_PER_PART  # several classes of references
    example = roundtrip.Example("many", doc, {rel: str(text) for rel, text in render(java, doc, roundtrip.options("many")["java"]).items()})
    result = roundtrip.run_java([example], tmp_path)
    code, output = result["javac"]
    assert code == 0, output[-3000:]
    assert result["java"][0] == 0, result["java"][1]
    assert roundtrip.check_java(example, result["readback"]) == []
    got = result["readback"]["many"]
    assert len(got["categories"]) == 16000 and len(got["entries"]) == 48000


def _status_page(categories: int, symbolic: bool) -> str:
    """`categories` sections of one code each: a throttling status (429, 503: a retryable code)
    in most, 404 or 400 in the others, so that every category lies in one status class."""
    out = []
    for i in range(categories):
        status = (404 if i % 7 == 0 else 429) if not symbolic else (400 if i % 5 == 0 else 503)
        code = f"Failed{i}" if symbolic else str(-(i + 1))
        out.append(f"## Section {i} errors\n\n| Error Code | HTTP Status Code | Description |\n| --- | --- | --- |\n| {code} | {status} | Text {i}. |\n\n")
    return "".join(out)


def _probe(key: str, doc: Document, cases: list[tuple[int | None, str]]) -> str:
    errors = f"fuzz.{key}.{doc.product.short}Errors"
    rows = ", ".join(f"{{{'null' if s is None else java_lit(str(s))}, {java_lit(c)}}}" for s, c in cases)
    return f"""
    static Object {key}() {{
        Map<String, Object> out = new LinkedHashMap<>();
        for (String[] q : new String[][] {{{rows}}}) {{
            Integer status = q[0] == null ? null : Integer.valueOf(q[0]);
            fuzz.{key}.{doc.product.short}Exception x = {errors}.from(status, q[1], null, null, null, null, null);
            List<Object> ids = new ArrayList<>();
            for (fuzz.{key}.Category c : x.categories()) {{
                ids.add(c.id());
            }}
            out.put(q[0] + " " + q[1], Arrays.<Object>asList(ids, x.description(), x.fault(), x.retryable()));
        }}
        return out;
    }}
"""


@pytest.mark.slow
@pytest.mark.large
def test_the_response_tables_of_thousands_of_categories_compile_and_follow_the_rule(tmp_path: Path) -> None:
    """8 000 categories each in one status class, 6 857 of whose codes are throttling: javac 17
    took 287 s for 1 000 entries of the former `Map.ofEntries(...)` and refused `Set.of(...)` of
    about 6 000 codes ("code too large"); a symbolic page of 2 000 categories likewise."""
    docs = {"ints": _named(_status_page(8000, False)), "syms": _named(_status_page(2000, True), "string")}
    assert len(View(docs["ints"]).retryable_codes) == 8000 - len(range(0, 8000, 7))
    examples = [roundtrip.Example(k, d, {rel: str(t) for rel, t in render(java, d, roundtrip.options(k)["java"]).items()}) for k, d in docs.items()]
    sources = []
    for ex in examples:
        for rel, text in roundtrip.java_sources(ex.files).items():
            (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
            (tmp_path / rel).write_text(text, encoding="utf-8")
            sources.append(str(tmp_path / rel))
    (tmp_path / "sources.txt").write_text("\n".join(sources) + "\n", encoding="utf-8")
    javac, run_java = require_tool("javac"), require_tool("java")
    classes = tmp_path / "classes"
    built = subprocess.run([javac, "-J-Xmx2g", *roundtrip.JAVAC_FLAGS, "-d", str(classes), "@" + str(tmp_path / "sources.txt")],
                           capture_output=True, text=True, timeout=900)  # fmt: skip
    assert built.returncode == 0, (built.stdout + built.stderr)[-3000:]
    cases: dict[str, list[tuple[int | None, str]]] = {}
    for key, doc in docs.items():
        picked = [c.entries[0].code for c in (doc.categories[0], doc.categories[1], doc.categories[len(doc.categories) // 2], doc.categories[-1])]
        cases[key] = [(s, str(code)) for code in [*picked, "-999999" if key == "ints" else "Unknown"] for s in (None, 400, 404, 429, 500, 503)]
    methods = "".join(_probe(key, docs[key], cases[key]) for key in docs)
    probe = f"""import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public final class Probe {{
    private Probe() {{
    }}
{methods}
    public static void main(String[] args) {{
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("ints", ints());
        out.put("syms", syms());
        System.out.println(ReadBack.json(out));
    }}
}}
"""
    (tmp_path / "probe").mkdir()
    (tmp_path / "probe" / "Probe.java").write_text(probe, encoding="utf-8")
    compiled = subprocess.run([javac, "-Xlint:all", "-Werror", "-cp", str(classes), "-d", str(tmp_path / "probe"),
                               str(tmp_path / "probe" / "Probe.java"), str(roundtrip.JAVA_READER)], capture_output=True, text=True, timeout=600)  # fmt: skip
    assert compiled.returncode == 0, compiled.stdout + compiled.stderr
    run = subprocess.run([run_java, "-cp", os.pathsep.join([str(classes), str(tmp_path / "probe")]), "Probe"], capture_output=True, timeout=300)
    assert run.returncode == 0, run.stderr.decode("utf-8", "replace")[-3000:]
    got = json.loads(run.stdout.decode("ascii"))
    for key, doc in docs.items():
        view = View(doc)
        want = {}
        for status, raw in cases[key]:
            code: int | str = int(raw) if key == "ints" else raw
            rule = expected(view, status or 0, code)
            want[f"{'null' if status is None else status} {raw}"] = [rule.categories, rule.description, rule.fault, rule.retryable]
        assert got[key] == want
    # The cases reach every branch of the rule: a row with the status, a whole status class, a
    # code's own rows, a throttling code without a throttling status.
    assert got["ints"]["404 -1"][0] == ["section_0"] and len(got["ints"]["400 -1"][0]) == 8000
    assert got["ints"]["null -2"][3] is True and got["ints"]["null -1"][3] is False
    assert got["syms"]["null Failed1"][2] == "server" and len(got["syms"]["500 Failed1"][0]) == 2000 - 400

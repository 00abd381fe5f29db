"""Java: every row of a code that an integer page lists on several rows (`ErrorInfo.variants()`),
and the hierarchy of dotted symbolic codes (`<Prefix>Errors.parentOf`/`subcodes`/`isWithin`,
`ErrorCode.parent()`/`subcodes()`), read back through `javac` and `java` (slow), with the
expected values worked out from the model (tests/variant_pages.py)."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Any

import pytest

from errcodegen.targets.java.escape import java_lit
from errcodegen.model import Document
from errcodegen.targets.registry import by_name

REGISTRY = by_name()

from . import roundtrip
from . import variant_pages as pages
from .conftest import render as render_target, require_tool
from .java_sdk import expected_categories, expected_description
from .test_java import unpack_table

# Issue 19's status-wins rule on an integer page whose rows give HTTP statuses: each code (and
# a malformed one) answered with each status, through `{prefix}Errors.from`.
RULE_CODES = ["-1", "-2", "7", "8", "abc"]
RULE_STATUSES = [None, 400, 401, 403, 404, 500, 503]


def render(key: str, doc: Document) -> dict[str, str]:
    files = render_target(REGISTRY["java"], doc, {"dir": key, "package": f"t.{key}", "artifact": key})
    return {rel: str(text) for rel, text in files.items()}


def test_every_row_of_a_varied_code_is_a_variant_row_and_other_files_do_not_change() -> None:
    doc = pages.int_doc()
    files = render("ints", doc)
    source = files["java/ints/src/main/java/t/ints/Variant.java"]
    values = unpack_table(source, "List<Variant> ROWS = ")
    rows = [values[i : i + 6] for i in range(0, len(values), 6)]
    expected = [
        [c.id, str(e.code), e.description, e.action, *(e.variant or (None, None))]
        for c in doc.categories
        for e in c.entries
        if e.variant
    ]
    assert rows == expected and len(expected) == 5
    # A page without such codes: the same category enums as before, an empty table.
    plain = render("ints", pages.first_rows(doc))
    assert unpack_table(plain["java/ints/src/main/java/t/ints/Variant.java"], "List<Variant> ROWS = ") == []
    for name in ("DownloadError", "UploadError"):
        path = f"java/ints/src/main/java/t/ints/{name}.java"
        assert plain[path] == files[path]


def test_the_symbolic_output_has_the_hierarchy_methods() -> None:
    files = render("syms", pages.symbol_doc())
    errors = files[f"java/syms/src/main/java/t/syms/{pages.symbol_doc().product.short}Errors.java"]
    code = files["java/syms/src/main/java/t/syms/ErrorCode.java"]
    for signature in ("public static Optional<String> parentOf(String code)", "public static List<ErrorCode> subcodes(String code)",
                      "public static boolean isWithin(String code, String ancestor)"):  # fmt: skip
        assert signature in errors
    assert "public Optional<String> parent()" in code and "public List<ErrorCode> subcodes()" in code


def int_probe(key: str, doc: Document) -> str:
    errors = f"t.{key}.{doc.product.short}Errors"
    puts = "".join(f'        out.put("{code}", {key}Infos({errors}.lookup({java_lit(code)})));\n' for code in pages.int_codes(doc))
    return f"""
    static Object {key}() {{
        Map<String, Object> out = new LinkedHashMap<>();
{puts}        return out;
    }}

    static Object {key}Rule() {{
        Map<String, Object> out = new LinkedHashMap<>();
        for (String code : new String[] {{{", ".join(f'"{c}"' for c in RULE_CODES)}}}) {{
            for (Integer status : Arrays.asList({", ".join("null" if s is None else str(s) for s in RULE_STATUSES)})) {{
                {errors[:-len("Errors")]}Exception x = {errors}.from(status, code, null, null, null, null, null);
                List<Object> ids = new ArrayList<>();
                for (t.{key}.Category c : x.categories()) {{
                    ids.add(c.id());
                }}
                out.put(code + " " + status, Arrays.<Object>asList(ids, x.description(), x.fault(), x.retryable(), x.getMessage()));
            }}
        }}
        return out;
    }}

    static List<Object> {key}Infos(List<t.{key}.ErrorInfo> infos) {{
        List<Object> out = new ArrayList<>();
        for (t.{key}.ErrorInfo info : infos) {{
            List<Object> rows = new ArrayList<>();
            for (t.{key}.Variant v : info.variants()) {{
                rows.add(Arrays.<Object>asList(v.code(), v.description(), v.action().orElse(null), v.column().orElse(null),
                        v.value().orElse(null)));
            }}
            out.add(Arrays.<Object>asList(info.category().id(), info.name(), rows));
        }}
        return out;
    }}
"""


def symbol_probe(key: str, doc: Document) -> str:
    pkg = f"t.{key}"
    errors = f"{pkg}.{doc.product.short}Errors"
    queries = ", ".join(str(java_lit(q)) for q in pages.subcode_queries(doc))
    inputs = ", ".join(str(java_lit(q)) for q in pages.PARENT_INPUTS)
    pairs = ", ".join(f"{{{java_lit(a)}, {java_lit(b)}}}" for a, b in pages.WITHIN_PAIRS)
    return f"""
    static Object {key}() {{
        Map<String, Object> codes = new LinkedHashMap<>();
        for ({pkg}.ErrorCode c : {pkg}.ErrorCode.values()) {{
            codes.put(c.code(), Arrays.<Object>asList(c.parent().orElse(null), {key}Codes(c.subcodes())));
        }}
        Map<String, Object> subcodes = new LinkedHashMap<>();
        for (String q : new String[] {{{queries}}}) {{
            subcodes.put(q, {key}Codes({errors}.subcodes(q)));
        }}
        List<Object> parents = new ArrayList<>();
        for (String q : new String[] {{{inputs}}}) {{
            parents.add({errors}.parentOf(q).orElse(null));
        }}
        List<Object> within = new ArrayList<>();
        for (String[] p : new String[][] {{{pairs}}}) {{
            within.add({errors}.isWithin(p[0], p[1]));
        }}
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("codes", codes);
        out.put("subcodes", subcodes);
        out.put("parents", parents);
        out.put("within", within);
        return out;
    }}

    static List<Object> {key}Codes(List<{pkg}.ErrorCode> found) {{
        List<Object> out = new ArrayList<>();
        for ({pkg}.ErrorCode c : found) {{
            out.add(c.code());
        }}
        return out;
    }}
"""


@pytest.mark.slow
def test_javac_and_a_reader_get_every_variant_and_the_hierarchy(tmp_path: Path) -> None:
    javac, java = require_tool("javac"), require_tool("java")
    docs = {"ints": pages.int_doc(), "syms": pages.symbol_doc(), "vod": pages.vod_doc()}
    sources = []
    for key, doc in docs.items():
        for rel, text in render(key, doc).items():
            if rel.endswith(".java"):
                path = tmp_path / "src" / rel
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(text, encoding="utf-8")
                sources.append(str(path))
    classes = tmp_path / "classes"
    built = subprocess.run([javac, *roundtrip.JAVAC_FLAGS, "-d", str(classes), *sources], capture_output=True, text=True, timeout=600)
    assert built.returncode == 0, built.stdout + built.stderr
    methods = int_probe("ints", docs["ints"]) + symbol_probe("syms", docs["syms"]) + symbol_probe("vod", docs["vod"])
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
        out.put("rule", intsRule());
        out.put("syms", syms());
        out.put("vod", vod());
        System.out.println(ReadBack.json(out));
    }}
}}
"""
    (tmp_path / "probe").mkdir()
    (tmp_path / "probe" / "Probe.java").write_text(probe, encoding="utf-8")
    reader = [str(tmp_path / "probe" / "Probe.java"), str(roundtrip.JAVA_READER)]
    compiled = subprocess.run([javac, "-Xlint:all", "-Werror", "-cp", str(classes), "-d", str(tmp_path / "probe"), *reader],
                              capture_output=True, text=True, timeout=600)  # fmt: skip
    assert compiled.returncode == 0, compiled.stdout + compiled.stderr
    run = subprocess.run([java, "-cp", os.pathsep.join([str(classes), str(tmp_path / "probe")]), "Probe"], capture_output=True, timeout=120)
    assert run.returncode == 0, run.stderr.decode("utf-8", "replace")
    got: dict[str, Any] = json.loads(run.stdout.decode("ascii"))
    assert got["ints"] == pages.int_expected(docs["ints"])
    rule = {}
    for code in RULE_CODES:
        for status in RULE_STATUSES:
            description = expected_description(docs["ints"], code, status)
            message = f"{code}{'' if status is None else f' (HTTP {status})'}: {description}"
            categories = expected_categories(docs["ints"], code, status)
            server = status >= 500 if status is not None else False  # no category of this page lies in 5xx alone
            rule[f"{code} {'null' if status is None else status}"] = [categories, description, "server" if server else "client", status in (429, 500, 502, 503, 504), message]
    assert got["rule"] == rule
    assert rule["-1 403"][0] == ["download"] and rule["-1 500"][0] == ["upload"] and rule["7 401"][1] == "Seven twice"
    assert rule["-1 404"][0] == ["download"] and rule["-1 null"][0] == ["download", "upload"]  # 404: download's class
    assert got["syms"] == pages.symbol_expected(docs["syms"])
    assert got["vod"] == pages.symbol_expected(docs["vod"])
    assert len(got["vod"]["codes"]) == 14 and got["vod"]["codes"]["InvalidInput.TaskDuplicated"][0] == "InvalidInput"

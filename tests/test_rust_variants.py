"""Rust: every row of a code that an integer page lists on several rows (`variants()`), and the
hierarchy of dotted symbolic codes (`parent_of`/`subcodes`/`is_within`, `ErrorCode::parent`/
`subcodes`), read back by a consumer crate (path dependencies) after `cargo fmt --check` and
`cargo clippy -D warnings` on the generated crates (slow); the expected values are worked out
from the model (tests/variant_pages.py)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from errcodegen.targets.rust.escape import rust_lit, rust_str
from errcodegen.model import Document
from errcodegen.targets import rust as rust_target
from errcodegen.targets.registry import by_name

REGISTRY = by_name()
from errcodegen.view import View

from .conftest import render as render_target

from . import rust_readback as rb
from . import variant_pages as pages
from .test_rust_sdk import expected

CRATES = {"ints": "vt-ints", "syms": "vt-syms", "vod": "vt-vod"}


def render(key: str, doc: Document) -> dict[str, str]:
    """The crate's files, by path inside the crate."""
    files = render_target(REGISTRY["rust"], doc, {"crate": CRATES[key]})
    return {rel.split("/", 2)[2]: str(text) for rel, text in files.items()}


def test_every_row_of_a_varied_code_is_in_the_variants_table_and_the_rest_does_not_change() -> None:
    doc = pages.int_doc()
    lib = render("ints", doc)["src/lib.rs"]
    table = lib[lib.index("static VARIANTS: &[Variant] = &[\n") :]
    values = [line.strip() for line in table.split("\n") if line.strip().startswith("value: ")]
    assert values == [f"value: Some({rust_str(e.variant[1])})," for c in doc.categories for e in c.entries if e.variant]
    assert len(values) == 5
    plain = render("ints", pages.first_rows(doc))["src/lib.rs"]
    assert "static VARIANTS: &[Variant] = &[];" in plain
    cut = "/// The codes the page lists on several rows of one table"
    assert plain[: plain.index(cut)] == lib[: lib.index(cut)]


# The statuses each code of the integer page is built with (issue 19's rule: the status received
# wins, then its class, then every row).
STATUSES = (None, 400, 401, 403, 404, 500, 503)


def int_block(key: str, doc: Document) -> str:
    lib = rb.lib_name(CRATES[key])
    error = f"{rust_target.type_prefix(View(doc))}Error"
    statuses = ", ".join("None" if s is None else f"Some({s})" for s in STATUSES)
    codes = ", ".join(str(rust_lit(code)) for code in pages.int_codes(doc))
    return f"""    {{
        const STATUSES: [Option<u16>; {len(STATUSES)}] = [{statuses}];
        let mut codes = Vec::new();
        for code in [{codes}] {{
            let mut infos = Vec::new();
            for info in {lib}::lookup(code) {{
                let rows: Vec<String> = info
                    .variants()
                    .iter()
                    .map(|v| format!("[{{}},{{}},{{}},{{}},{{}}]", v.code(), j(v.description()), jo(v.action()), jo(v.column()), jo(v.value())))
                    .collect();
                infos.push(format!("[{{}},{{}},[{{}}]]", j(info.category()), j(info.name()), rows.join(",")));
            }}
            codes.push(format!("{{}}:[{{}}]", j(&code.to_string()), infos.join(",")));
        }}
        println!("READBACK {key} {{{{{{}}}}}}", codes.join(","));
        let mut probes = Vec::new();
        for code in [{codes}] {{
            for status in STATUSES {{
                let builder = {lib}::{error}::builder().code(code);
                let e = match status {{
                    Some(status) => builder.status(status).build(),
                    None => builder.build(),
                }};
                let ids: Vec<String> = e.categories().iter().map(|c| j(c.id())).collect();
                probes.push(format!("[[{{}}], {{}}, {{}}, {{}}]", ids.join(","), j(&e.to_string()), j(e.fault().as_str()), e.is_retryable()));
            }}
        }}
        println!("READBACK {key}-errors [{{}}]", probes.join(","));
    }}
"""


def symbol_block(key: str, doc: Document) -> str:
    lib = rb.lib_name(CRATES[key])
    queries = ", ".join(str(rust_str(q)) for q in pages.subcode_queries(doc))
    inputs = ", ".join(str(rust_str(q)) for q in pages.PARENT_INPUTS)
    pairs = ", ".join(f"({rust_str(a)}, {rust_str(b)})" for a, b in pages.WITHIN_PAIRS)
    return f"""    {{
        let list = |found: Vec<{lib}::ErrorCode>| found.iter().map(|c| j(c.as_str())).collect::<Vec<_>>().join(",");
        let codes: Vec<String> = {lib}::ErrorCode::values()
            .map(|c| format!("{{}}:[{{}},[{{}}]]", j(c.as_str()), jo(c.parent()), list(c.subcodes())))
            .collect();
        let subcodes: Vec<String> = [{queries}].iter().map(|q| format!("{{}}:[{{}}]", j(q), list({lib}::subcodes(q)))).collect();
        let parents: Vec<String> = [{inputs}].iter().map(|q| jo({lib}::parent_of(q))).collect();
        let within: Vec<String> = [{pairs}].iter().map(|(c, a)| {lib}::is_within(c, a).to_string()).collect();
        println!(
            "READBACK {key} {{{{\\"codes\\":{{{{{{}}}}}},\\"subcodes\\":{{{{{{}}}}}},\\"parents\\":[{{}}],\\"within\\":[{{}}]}}}}",
            codes.join(","),
            subcodes.join(","),
            parents.join(","),
            within.join(",")
        );
    }}
"""


@pytest.mark.slow
def test_cargo_lints_the_crates_and_a_consumer_gets_every_variant_and_the_hierarchy(tmp_path: Path) -> None:
    cargo = rb.require_cargo()
    docs = {"ints": pages.int_doc(), "syms": pages.symbol_doc(), "vod": pages.vod_doc()}
    crates = {CRATES[key]: render(key, doc) for key, doc in docs.items()}
    source = rb.readback_source([int_block("ints", docs["ints"]), symbol_block("syms", docs["syms"]), symbol_block("vod", docs["vod"])])
    base = rb.workspace(tmp_path / "ws", crates, source)
    packages = [arg for crate in crates for arg in ("-p", crate)]
    for args in (["fmt", "--check", *packages], ["clippy", *packages, "--", "-D", "warnings"]):
        done = rb.cargo(args, base)
        assert done.returncode == 0, f"cargo {' '.join(args)}:\n{done.stdout[-4000:]}{done.stderr[-4000:]}"
    run = rb.cargo(["run", "-q", "-p", "readback"], base)
    assert run.returncode == 0, run.stderr[-4000:]
    got: dict[str, Any] = rb.parse_readback(run.stdout)
    assert set(got) == {"ints", "ints-errors", "syms", "vod"}, run.stdout
    assert got["ints"] == pages.int_expected(docs["ints"])
    # the root error of each code and status: categories, message, fault, retryable by the rule
    view = View(docs["ints"])
    want = []
    for code in pages.int_codes(docs["ints"]):
        for status in STATUSES:
            e = expected(view, code, str(code), status, {})
            want.append([e["categories"], e["display"], e["fault"], e["retryable"]])
    assert got["ints-errors"] == want
    by = {(code, status): w[0] for (code, status), w in zip(((c, s) for c in pages.int_codes(docs["ints"]) for s in STATUSES), want)}
    assert by[(-1, 500)] == ["upload"] and by[(-1, 403)] == ["download"] and by[(-1, 404)] == ["download"]
    assert by[(-1, 503)] == ["download", "upload"] and by[(7, 503)] == ["upload"] and by[(-2, None)] == ["download"]
    assert got["syms"] == pages.symbol_expected(docs["syms"])
    assert got["vod"] == pages.symbol_expected(docs["vod"])
    assert json.dumps(got["vod"]["codes"]["InvalidInput.TaskDuplicated"]) == '["InvalidInput", []]'
    assert cargo

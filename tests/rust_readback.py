"""The Rust crates as a team uses them: a consumer crate (path dependencies) reads them back.

`workspace(...)` lays out one Cargo workspace in a temporary folder: every generated crate
(copied as generated), plus a `readback` binary crate that depends on each by path and prints,
as JSON, everything its public API gives: every entry through `all()`, through each category
enum's `values()` and methods, and through the variant's name as `targets.rust.identifier`
spells it; `lookup`, `from_header` and `check_header` of header values; the categories; the
texts in every locale. One `cargo build` serves any number of crates (the property tests).

Builds share `build/cargo-target/` (ignored by git), so that a second run rebuilds only what
changed; cargo works offline, the crates have no dependencies.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Any

from errcodegen.targets.rust.escape import rust_str
from errcodegen.model import Document
from errcodegen.targets import rust
from errcodegen.view import View

from .conftest import ROOT, localized_categories, localized_vectors, require_tool, vectors
from .test_go import readable

TARGET_DIR = ROOT / "build" / "cargo-target"
TOOLS = ("cargo", "cargo-clippy", "rustfmt")


def cargo_env() -> dict[str, str]:
    """The environment of every cargo run: offline, no colour, the shared target folder."""
    return {**os.environ, "CARGO_TARGET_DIR": str(TARGET_DIR), "CARGO_NET_OFFLINE": "true", "CARGO_TERM_COLOR": "never", "CARGO_INCREMENTAL": "0"}


def require_cargo() -> str:
    """cargo, with clippy and rustfmt (skip, or fail under CI, when one is missing)."""
    cargo = require_tool("cargo")
    for tool in TOOLS[1:]:
        require_tool(tool)
    return cargo


def cargo(args: list[str], cwd: Path, timeout: int = 1200) -> subprocess.CompletedProcess[str]:
    return subprocess.run([require_cargo(), *args], cwd=cwd, capture_output=True, text=True, env=cargo_env(), timeout=timeout)


def lib_name(crate: str) -> str:
    return crate.replace("-", "_")


READBACK_HEAD = r"""#![allow(clippy::all, deprecated)]
use std::fmt::Write;

fn j(s: &str) -> String {
    let mut o = String::from("\"");
    for ch in s.chars() {
        match ch {
            '"' => o.push_str("\\\""),
            '\\' => o.push_str("\\\\"),
            c if (c as u32) < 0x20 || c == '\u{7f}' => write!(o, "\\u{:04x}", c as u32).unwrap(),
            c => o.push(c),
        }
    }
    o.push('"');
    o
}

fn jo(s: Option<&str>) -> String {
    match s {
        Some(s) => j(s),
        None => "null".to_string(),
    }
}
"""

# Header values read by every crate, besides each code of the page (as " <code>\n").
HEADERS = ["", " \t\r\n", "abc", "1.5", "--1", "+", "0x10", "1" * 19, "\u0661"]


def unknown_code(doc: Document) -> int:
    return -(max((abs(e.code) for _, e in doc.entries() if isinstance(e.code, int)), default=0) + 1)


def headers(doc: Document) -> list[str]:
    codes = sorted({e.code for _, e in doc.entries()}, key=str)
    return HEADERS + [f" {code}\n" for code in codes] + [f"+{unknown_code(doc)}".replace("+-", "-"), "\t+0 "]


def int_readback(lib: str, doc: Document) -> str:
    """A Rust block printing `"<lib>": {...}` for an integer page's crate `lib`."""
    view = View(doc)
    lines = [f"    {{\n        use {lib} as c;\n        let mut o = String::new();\n"]
    add = lines.append
    add('        o.push_str("{\\"all\\": [");\n')
    add('        for (i, e) in c::all().iter().enumerate() {\n            if i > 0 { o.push(\',\'); }\n')
    add('            write!(o, "[{}, {}, {}, {}, {}, {}, {}, {}]", j(e.category()), e.code(), j(e.name()), j(e.description()), jo(e.action()), e.deprecated(), j(e.rust_name()), j(&e.to_string())).unwrap();\n        }\n')
    add('        o.push_str("], \\"enums\\": [");\n        let mut items: Vec<String> = Vec::new();\n')
    for c in doc.categories:
        t = c.name
        add(
            f"        for v in c::{t}::values() {{\n"
            f"            let back = c::{t}::try_from(v.code()) == Ok(v) && v.name().parse::<c::{t}>() == Ok(v) && c::{t}::category_info().rust_name() == {rust_str(t)};\n"
            f'            items.push(format!("[{{}}, {{}}, {{}}, {{}}, {{}}, {{}}, {{}}, {{}}, {{}}]", j(v.category()), v.code(), j(v.name()), j(v.description()), jo(v.action()), v.deprecated(), back, v.see_also().len(), j(&v.to_string())));\n'
            "        }\n"
            f"        assert!(c::{t}::try_from({unknown_code(doc)}).is_err() && \"\".parse::<c::{t}>().is_err());\n"
        )
    add('        o.push_str(&items.join(","));\n')
    add('        o.push_str("], \\"named\\": [");\n')
    named = []
    for c, e in doc.entries():
        ident = rust.identifier(view, c, e)
        named.append(f"{{ let v = c::{ident}; format!(\"[{{}}, {{}}, {{}}, {{}}]\", j({rust_str(ident)}), v.code(), j(v.category()), j(&format!(\"{{:?}}\", v))) }}")
    if named:
        add("        let named: Vec<String> = vec![\n" + "".join(f"            {n},\n" for n in named) + "        ];\n")
        add('        o.push_str(&named.join(","));\n')
    add('        o.push_str("], \\"categories\\": [");\n')
    add('        for (i, k) in c::categories().iter().enumerate() {\n            if i > 0 { o.push(\',\'); }\n')
    add('            write!(o, "[{}, {}, {}, {}, {}]", j(k.id()), j(k.rust_name()), j(k.title()), jo(k.fallback()), k.deprecated()).unwrap();\n        }\n')
    add('        o.push_str("], \\"locales\\": [");\n')
    add('        o.push_str(&c::LOCALES.iter().map(|l| j(l)).collect::<Vec<_>>().join(","));\n')
    add('        write!(o, "], \\"default_locale\\": {}, \\"texts\\": {{", j(c::DEFAULT_LOCALE)).unwrap();\n')
    locales = list(doc.locales) + ["xx"]
    for n, locale in enumerate(locales):
        add(f'        o.push_str("{"," if n else ""}\\"{locale}\\": [");\n')
        add(f'        o.push_str(&c::all().iter().map(|e| {{ let t = e.text({rust_str(locale)}); format!("[{{}}, {{}}]", j(t.description), jo(t.action)) }}).collect::<Vec<_>>().join(","));\n')
        add(f'        o.push_str("], \\"categories_{locale}\\": [");\n')
        add(f'        o.push_str(&c::categories().iter().map(|k| {{ let t = k.text({rust_str(locale)}); format!("[{{}}, {{}}]", j(t.title), jo(t.fallback)) }}).collect::<Vec<_>>().join(","));\n')
        add('        o.push_str("]");\n')
    add('        o.push_str("}, \\"headers\\": [");\n')
    for n, value in enumerate(headers(doc)):
        add(
            f"        {{\n            let value = {rust_str(value)};\n"
            "            let found: Vec<String> = c::from_header(value).iter().map(|e| format!(\"[{}, {}]\", j(e.category()), j(e.name()))).collect();\n"
            "            let checked = match c::check_header(value) {\n"
            '                Ok(()) => "\\"ok\\"".to_string(),\n'
            "                Err(c::HeaderError::Code(e)) => format!(\"[\\\"code\\\", {}, {}, {}, {}]\", e.code().unwrap(), e.errors().len(), e.is_known(), j(&e.to_string())),\n"
            "                Err(c::HeaderError::Malformed(v)) => format!(\"[\\\"malformed\\\", {}]\", j(&v)),\n"
            "                Err(_) => unreachable!(),\n"
            "            };\n"
            f'            write!(o, "{"," if n else ""}[[{{}}], {{}}]", found.join(","), checked).unwrap();\n'
            "        }\n"
        )
    add('        o.push_str("]}");\n')
    add(f'        println!("READBACK {{}} {{}}", {rust_str(lib)}, o);\n    }}\n')
    return "".join(lines)


def int_expected(doc: Document) -> dict[str, Any]:
    """What `int_readback` must print for `doc` (texts as a Rust str holds them: see `readable`)."""
    view = View(doc)
    entries = [(c, e, rust.identifier(view, c, e)) for c, e in doc.entries()]

    def r(text: str | None) -> str | None:
        return readable(text)

    all_ = [[c.id, e.code, e.name, r(e.description), r(e.action), e.deprecated, ident, f"{e.code} ({ident}): {r(e.description)}"] for c, e, ident in entries]
    enums = [[c.id, e.code, e.name, r(e.description), r(e.action), e.deprecated, True, len(e.see_also), f"{e.code} ({ident}): {r(e.description)}"] for c, e, ident in entries]
    by_code: dict[int, list[tuple[Any, Any, str]]] = {}
    for item in entries:
        by_code.setdefault(item[1].code, []).append(item)

    def header(value: str) -> list[Any]:
        text = value.strip(" \t\r\n")
        digits = text[1:] if text[:1] in ("-", "+") else text
        if not text:
            return [[], "ok"]
        if not (0 < len(digits) <= 18 and digits.isascii() and digits.isdigit()):
            return [[], ["malformed", value]]
        code = int(text)
        found = by_code.get(code, [])
        shown = f"{code}: {r(found[0][1].description)}" if found else f"{code}: An error code that the upstream error-code page does not list."
        return [[[c.id, e.name] for c, e, _ in found], ["code", code, len(found), bool(found), shown]]

    texts: dict[str, Any] = {}
    for locale in list(doc.locales) + ["xx"]:
        texts[locale] = [[r(v["description"]), r(v["action"])] for v in localized_vectors(doc, locale)]
        texts[f"categories_{locale}"] = [[r(t), r(f)] for _, t, f in localized_categories(doc, locale)]
    return {
        "all": all_,
        "enums": enums,
        "named": [[ident, e.code, c.id, ident.rsplit("::", 1)[-1]] for c, e, ident in entries],  # Debug: the variant's name
        "categories": [[c.id, c.name, r(c.title), r(c.fallback), c.deprecated] for c in doc.categories],
        "locales": list(doc.locales),
        "default_locale": doc.locale,
        "texts": texts,
        "headers": [header(value) for value in headers(doc)],
    }


def check_int(doc: Document, got: dict[str, Any]) -> list[str]:
    """Differences between what the crate gave and the model (with the shared test vectors)."""
    want = int_expected(doc)
    problems = [f"rust {key} differs:\n  got  {got.get(key)!r}\n  want {want[key]!r}" for key in want if got.get(key) != want[key]]
    back = [{"category": a[0], "code": a[1], "name": a[2], "description": a[3], "action": a[4]} for a in got.get("all", [])]
    if back != [{**v, "description": readable(v["description"]), "action": readable(v["action"])} for v in vectors(doc)]:
        problems.append("rust all() does not read back the shared test vectors")
    return problems


def workspace(root: Path, crates: dict[str, dict[str, str]], readback: str) -> Path:
    """Write a workspace: every crate (`{folder: {relative path: text}}`) and the readback crate."""
    root.mkdir(parents=True, exist_ok=True)
    members = [*crates, "readback"]
    (root / "Cargo.toml").write_text(
        "[workspace]\nresolver = \"2\"\nmembers = [" + ", ".join(json.dumps(m) for m in members) + "]\n", encoding="utf-8"
    )
    deps = []
    for folder, files in crates.items():
        for rel, text in files.items():
            path = root / folder / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(text.encode("utf-8"))
        name = next(line.split('"')[1] for line in files["Cargo.toml"].split("\n") if line.startswith("name = "))
        deps.append(f'{name} = {{ path = "../{folder}" }}\n')
    (root / "readback" / "src").mkdir(parents=True, exist_ok=True)
    (root / "readback" / "Cargo.toml").write_text(
        '[package]\nname = "readback"\nversion = "0.0.0"\nedition = "2021"\npublish = false\n\n[dependencies]\n' + "".join(deps),
        encoding="utf-8",
    )
    (root / "readback" / "src" / "main.rs").write_text(readback, encoding="utf-8")
    return root


def parse_readback(stdout: str) -> dict[str, Any]:
    out = {}
    for line in stdout.split("\n"):
        if line.startswith("READBACK "):
            key, _, data = line[len("READBACK ") :].partition(" ")
            out[key] = json.loads(data)
    return out


def readback_source(blocks: list[str]) -> str:
    return READBACK_HEAD + "\nfn main() {\n" + "".join(blocks) + "}\n"


def string_readback(lib: str, doc: Document) -> str:
    """A Rust block printing `"<lib>": {...}` for a symbolic page's crate `lib`."""
    view = View(doc)
    named = "".join(
        f'            {{ let v = c::{rust.identifier(view, k.variants[0].category, k.variants[0].entry)}; format!("[{{}}, {{}}]", j(v.as_str()), j(&format!("{{:?}}", v))) }},\n'
        for k in view.codes
    )
    probes = [(v.entry.http_status or 0, k.code) for k in view.codes for v in k.variants] + [(999, "NoSuchCode")]
    responses = "".join(
        f'            c::from_response({status}, {rust_str(code)}).map(|v| j(v.description())).unwrap_or("null".to_string()),\n'
        for status, code in probes
    )
    error = f"{rust.type_prefix(view)}Error"
    errors = "".join(
        f"            c::{error}::new({rust_str(code)}, Some({status})).to_string(),\n" for status, code in probes
    )
    return (
        "    {\n"
        f"        use {lib} as c;\n"
        "        let all: Vec<String> = c::all().iter().map(|v| format!(\"[{}, {}, {}, {}, {}, {}, {}, [{}], {}]\", j(v.code()), v.http_status().map(|s| s.to_string()).unwrap_or(\"null\".to_string()), jo(v.http_reason()), j(v.description()), jo(v.action()), j(v.category()), v.deprecated(), v.see_also().iter().map(|s| format!(\"[{}, {}, {}]\", j(s.set), j(s.category), j(s.code))).collect::<Vec<_>>().join(\",\"), v.error_code() == c::ErrorCode::try_from(v.code()).unwrap())).collect();\n"
        "        let codes: Vec<String> = c::ErrorCode::values().map(|k| format!(\"[{}, {}, {}, [{}], {}, {}, {}, {}]\", j(k.as_str()), j(k.description()), k.deprecated(), k.http_statuses().map(|s| s.to_string()).collect::<Vec<_>>().join(\",\"), k.variants().len(), k.see_also().len(), j(&k.to_string()), k.as_str().parse::<c::ErrorCode>() == Ok(k) && c::lookup(k.as_str()) == k.variants() && c::" + error + "::from(k) == k)).collect();\n"
        f"        let named: Vec<String> = vec![\n{named}        ];\n"
        f"        let responses: Vec<String> = vec![\n{responses}        ];\n"
        f"        let errors: Vec<String> = vec![\n{errors}        ];\n"
        "        let categories: Vec<String> = c::categories().iter().map(|k| format!(\"[{}, {}, {}]\", j(k.id()), j(k.title()), jo(k.fallback()))).collect();\n"
        "        assert!(\"NoSuchCode\".parse::<c::ErrorCode>().is_err() && c::lookup(\"NoSuchCode\").is_empty());\n"
        f"        println!(\"READBACK {{}} {{{{\\\"all\\\": [{{}}], \\\"codes\\\": [{{}}], \\\"named\\\": [{{}}], \\\"responses\\\": [{{}}], \\\"errors\\\": [{{}}], \\\"categories\\\": [{{}}]}}}}\", {rust_str(lib)}, all.join(\",\"), codes.join(\",\"), named.join(\",\"), responses.join(\",\"), errors.iter().map(|e| j(e)).collect::<Vec<_>>().join(\",\"), categories.join(\",\"));\n"
        "    }\n"
    )


def string_expected(doc: Document) -> dict[str, Any]:
    """What `string_readback` must print for `doc`."""
    view = View(doc)
    r = readable
    rows = [v for k in view.codes for v in k.variants]
    all_ = [
        [r(v.entry.code), v.entry.http_status, r(v.entry.http_reason), r(v.entry.description), r(v.entry.action), v.category.id,
         v.entry.deprecated, [[s, c, str(code)] for s, c, code in v.entry.see_also], True]
        for v in rows
    ]
    codes = [
        [k.code, r(k.description), k.deprecated, [v.entry.http_status for v in k.variants if v.entry.http_status is not None],
         len(k.variants), len(k.see_also), f"{k.code}: {r(k.description)}", True]
        for k in view.codes
    ]
    probes = [(v.entry.http_status or 0, k.code) for k in view.codes for v in k.variants] + [(999, "NoSuchCode")]
    by_code = {k.code: k for k in view.codes}

    def response(status: int, code: str) -> str | None:
        k = by_code.get(code)
        found = [v for v in k.variants if v.entry.http_status == status] if k else []
        return r(found[0].entry.description) if found else None

    def error(status: int, code: str) -> str:
        k = by_code.get(code)
        if k is None:
            return f"{code} (HTTP {status}): An error code that the upstream error-code page does not list."
        found = [v for v in k.variants if v.entry.http_status == status] or list(k.variants)
        return f"{code} (HTTP {status}): {r(found[0].entry.description)}"

    return {
        "all": all_,
        "codes": codes,
        "named": [[k.code, rust.identifier(view, k.variants[0].category, k.variants[0].entry).rsplit("::", 1)[-1]] for k in view.codes],
        "responses": [response(s, c) for s, c in probes],
        "errors": [error(s, c) for s, c in probes],
        "categories": [[c.id, r(c.title), r(c.fallback)] for c in doc.categories],
    }


def check_string(doc: Document, got: dict[str, Any]) -> list[str]:
    want = string_expected(doc)
    problems = [f"rust {key} differs:\n  got  {got.get(key)!r}\n  want {want[key]!r}" for key in want if got.get(key) != want[key]]
    back = [{"category": a[5], "code": a[0], "description": a[3], "action": a[4]} for a in got.get("all", [])]
    rows = [v for k in View(doc).codes for v in k.variants]
    if back != [{"category": v.category.id, "code": v.entry.code, "description": v.entry.description, "action": v.entry.action} for v in rows]:
        problems.append("rust all() does not read back every row")
    return problems

"""Variants and the code hierarchy at run time in the TypeScript and Go outputs.

An integer page whose tables list one code on several rows (`PAGE`) and two pages of dotted
symbolic codes (the VOD page of tests/upstream_pages, and `DOTTED`, with levels whose parent
the page does not list) are rendered, compiled and read back through the real toolchains:
tsc (strict, declarations compared with errcodegen's byte for byte) and Node, on tsc's
JavaScript and on errcodegen's own; go vet and go test. What they read back is compared with
the model (`Entry.variants` of the view, `parent_code` and `hierarchy`).
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Any

import pytest

from errcodegen.targets.go.escape import go_str
from errcodegen.model import Document, hierarchy, parent_code
from errcodegen.naming import assign_names
from errcodegen.parse import parse_text
from errcodegen.targets.registry import by_name

REGISTRY = by_name()
from errcodegen.view import View
from errcodegen.targets.registry import type_names

TYPES = type_names()  # what the outputs reserve of type names, as generate names

from .conftest import ROOT, require_tool, render
from .test_typescript import STRICT

UPSTREAM = Path(__file__).resolve().parent / "upstream_pages"

# One code on three rows (the status last, columns in any order), a code on one row, the same
# code on two rows of another category; texts a TypeScript or Go literal must escape.
PAGE = (
    "### Download errors\n\n"
    "| Error Code | Log Message | Description | Solution | HTTP Status |\n| --- | --- | --- | --- | --- |\n"
    "| -1 | bad arg | First text | Retry `x` */ ${y} | 400 Bad Request |\n"
    '| -1 | denied | Second "text" \u2028 \\\\ | | 403 Forbidden |\n'
    "| -1 | gone | Third 第三 | Stop | 404 Not Found |\n"
    "| -2 | x | Other | | 400 Bad Request |\n\n"
    "### Upload errors\n\n"
    "| Error Code | Description | HTTP Status |\n| --- | --- | --- |\n"
    "| -1 | Upload one | 400 Bad Request |\n"
    "| -1 | Upload two | 500 Internal Server Error |\n"
    "| -3 | Upload three | 500 Internal Server Error |\n"
)
# Dotted codes three levels deep, a parent the page does not list, a look-alike prefix.
DOTTED = "## Error Codes\n### Video processing\n\n| Error Code | Description |\n| -- | -- |\n" + "".join(
    f"| {c} | Text of {c}. |\n"
    for c in (
        "InvalidInput",
        "InvalidInput.TaskDuplicated",
        "FailedOperation.Storage.Full",
        "FailedOperation.Storage.Slow",
        "FailedOperation.Storage",
        "InvalidInputs",
        "FailedOperation.Storage.Full.Now",
    )
)
EXTRA_PROBES = ["FailedOperation", "InvalidInput.", ".InvalidInput.X", "", "Nope", "A.B.C", "constructor", "__proto__"]
ANCESTORS = ["InvalidInput", "FailedOperation", "FailedOperation.Storage", "SourceFileError", "Invalid", ""]


def int_doc() -> Document:
    doc = assign_names(parse_text(PAGE, "variants.md"), types=TYPES)
    assert not doc.has_errors
    return doc


def symbol_docs() -> dict[str, Document]:
    vod = (UPSTREAM / "vod-processing-error-codes.en.md").read_text(encoding="utf-8")
    return {
        "vod": assign_names(parse_text(vod, "vod.md", kind="string"), types=TYPES),
        "dotted": assign_names(parse_text(DOTTED, "dotted.md", kind="string"), types=TYPES),
    }


def expected_infos(doc: Document) -> list[dict[str, Any]]:
    """Each (category, code) of the view with every row of it: what `lookup` must carry."""
    out = []
    for c, e in View(doc).entries:
        rows = [
            {"description": v.description, "action": v.action, "column": v.variant[0] if v.variant else None}
            | {"value": v.variant[1] if v.variant else None}
            for v in e.variants
        ]
        out.append({"category": c.id, "code": e.code, "description": e.description, "action": e.action, "variants": rows or None})
    return out


def probes(doc: Document) -> list[str]:
    return list(dict.fromkeys([str(e.code) for _, e in doc.entries()] + EXTRA_PROBES))


def expected_hierarchy(doc: Document) -> dict[str, Any]:
    tree = hierarchy(doc)
    return {
        "parents": {p: parent_code(p) for p in probes(doc)},
        "subcodes": {p: list(tree.get(p, ())) for p in probes(doc)},
        "within": {p: [p == a or p.startswith(a + ".") for a in ANCESTORS] for p in probes(doc)},
    }


def test_the_pages_have_what_the_tests_need() -> None:
    """Fast: the model side of what the toolchain tests read back."""
    infos = expected_infos(int_doc())
    assert [(i["category"], i["code"], len(i["variants"] or ())) for i in infos] == [
        ("download", -1, 3),
        ("download", -2, 0),
        ("upload", -1, 2),
        ("upload", -3, 0),
    ]
    assert infos[0]["variants"][1] == {
        "description": 'Second "text" \u2028 \\',
        "action": None,
        "column": "HTTP Status",
        "value": "403 Forbidden",
    }
    tree = expected_hierarchy(symbol_docs()["dotted"])
    assert tree["parents"]["FailedOperation.Storage.Full.Now"] == "FailedOperation.Storage.Full"
    assert tree["subcodes"]["FailedOperation"] == ["FailedOperation.Storage"]
    assert tree["subcodes"]["FailedOperation.Storage"] == ["FailedOperation.Storage.Full", "FailedOperation.Storage.Slow"]
    assert tree["subcodes"]["InvalidInput"] == ["InvalidInput.TaskDuplicated"]
    assert tree["within"]["InvalidInputs"] == [False, False, False, False, False, False]


def test_pages_without_several_rows_per_code_carry_no_variants() -> None:
    """Fast: a page whose codes each stand on one row renders no variant table at all."""
    doc = assign_names(
        parse_text(
            PAGE.split("### Upload errors")[0].replace("| -1 | denied", "| -4 | denied").replace("| -1 | gone", "| -5 | gone"), "v.md"
        )
    , types=TYPES)
    assert not View(doc).varied
    ts = render(REGISTRY["typescript"], doc, {})["typescript/ci-error-codes/ciErrorCodes.ts"]
    go = render(REGISTRY["go"], doc, {})["go/ci-error-codes/cierrors.go"]
    assert "    variants: [" not in ts and "Variants: []Variant{" not in go
    varied_ts = render(REGISTRY["typescript"], int_doc(), {})["typescript/ci-error-codes/ciErrorCodes.ts"]
    varied_go = render(REGISTRY["go"], int_doc(), {})["go/ci-error-codes/cierrors.go"]
    assert varied_ts.count("    variants: [") == 2 and varied_go.count("Variants: []Variant{") == 2


# ---------------------------------------------------------------------------------------
# TypeScript: tsc twice (strict declarations; CommonJS for Node), one Node run

NODE_SCRIPT = r"""
const fs = require("fs");
const path = require("path");
const config = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const result = {};
const info = (i) => ({ category: i.category, code: i.code, description: i.description, action: i.action, variants: i.variants ?? null });
for (const [name, js] of Object.entries(config.ints)) {
  const m = require(path.resolve(js));
  result[name] = {
    errors: m.ERRORS.map(info),
    lookups: Object.fromEntries([-1, -2, -3, 7].map((c) => [c, m.lookup(c).map(info)])),
    exceptionInfos: m.errorFrom({ code: -1 }).infos.map(info),
  };
}
for (const [name, js] of Object.entries(config.symbols)) {
  const m = require(path.resolve(js));
  const probes = config.probes[name];
  result[name] = {
    parents: Object.fromEntries(probes.map((p) => [p, m.parentOf(p)])),
    subcodes: Object.fromEntries(probes.map((p) => [p, m.subcodes(p)])),
    within: Object.fromEntries(probes.map((p) => [p, config.ancestors.map((a) => m.isWithin(p, a))])),
  };
}
process.stdout.write(JSON.stringify(result));
"""
USE_TS = """import { lookup, type ErrorInfo, type Variant } from "./int/ciErrorCodes";
import { ErrorCode, parentOf, subcodes, isWithin } from "./dotted/ciMediaProcessingErrorCodes";
export const rows: readonly Variant[] = lookup(-1)[0]?.variants ?? [];
export function rowsOf(info: ErrorInfo): readonly { readonly description: string; readonly action: string | null }[] {
  return info.variants ?? [info];
}
export const parent: string | null = parentOf(ErrorCode.INVALID_INPUT__TASK_DUPLICATED);
export const children: readonly ErrorCode[] = subcodes("InvalidInput");
export const inside: boolean = isWithin("InvalidInput.TaskDuplicated", "InvalidInput");
"""


@pytest.fixture(scope="module")
def ts_read(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    tsc = require_tool("tsc", ROOT / "node_modules" / ".bin" / "tsc")
    node = require_tool("node")
    base = tmp_path_factory.mktemp("variants-ts")
    docs = {"int": int_doc(), **symbol_docs()}
    sources, ours, stems = [], {}, {}
    for name, doc in docs.items():
        files = render(REGISTRY["typescript"], doc, {})
        ts = next(p for p in files if p.endswith(".ts") and not p.endswith(".d.ts"))
        stem = Path(ts).name[: -len(".ts")]
        stems[name] = stem
        src = base / "src" / name / f"{stem}.ts"
        src.parent.mkdir(parents=True)
        src.write_text(files[ts], encoding="utf-8", newline="")
        sources.append(str(src))
        (base / "gen" / name).mkdir(parents=True)
        (base / "gen" / name / f"{stem}.mjs").write_text(files[ts[: -len(".ts")] + ".js"], encoding="utf-8", newline="")
        ours[name] = files[ts[: -len(".ts")] + ".d.ts"]
    use = base / "src" / "use.ts"
    use.write_text(USE_TS, encoding="utf-8")
    esm = [tsc, *STRICT, "--emitDeclarationOnly", "--outDir", str(base / "decl"), "--rootDir", str(base / "src")]
    esm += ["--module", "es2020", "--moduleResolution", "bundler", "--verbatimModuleSyntax", "--isolatedModules"]
    esm += ["--declaration", "--isolatedDeclarations", *sources, str(use)]
    cjs = [tsc, *STRICT, "--module", "commonjs", "--rootDir", str(base / "src"), "--outDir", str(base / "out"), *sources]
    for cmd in (esm, cjs):
        done = subprocess.run(cmd, cwd=base, capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stdout + done.stderr
    tscs = {name: (base / "decl" / name / f"{stems[name]}.d.ts").read_text(encoding="utf-8") for name in docs}
    config: dict[str, Any] = {"ints": {}, "symbols": {}, "ancestors": ANCESTORS, "probes": {}}
    for name, doc in docs.items():
        group = "ints" if doc.kind == "int" else "symbols"
        config[group][name] = str(base / "out" / name / f"{stems[name]}.js")
        config[group][f"{name}.gen"] = str(base / "gen" / name / f"{stems[name]}.mjs")
        config["probes"][name] = config["probes"][f"{name}.gen"] = probes(doc)
    (base / "readback.json").write_text(json.dumps(config), encoding="utf-8")
    (base / "readback.js").write_text(NODE_SCRIPT, encoding="utf-8")
    run = subprocess.run([node, str(base / "readback.js"), str(base / "readback.json")], cwd=base, capture_output=True, timeout=120)
    assert run.returncode == 0, run.stderr.decode("utf-8", "replace")
    return {"docs": docs, "read": json.loads(run.stdout.decode("utf-8")), "ours": ours, "tscs": tscs}


@pytest.mark.slow
def test_typescript_declarations_are_tscs(ts_read: dict[str, Any]) -> None:
    for name, text in ts_read["ours"].items():
        assert text.split("\n", 1)[1] == ts_read["tscs"][name], name


@pytest.mark.slow
def test_typescript_lookup_returns_every_variant(ts_read: dict[str, Any]) -> None:
    expected = expected_infos(ts_read["docs"]["int"])
    for name in ("int", "int.gen"):
        read = ts_read["read"][name]
        assert read["errors"] == expected
        assert read["lookups"] == {str(c): [i for i in expected if i["code"] == c] for c in (-1, -2, -3, 7)}
        assert read["exceptionInfos"] == [i for i in expected if i["code"] == -1]
    assert [v["value"] for v in ts_read["read"]["int"]["lookups"]["-1"][0]["variants"]] == [
        "400 Bad Request",
        "403 Forbidden",
        "404 Not Found",
    ]


@pytest.mark.slow
@pytest.mark.parametrize("name", ["vod", "dotted"])
def test_typescript_reads_the_hierarchy(ts_read: dict[str, Any], name: str) -> None:
    expected = expected_hierarchy(ts_read["docs"][name])
    assert ts_read["read"][name] == expected
    assert ts_read["read"][f"{name}.gen"] == expected


# ---------------------------------------------------------------------------------------
# Go: go vet and go test on each module

GO_INT_TEST = """package cierrors

import (
	"encoding/json"
	"fmt"
	"testing"
)

func TestReadBack(t *testing.T) {
	type row struct {
		Category, Description, Action string
		Code                          int
		Variants                      []Variant
	}
	rows := func(infos []Info) []row {
		out := []row{}
		for _, i := range infos {
			out = append(out, row{i.Category, i.Description, i.Action, i.Code, i.Variants})
		}
		return out
	}
	lookups := map[int][]row{}
	for _, c := range []int{-1, -2, -3, 7} {
		lookups[c] = rows(Lookup(c))
	}
	// Lookup gives the caller its own copy of the variants.
	Lookup(-1)[0].Variants[0].Description = "changed"
	b, err := json.Marshal(map[string]interface{}{"all": rows(All()), "lookups": lookups})
	if err != nil {
		t.Fatal(err)
	}
	fmt.Println("READBACK " + string(b))
}
"""


def go_symbol_test(doc: Document) -> str:
    listed = "".join(f"\t\t{go_str(p)},\n" for p in probes(doc))
    ancestors = "".join(f"\t\t{go_str(a)},\n" for a in ANCESTORS)
    return f"""package cimperrors

import (
	"encoding/json"
	"fmt"
	"testing"
)

func TestReadBack(t *testing.T) {{
	probes := []string{{
{listed}	}}
	ancestors := []string{{
{ancestors}	}}
	parents := map[string]interface{{}}{{}}
	subcodes := map[string][]ErrorCode{{}}
	within := map[string][]bool{{}}
	for _, p := range probes {{
		parent, ok := ParentOf(p)
		parents[p] = nil
		if ok {{
			parents[p] = parent
		}}
		method, mok := ErrorCode(p).Parent()
		if mok != ok || string(method) != parent {{
			t.Errorf("ErrorCode(%q).Parent() = %q, %v", p, method, mok)
		}}
		subcodes[p] = append([]ErrorCode{{}}, Subcodes(p)...)
		if fmt.Sprint(ErrorCode(p).Subcodes()) != fmt.Sprint(Subcodes(p)) {{
			t.Errorf("ErrorCode(%q).Subcodes() differs", p)
		}}
		for _, a := range ancestors {{
			within[p] = append(within[p], IsWithin(p, a))
			if ErrorCode(p).IsWithin(ErrorCode(a)) != IsWithin(p, a) {{
				t.Errorf("ErrorCode(%q).IsWithin(%q) differs", p, a)
			}}
		}}
	}}
	b, err := json.Marshal(map[string]interface{{}}{{"parents": parents, "subcodes": subcodes, "within": within}})
	if err != nil {{
		t.Fatal(err)
	}}
	fmt.Println("READBACK " + string(b))
}}
"""


def go_run(files: dict[str, str], test: str, root: Path) -> dict[str, Any]:
    go = require_tool("go")
    env = {**os.environ, "GOTOOLCHAIN": "local", "GOFLAGS": "-mod=mod", "GOPROXY": "off", "GOWORK": "off"}
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_bytes(text.encode("utf-8"))
    module = root / next(Path(rel).parent for rel in files if rel.endswith("go.mod"))
    (module / "readback_test.go").write_text(test, encoding="utf-8", newline="\n")
    vet = subprocess.run([go, "vet", "./..."], cwd=module, capture_output=True, text=True, env=env)
    assert vet.returncode == 0, vet.stdout + vet.stderr
    done = subprocess.run(
        [go, "test", "-count=1", "-run", "^TestReadBack$", "-v", "."], cwd=module, capture_output=True, text=True, env=env
    )
    assert done.returncode == 0, done.stdout + done.stderr
    line = next(x for x in done.stdout.split("\n") if x.startswith("READBACK "))
    read: dict[str, Any] = json.loads(line[len("READBACK ") :])
    return read


@pytest.mark.slow
def test_go_lookup_returns_every_variant(tmp_path: Path) -> None:
    doc = int_doc()
    read = go_run(render(REGISTRY["go"], doc, {}), GO_INT_TEST, tmp_path)

    def go_row(i: dict[str, Any]) -> dict[str, Any]:
        variants = [
            {"Description": v["description"], "Action": v["action"] or "", "Column": v["column"] or "", "Value": v["value"] or "",
             "Translations": None}
            for v in i["variants"] or ()
        ]
        return {
            "Category": i["category"],
            "Description": i["description"],
            "Action": i["action"] or "",
            "Code": i["code"],
            "Variants": variants or None,
        }

    expected = [go_row(i) for i in expected_infos(doc)]
    assert read["all"] == expected
    assert read["lookups"] == {str(c): [i for i in expected if i["Code"] == c] for c in (-1, -2, -3, 7)}
    assert [v["Value"] for v in read["lookups"]["-1"][0]["Variants"]] == ["400 Bad Request", "403 Forbidden", "404 Not Found"]


@pytest.mark.slow
@pytest.mark.parametrize("name", ["vod", "dotted"])
def test_go_reads_the_hierarchy(tmp_path: Path, name: str) -> None:
    doc = symbol_docs()[name]
    read = go_run(render(REGISTRY["go"], doc, {}), go_symbol_test(doc), tmp_path)
    assert read == expected_hierarchy(doc)

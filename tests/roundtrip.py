"""Many documents through every real toolchain at once, for the property and adversarial tests.

Each example is rendered with its own names (Python package `<key>`, TypeScript file
`<key>.ts`, Go package `<key>`, Rust crate `<key>`), all into one temporary tree; then each
toolchain runs once over all of them: one Python process imports every package, `tsc`
compiles every module twice (strict ES module without emit, CommonJS for Node) and one Node
process reads them back, `gofmt -l`, `go vet` and one `go test` cover every Go package, and
one Cargo workspace (`cargo fmt --check`, `cargo clippy -D warnings`, one `cargo run` of a
consumer crate, tests/rust_readback.py) every Rust crate. The `check_*` functions compare
what came back with the model and return the differences, per example.

The toolchains are driven as tests/test_python.py, test_typescript.py and test_go.py drive
them, with their helpers (strict flags, Node read-back script, Go declarations and vectors).
"""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Callable

import black
import jsonschema

from errcodegen.model import Document
from errcodegen.pipeline import render_all
from errcodegen.targets import python as python_target
from errcodegen.validate import validate

from .conftest import ROOT, in_ci, localized_categories, localized_vectors, vectors
from .test_go import expected_decls, expected_vectors, go_names, read_back, readable
from .test_typescript import NODE_SCRIPT, STRICT, expected_lookup

TS_PACKAGE = "ci-error-codes"  # the TypeScript target's default package (folder)

EMPTY = "empty"  # every batch holds one document without categories: the template's own names


def options(key: str) -> dict[str, dict[str, str]]:
    """Target options that give example `key` its own file and package names."""
    return {
        "python": {"package": key, "dir": key},
        "typescript": {"file": f"{key}.ts"},
        "go": {"package": key, "dir": key, "repo": "example.com/fuzz"},
        "rust": {"crate": key},
        "schema": {"file": f"{key}.schema.json"},
        "json": {"file": f"{key}.json"},
        "java": {"dir": key, "package": f"fuzz.{key}", "artifact": key},
        "php": {"dir": key, "namespace": f"Fuzz\\{key.capitalize()}", "package": f"fuzz/{key}"},
    }


@dataclass
class Example:
    """One named document and its rendered, validated files."""

    key: str
    doc: Document
    files: dict[str, str]
    page: str = ""  # the markdown it came from, shown when a check fails

    @property
    def python(self) -> str:
        return self.files[f"python/{self.key}/{self.key}/__init__.py"]

    @property
    def typescript(self) -> str:
        return self.files[f"typescript/{TS_PACKAGE}/{self.key}.ts"]

    @property
    def go(self) -> str:
        return self.files[f"go/{self.key}/{self.key}.go"]

    @property
    def rust(self) -> str:
        return self.files[f"rust/{self.key}/src/lib.rs"]


def render_example(key: str, doc: Document, page: str = "") -> Example:
    """Render every target of `doc` under example names, and validate it as `generate` does."""
    files = render_all(doc, options(key))
    validate(files)
    return Example(key, doc, files, page)


def with_empty(examples: list[Example]) -> list[Example]:
    """`examples` plus the reference document without categories (key `empty`)."""
    base = examples[0].doc if examples else Document("empty.md", "0" * 64, ())
    return [*examples, render_example(EMPTY, replace(base, categories=(), notes=(), diagnostics=()))]


def _tool(name: str, *candidates: Path) -> str | None:
    for candidate in candidates:
        if candidate.exists():
            return str(candidate)
    from shutil import which

    return which(name)


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode("utf-8"))


# ---------------------------------------------------------------------------------------
# Python

PY_DUMP = r"""
import importlib, json, sys, warnings
warnings.simplefilter("error")
out = {}
for key in sys.argv[1:]:
    m = importlib.import_module(key)
    codes = sorted({int(member) for cls in m.CATEGORIES for member in cls})
    out[key] = {
        "public": sorted(n for n in dir(m) if not n.startswith("_")),
        "dunder_all": list(m.__all__),
        "entries": [
            {"category": member.category.id, "code": int(member), "name": member.name,
             "description": member.description, "action": member.action, "deprecated": member.deprecated}
            for cls in m.CATEGORIES for member in cls
        ],
        "categories": [[cls.__name__, *m._CATEGORY_OF[cls.__name__]] for cls in m.CATEGORIES],
        "lookups": {str(c): [[x.category.id, x.name] for x in m.lookup(c)] for c in codes},
        "missing_attribute": [getattr(cls, "no_such_member", None) is None for cls in m.CATEGORIES],
    }
json.dump(out, sys.stdout, ensure_ascii=True)
"""


def top_level_names(source: str) -> list[str]:
    """Every name a module binds at top level, as Python's own parser sees it (sorted)."""
    names: list[str] = []
    for node in ast.parse(source).body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append(node.name)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            names += [a.asname or a.name.split(".")[0] for a in node.names]
        elif isinstance(node, ast.Assign):
            names += [n.id for t in node.targets for n in ast.walk(t) if isinstance(n, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.append(node.target.id)
        elif not (isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)):
            names.append(f"<{type(node).__name__} at line {node.lineno}>")
    return sorted(names)


def run_python(examples: list[Example], root: Path) -> subprocess.CompletedProcess[str]:
    base = root / "python"
    for ex in examples:
        for rel, text in ex.files.items():
            if rel.startswith(f"python/{ex.key}/{ex.key}/"):  # every package in one folder
                _write(base / rel.split("/", 2)[2], text)
    return subprocess.run(
        [sys.executable, "-c", PY_DUMP, *(ex.key for ex in examples)], cwd=base, capture_output=True, text=True,
        env={"PYTHONPATH": str(base), "PYTHONIOENCODING": "utf-8", "PATH": os.environ.get("PATH", "")},
        timeout=600,
    )


def check_python(ex: Example, empty: Example, out: dict[str, Any]) -> list[str]:
    """Differences between the model and what Python imported, parsed and black-formatted."""
    problems: list[str] = []
    doc, got = ex.doc, out[ex.key]
    want = [{**v, "deprecated": e.deprecated} for v, (_, e) in zip(vectors(doc), doc.entries())]
    if got["entries"] != want:
        problems.append(f"python entries differ:\n  got  {got['entries']!r}\n  want {want!r}")
    cats = [[c.name, c.id, c.title, c.fallback] for c in doc.categories]
    if got["categories"] != cats:
        problems.append(f"python categories differ:\n  got  {got['categories']!r}\n  want {cats!r}")
    lookups = {k: expected_lookup(doc, int(k)) for k in got["lookups"]}
    if got["lookups"] != lookups or set(got["lookups"]) != {str(e.code) for _, e in doc.entries()}:
        problems.append(f"python lookup differs: {got['lookups']!r}")
    if not all(got["missing_attribute"]):
        problems.append("python: getattr(category, missing, None) is not None")
    names = top_level_names(ex.python)
    # Each category declares its type and its exception (`DownloadError`, `DownloadException`).
    declared = [c.name for c in doc.categories] + [python_target.exception_name(c.name) for c in doc.categories]
    expected = sorted(top_level_names(empty.python) + declared)
    if names != expected:
        problems.append(f"python top-level names differ: {sorted((Counter(names) - Counter(expected)).elements())} extra, "
                        f"{sorted((Counter(expected) - Counter(names)).elements())} missing")
    if got["public"] != sorted({n for n in names if not n.startswith("_")}):
        problems.append(f"python public names at run time differ: {got['public']}")
    if sorted(got["dunder_all"]) != sorted(out[EMPTY]["dunder_all"] + declared):
        problems.append(f"python __all__ differs: {got['dunder_all']}")
    if black.format_str(ex.python, mode=black.Mode()) != ex.python:
        problems.append("black changes the python module")
    return problems


# ---------------------------------------------------------------------------------------
# TypeScript


def run_typescript(examples: list[Example], root: Path) -> dict[str, Any]:
    """Both tsc compilations (in parallel), then one Node read-back of every module."""
    tsc = _tool("tsc", ROOT / "node_modules" / ".bin" / "tsc")
    node = _tool("node")
    if tsc is None or node is None:
        return {"missing": "tsc" if tsc is None else "node"}
    base = root / "typescript"
    sources = []
    for ex in examples:
        path = base / "src" / f"{ex.key}.ts"
        _write(path, ex.typescript)
        sources.append(str(path))
        # errcodegen's own JavaScript (ES module: .mjs, which require loads) and declarations.
        _write(base / "gen" / f"{ex.key}.mjs", ex.files[f"typescript/{TS_PACKAGE}/{ex.key}.js"])
    esm = [tsc, *STRICT, "--emitDeclarationOnly", "--outDir", str(base / "decl"), "--module", "es2020", "--moduleResolution", "bundler"]
    esm += ["--verbatimModuleSyntax", "--isolatedModules", "--declaration", "--isolatedDeclarations", *sources]
    cjs = [tsc, *STRICT, "--module", "commonjs", "--rootDir", str(base / "src"), "--outDir", str(base / "out"), *sources]
    running = [subprocess.Popen(cmd, cwd=base, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True) for cmd in (esm, cjs)]
    check, emit = (p.communicate(timeout=900)[0] for p in running)
    result: dict[str, Any] = {"check": (running[0].returncode, check), "emit": (running[1].returncode, emit)}
    if running[1].returncode != 0:
        return result
    codes = sorted({e.code for ex in examples for _, e in ex.doc.entries()})
    config = {
        "typescript": str(ROOT / "node_modules" / "typescript"),
        "modules": {
            **{ex.key: {"js": str(base / "out" / f"{ex.key}.js"), "ts": str(base / "src" / f"{ex.key}.ts")} for ex in examples},
            **{f"{ex.key}.gen": {"js": str(base / "gen" / f"{ex.key}.mjs"), "ts": str(base / "src" / f"{ex.key}.ts")} for ex in examples},
        },
        "codes": codes,
        "headers": [],
    }
    (base / "readback.json").write_text(json.dumps(config), encoding="ascii")
    (base / "readback.js").write_text(NODE_SCRIPT, encoding="utf-8")
    run = subprocess.run([node, str(base / "readback.js"), str(base / "readback.json")], cwd=base, capture_output=True, timeout=900)
    result["node"] = (run.returncode, run.stderr.decode("utf-8", "replace"))
    if run.returncode == 0:
        result["readback"] = json.loads(run.stdout.decode("utf-8"))
    if running[0].returncode == 0:
        result["declarations"] = {ex.key: (base / "decl" / f"{ex.key}.d.ts").read_text(encoding="utf-8") for ex in examples}
    return result


def check_typescript(ex: Example, empty: Example, out: dict[str, Any], declarations: dict[str, str]) -> list[str]:
    """Differences between the model and what TypeScript and Node read back."""
    problems: list[str] = []
    doc, got, ref = ex.doc, out[ex.key], out[EMPTY]
    names = {c.name for c in doc.categories}
    if got["exports"] != sorted(set(ref["exports"]) | names):
        problems.append(f"typescript exports differ: {got['exports']}")
    errors = [{k: i[k] for k in ("category", "code", "name", "description", "action")} for i in got["errors"]]
    if errors != vectors(doc) or [i["deprecated"] for i in got["errors"]] != [e.deprecated for _, e in doc.entries()]:
        problems.append(f"typescript ERRORS differ:\n  got  {got['errors']!r}\n  want {vectors(doc)!r}")
    cats = [{"id": c.id, "title": c.title, "fallback": c.fallback} for c in doc.categories]
    if got["categories"] != cats:
        problems.append(f"typescript CATEGORIES differ:\n  got  {got['categories']!r}\n  want {cats!r}")
    if got["objects"] != {c.name: [[e.name, e.code] for e in c.entries] for c in doc.categories}:
        problems.append(f"typescript category objects differ: {got['objects']!r}")
    own = {str(e.code) for _, e in doc.entries()}
    if {k: v for k, v in got["lookups"].items() if k in own} != {k: expected_lookup(doc, int(k)) for k in own}:
        problems.append("typescript lookup differs")
    if got["weird"] != [[], [], [], []]:
        problems.append(f"typescript lookup of __proto__/constructor finds {got['weird']!r}")
    per_category = Counter({"VariableStatement": len(doc.categories), "TypeAliasDeclaration": len(doc.categories)})
    if Counter(got["statements"]) != Counter(ref["statements"]) + per_category:
        problems.append(f"typescript top-level statements differ: {got['statements']}")
    if set(got["tags"]) != set(ref["tags"]) | names or got["pragmas"] != 0:
        problems.append(f"typescript declarations or pragmas differ: {sorted(got['tags'])}, {got['pragmas']} pragmas")
    for c in doc.categories:
        tags = got["tags"].get(c.name, {})
        if tags.get("own") != (["deprecated"] if c.deprecated else []) or tags.get("properties") != {
            e.name: ["deprecated"] if e.deprecated else [] for e in c.entries
        }:
            problems.append(f"typescript JSDoc tags of {c.name} differ: {tags!r}")
    if out.get(f"{ex.key}.gen") != got:
        problems.append("typescript: errcodegen's JavaScript reads back otherwise than tsc's")
    ours = ex.files[f"typescript/{TS_PACKAGE}/{ex.key}.d.ts"].split("\n", 1)[1]
    if ours != declarations.get(ex.key):
        problems.append("typescript: errcodegen's .d.ts is not the one tsc writes")
    return problems


# ---------------------------------------------------------------------------------------
# Go

GO_READBACK_HEAD = """package readback

import (
	"encoding/json"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"testing"
{imports}
)

type coded interface {{
	String() string
	Description() string
	Action() string
	Category() string
	Deprecated() bool
}}

type reading struct {{
	Go          string
	Code        int
	String      string
	Description string
	Action      string
	Category    string
	Deprecated  bool
}}

func read(name string, c coded, code int) reading {{
	return reading{{name, code, c.String(), c.Description(), c.Action(), c.Category(), c.Deprecated()}}
}}

// decls lists a file's top-level declarations as go/parser sees them, and the number of
// doc comment lines of each constant.
func decls(t *testing.T, path string) map[string]interface{{}} {{
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, path, nil, parser.ParseComments)
	if err != nil {{
		t.Fatal(err)
	}}
	out := []string{{"package " + f.Name.Name}}
	docLines := map[string]int{{}}
	for _, d := range f.Decls {{
		switch d := d.(type) {{
		case *ast.FuncDecl:
			if d.Recv != nil {{
				out = append(out, "method "+types.ExprString(d.Recv.List[0].Type)+"."+d.Name.Name)
			}} else {{
				out = append(out, "func "+d.Name.Name)
			}}
		case *ast.GenDecl:
			for _, s := range d.Specs {{
				switch s := s.(type) {{
				case *ast.ImportSpec:
					out = append(out, "import "+s.Path.Value)
				case *ast.TypeSpec:
					out = append(out, "type "+s.Name.Name)
				case *ast.ValueSpec:
					for _, n := range s.Names {{
						out = append(out, d.Tok.String()+" "+n.Name)
						if s.Doc != nil && d.Tok == token.CONST {{
							docLines["const "+n.Name] = len(s.Doc.List)
						}}
					}}
				}}
			}}
		}}
	}}
	return map[string]interface{{}}{{"decls": out, "doc_lines": docLines}}
}}

func emit(t *testing.T, key string, v interface{{}}) {{
	b, err := json.Marshal(v)
	if err != nil {{
		t.Fatal(err)
	}}
	fmt.Println("READBACK " + key + " " + string(b))
}}
"""


def unknown_code(doc: Document) -> int:
    """A value that is no code of `doc`."""
    return -(max((abs(e.code) for _, e in doc.entries() if isinstance(e.code, int)), default=0) + 1)


def go_readback_source(examples: list[Example]) -> str:
    """One Go test file that reads back every example's package and its declarations."""
    from errcodegen.targets.go.escape import go_str

    parts = [GO_READBACK_HEAD.format(imports="".join(f'\t"example.com/fuzz/{ex.key}"\n' for ex in examples))]
    parts.append("\nfunc TestReadBack(t *testing.T) {\n")
    for ex in examples:
        k = ex.key
        # The constants as the generated source declares them (not the generator's own naming):
        # check_go then expects one per entry, of its category's type and with its code.
        groups = go_names(ex.doc, ex.go)
        consts = "".join(f"\t\t\tread({go_str(n)}, {k}.{n}, int({k}.{n})),\n" for _, cs in groups for _, n in cs)
        u = unknown_code(ex.doc)
        unknown = "".join(f"\t\t\tread({go_str(c.name)}, {k}.{c.name}({u}), {u}),\n" for c, _ in groups)
        codes = sorted({e.code for _, e in ex.doc.entries()})
        lookups = "".join(f"\t\t\t{go_str(str(code))}: {k}.Lookup({code}),\n" for code in codes)
        parts.append(
            f"\temit(t, {go_str(k)}, map[string]interface{{}}{{\n"
            f"\t\t\"all\":        {k}.All(),\n"
            f"\t\t\"categories\": {k}.Categories(),\n"
            f"\t\t\"constants\": []reading{{\n{consts}\t\t}},\n"
            f"\t\t\"unknown\": []reading{{\n{unknown}\t\t}},\n"
            f"\t\t\"lookups\": map[string][]{k}.Info{{\n{lookups}\t\t}},\n"
            f"\t\t\"source\": decls(t, {go_str(f'../{k}/{k}.go')}),\n"
            "\t})\n"
        )
    parts.append("}\n")
    return "".join(parts)


def run_go(examples: list[Example], root: Path) -> dict[str, Any]:
    """gofmt -l over every package, one go vet, one go test printing every read-back."""
    go = _tool("go")
    if go is None:
        return {"missing": "go"}
    env = {**os.environ, "GOTOOLCHAIN": "local", "GOFLAGS": "-mod=mod", "GOPROXY": "off", "GOWORK": "off"}
    goroot = subprocess.run([go, "env", "GOROOT"], capture_output=True, text=True, env=env, check=True).stdout.strip()
    gofmt = _tool("gofmt", Path(goroot) / "bin" / "gofmt")
    if gofmt is None:
        return {"missing": "gofmt"}
    base = root / "go"
    _write(base / "go.mod", "module example.com/fuzz\n\ngo 1.20\n")
    for ex in examples:
        _write(base / ex.key / f"{ex.key}.go", ex.go)
    _write(base / "readback" / "readback_test.go", go_readback_source(examples))
    fmt = subprocess.run([gofmt, "-l", "-e", *(ex.key for ex in examples)], cwd=base, capture_output=True, text=True, env=env)
    vet = subprocess.run([go, "vet", "./..."], cwd=base, capture_output=True, text=True, env=env, timeout=1200)
    test = subprocess.run(
        [go, "test", "-count=1", "-run", "^TestReadBack$", "-v", "./readback"],
        cwd=base, capture_output=True, text=True, env=env, timeout=1200,
    )
    listed = fmt.stdout.split()
    if listed:  # show what gofmt would change
        fmt = subprocess.run([gofmt, "-d", "-e", *listed], cwd=base, capture_output=True, text=True, env=env)
    result: dict[str, Any] = {
        "gofmt": fmt.stdout + fmt.stderr,
        "vet": (vet.returncode, vet.stdout + vet.stderr),
        "test": (test.returncode, test.stdout[-5000:] + test.stderr[-5000:]),
        "readback": {},
    }
    prefix = "READBACK "
    for line in test.stdout.split("\n"):
        if line.startswith(prefix):
            key, _, data = line[len(prefix) :].partition(" ")
            result["readback"][key] = json.loads(data)
    return result


def check_go(ex: Example, out: dict[str, Any]) -> list[str]:
    """Differences between the model and what the Go package reads back and declares."""
    problems: list[str] = []
    doc = ex.doc
    got = out.get(ex.key)
    if got is None:
        return [f"go: no read-back for {ex.key}"]
    vecs = expected_vectors(doc)
    if [read_back(i) for i in got["all"] or []] != vecs or [i["Deprecated"] for i in got["all"] or []] != [
        e.deprecated for _, e in doc.entries()
    ]:
        problems.append(f"go All() differs:\n  got  {got['all']!r}\n  want {vecs!r}")
    cats = [(c.id, readable(c.title), readable(c.fallback) or None) for c in doc.categories]
    if [(c["ID"], c["Title"], c["Fallback"] or None) for c in got["categories"] or []] != cats:
        problems.append(f"go Categories() differs: {got['categories']!r}")
    groups = go_names(doc, ex.go)
    constants = [
        {"Go": n, "Code": e.code, "String": e.name, "Description": readable(e.description),
         "Action": readable(e.action) or "", "Category": c.id, "Deprecated": e.deprecated}
        for c, cs in groups for e, n in cs
    ]
    if (got["constants"] or []) != constants:
        problems.append(f"go constants differ:\n  got  {got['constants']!r}\n  want {constants!r}")
    u = unknown_code(doc)
    unknown = [{"Go": c.name, "Code": u, "String": f"{c.name}({u})", "Description": "", "Action": "",
                "Category": c.id, "Deprecated": False} for c, _ in groups]
    if (got["unknown"] or []) != unknown:
        problems.append(f"go unknown values differ: {got['unknown']!r}")
    for code, infos in (got["lookups"] or {}).items():
        if [read_back(i) for i in infos or []] != [v for v in vecs if v["code"] == int(code)]:
            problems.append(f"go Lookup({code}) differs: {infos!r}")
    decls = [f"package {ex.key}" if d == "package cierrors" else d for d in expected_decls(doc, ex.go)]
    if got["source"]["decls"] != decls:
        problems.append(f"go declarations differ:\n  got  {got['source']['decls']}\n  want {decls}")
    doc_lines = {f"const {n}": 3 if e.deprecated else 1 for _, cs in groups for e, n in cs}
    if got["source"]["doc_lines"] != doc_lines:
        problems.append(f"go constant doc comments are not one line each: {got['source']['doc_lines']}")
    return problems


# ---------------------------------------------------------------------------------------
# Java

# What the generated sources must pass: the issue's flags, plus doclint on the public API
# (escaped upstream text in Javadoc must be well-formed HTML with no stray tag).
JAVAC_FLAGS = ["--release", "11", "-Xlint:all", "-Xdoclint:all/protected", "-Werror", "-encoding", "UTF-8"]
JAVA_READER = Path(__file__).resolve().parent / "java" / "ReadBack.java"


def java_sources(files: dict[str, str]) -> dict[str, str]:
    """The `.java` files of a rendering, by path."""
    return {rel: text for rel, text in files.items() if rel.startswith("java/") and rel.endswith(".java")}


def java_package(ex: Example) -> str:
    return options(ex.key)["java"]["package"]


def run_java(examples: list[Example], root: Path) -> dict[str, Any]:
    """One `javac` over every example's sources (strict flags), then one read-back by `ReadBack`."""
    javac, java = _tool("javac"), _tool("java")
    if javac is None or java is None:
        return {"missing": "javac" if javac is None else "java"}
    base = root / "java"
    sources = []
    for ex in examples:
        for rel, text in java_sources(ex.files).items():
            _write(root / rel, text)
            sources.append(str(root / rel))
    classes = base / "classes"
    (base / "sources.txt").write_text("\n".join(sources) + "\n", encoding="utf-8")
    build = subprocess.run([javac, *JAVAC_FLAGS, "-d", str(classes), "@" + str(base / "sources.txt")],
                           capture_output=True, text=True, timeout=900)
    result: dict[str, Any] = {"javac": (build.returncode, build.stdout + build.stderr)}
    if build.returncode != 0:
        return result
    reader = subprocess.run([javac, "-Xlint:all", "-Werror", "-d", str(base / "reader"), str(JAVA_READER)],
                            capture_output=True, text=True, timeout=300)
    if reader.returncode != 0:
        result["javac"] = (reader.returncode, reader.stdout + reader.stderr)
        return result
    classpath = os.pathsep.join([str(classes), str(base / "reader")])
    run = subprocess.run([java, "-cp", classpath, "ReadBack", *(f"{ex.key}={java_package(ex)}={ex.doc.product.short}" for ex in examples)],
                         capture_output=True, timeout=900)
    result["java"] = (run.returncode, run.stderr.decode("utf-8", "replace")[-5000:])
    result["readback"] = parse_readback(run.stdout.decode("ascii"))
    return result


def parse_readback(stdout: str) -> dict[str, Any]:
    """`READBACK <key> <json>` lines, by key."""
    out = {}
    for line in stdout.split("\n"):
        if line.startswith("READBACK "):
            key, _, data = line[len("READBACK ") :].partition(" ")
            out[key] = json.loads(data)
    return out


def java_comment_backslashes(files: dict[str, str]) -> list[str]:
    """Comment lines of the Java sources that hold a backslash (Java would read `\\u` there)."""
    found = []
    for rel, text in java_sources(files).items():
        for number, line in enumerate(text.split("\n"), 1):
            if line.lstrip().startswith(("//", "/*", "*")) and "\\" in line:
                found.append(f"{rel}:{number}: {line[:200]}")
    return found


def expected_java(doc: Document) -> dict[str, Any]:
    """What ReadBack must print for `doc`, from the model alone."""
    vecs = vectors(doc)
    symbolic = doc.kind == "string"
    entries = []
    localized = {locale: localized_vectors(doc, locale) for locale in doc.locales} if not symbolic else {}
    for v, (c, e) in zip(vecs, doc.entries()):
        item = {**v, "deprecated": e.deprecated, "see_also": [[s, cat, str(code)] for s, cat, code in e.see_also]}
        if symbolic:
            item.update(http_status=e.http_status, http_reason=e.http_reason)
        else:
            item.update(annotated=e.deprecated, type=c.name)
            item["texts"] = {
                locale: [lv["description"], lv["action"]]
                for locale, lv in ((locale, localized[locale][len(entries)]) for locale in doc.locales)
            }
        entries.append(item)
    by_code: dict[str, list[list[Any]]] = {}
    for w in vecs:
        by_code.setdefault(str(w["code"]), []).append([w["category"], w["name"]])
    lookups = {str(v["code"]): by_code[str(v["code"])] for v in vecs}
    out: dict[str, Any] = {"entries": entries, "lookups": lookups}
    if symbolic:
        out["headers"] = {}
        out["categories"] = [[c.id, c.title, c.fallback] for c in doc.categories]
    else:
        out["headers"] = {}
        for code, pairs in lookups.items():
            out["headers"][code] = pairs
            out["headers"][code + " raise"] = [f"{doc.product.short}Exception", code, pairs]
        per_locale = [localized_categories(doc, locale) for locale in doc.locales]
        out["categories"] = [
            [c.id, c.title, c.fallback, *(x for texts in per_locale for x in texts[i][1:])]
            for i, c in enumerate(doc.categories)
        ]
        out["locales"] = list(doc.locales)
        out["malformed"] = ["[]", "[]"]
    return out


def check_java(ex: Example, out: dict[str, Any]) -> list[str]:
    """Differences between the model and what the Java package reads back; comments with a backslash."""
    got = out.get(ex.key)
    if got is None:
        return [f"java: no read-back for {ex.key}"]
    problems = []
    want = expected_java(ex.doc)
    if ex.doc.kind == "string":
        rows: dict[str, list[Any]] = {}  # per code, first appearance first: its name and rows
        for _, e in ex.doc.entries():
            rows.setdefault(str(e.code), [e.name]).append(e.deprecated)
        want["codes"] = [[r[0], code, all(r[1:]), all(r[1:])] for code, r in rows.items()]
    for key in sorted(set(want) | set(got)):
        if got.get(key) != want.get(key):
            problems.append(f"java {key} differs:\n  got  {got.get(key)!r}\n  want {want.get(key)!r}")
    problems += [f"java comment with a backslash: {line}" for line in java_comment_backslashes(ex.files)]
    return problems


# ---------------------------------------------------------------------------------------
# Rust


def run_rust(examples: list[Example], root: Path) -> dict[str, Any]:
    """One Cargo workspace of every crate and a readback crate: cargo fmt --check and cargo
    clippy -D warnings over the crates, then one cargo run of the readback (tests/rust_readback.py)."""
    from . import rust_readback as rb

    cargo = _tool("cargo")
    if cargo is None or any(_tool(tool) is None for tool in rb.TOOLS):
        return {"missing": next(tool for tool in rb.TOOLS if _tool(tool) is None)}
    crates = {ex.key: {rel.split("/", 2)[2]: text for rel, text in ex.files.items() if rel.startswith(f"rust/{ex.key}/")} for ex in examples}
    base = rb.workspace(root / "rust", crates, rb.readback_source([rb.int_readback(ex.key, ex.doc) for ex in examples]))
    env = rb.cargo_env()

    def run(args: list[str]) -> tuple[int, str]:
        done = subprocess.run([cargo, *args], cwd=base, capture_output=True, text=True, env=env, timeout=1800)
        return done.returncode, done.stdout[-5000:] + done.stderr[-5000:]

    packages = [arg for ex in examples for arg in ("-p", ex.key)]
    result: dict[str, Any] = {"fmt": run(["fmt", "--check", *packages]), "clippy": run(["clippy", *packages, "--", "-D", "warnings"])}
    done = subprocess.run([cargo, "run", "-q", "-p", "readback"], cwd=base, capture_output=True, text=True, env=env, timeout=1800)
    result["run"] = (done.returncode, done.stderr[-5000:])
    result["readback"] = rb.parse_readback(done.stdout) if done.returncode == 0 else {}
    return result


def check_rust(ex: Example, out: dict[str, Any]) -> list[str]:
    """Differences between the model and what the crate gives a consumer (tests/rust_readback.py)."""
    from . import rust_readback as rb

    got = out.get(ex.key)
    if got is None:
        return [f"rust: no read-back for {ex.key}"]
    return rb.check_int(ex.doc, got)


# ---------------------------------------------------------------------------------------
# JSON Schema and JSON (no external toolchain)


def check_schema(ex: Example) -> list[str]:
    """Meta-schema check, known codes valid and others not, and the schema reads back the model."""
    problems: list[str] = []
    doc = ex.doc
    schema = json.loads(ex.files[f"schema/{ex.key}.schema.json"])
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    codes = {e.code for _, e in doc.entries()}
    for code in sorted(codes):
        if not validator.is_valid(code):
            problems.append(f"schema rejects known code {code}")
    unknown = max((abs(c) for c in codes if isinstance(c, int)), default=0) + 1
    for value in (unknown, -unknown, str(next(iter(codes), 1)), None, 1.5):
        if validator.is_valid(value):
            problems.append(f"schema accepts {value!r}")
    ids = {c.name: c.id for c in doc.categories}
    back = []
    for type_name, definition in schema["$defs"].items():
        if type_name not in ids:
            continue
        branches = definition.get("oneOf", [])
        if definition["enum"] != [b["const"] for b in branches] or definition["x-enum-descriptions"] != [
            b["description"] for b in branches
        ]:
            problems.append(f"schema enum and oneOf of {type_name} disagree")
        back += [{"category": ids[type_name], "code": b["const"], "name": b["title"], "description": b["description"],
                  "action": b.get("x-action")} for b in branches]
    if back != vectors(doc):
        problems.append(f"schema reads back differently:\n  got  {back!r}\n  want {vectors(doc)!r}")
    if [d.get("title") for n, d in schema["$defs"].items() if n in ids] != [c.title for c in doc.categories]:
        problems.append("schema category titles differ")
    if set(schema["$defs"]) - set(ids) != {"CIErrorCode"}:  # the root definition (README)
        problems.append(f"schema has other definitions: {sorted(set(schema['$defs']) - set(ids))}")
    return problems


def check_json(ex: Example) -> list[str]:
    """The JSON model is strict JSON, UTF-8 encodable, and parses back to the model."""
    text = ex.files[f"json/{ex.key}.json"]
    text.encode("utf-8")  # no lone surrogate left raw
    data = json.loads(text)
    problems = []
    if not (data["$comment"].startswith("Code generated by errcodegen from ") and data["$comment"].endswith(f"(sha256 {ex.doc.sha256}). DO NOT EDIT.")):
        problems.append(f"json header differs: {data['$comment']!r}")
    back = [
        {"category": c["id"], "code": e["code"], "name": e["name"], "description": e["description"], "action": e["action"]}
        for c in data["categories"]
        for e in c["entries"]
    ]
    if back != vectors(ex.doc):
        problems.append(f"json model reads back differently:\n  got  {back!r}\n  want {vectors(ex.doc)!r}")
    if [e["deprecated"] for c in data["categories"] for e in c["entries"]] != [e.deprecated for _, e in ex.doc.entries()]:
        problems.append("json model's deprecated flags differ")
    if [(c["title"], c["fallback"], c["deprecated"]) for c in data["categories"]] != [(c.title, c.fallback, c.deprecated) for c in ex.doc.categories]:
        problems.append("json model's categories differ")
    if len(data["diagnostics"]) != len(ex.doc.diagnostics):
        problems.append("json model's diagnostics differ")
    return problems


# ---------------------------------------------------------------------------------------
# Everything at once


@dataclass
class Run:
    """What every toolchain said about a batch of examples."""

    examples: list[Example]
    python: subprocess.CompletedProcess[str]
    typescript: dict[str, Any]
    go: dict[str, Any]
    java: dict[str, Any] = field(default_factory=dict)
    rust: dict[str, Any] = field(default_factory=dict)
    problems: dict[str, list[str]] = field(default_factory=dict)

    @property
    def empty(self) -> Example:
        return next(ex for ex in self.examples if ex.key == EMPTY)

    def skip_or_fail_missing(self, result: dict[str, Any]) -> None:
        import pytest

        if "missing" in result:
            message = f"toolchain command {result['missing']!r} not found"
            if in_ci():
                pytest.fail(message + " (CI=true: a missing toolchain is a failure)")
            pytest.skip(message)

    def report(self, check: Callable[[Example], list[str]]) -> str:
        """Run `check` on every example; return '' or every failing example with its page."""
        failures = []
        for ex in self.examples:
            problems = check(ex)
            if problems:
                page = ex.page if len(ex.page) < 4000 else ex.page[:4000] + "..."
                failures.append(f"--- {ex.key} ---\n" + "\n".join(p[:3000] for p in problems) + f"\npage: {page!r}")
        # pytest shortens a long assertion message; all of it is printed (shown on failure).
        print("\n".join(failures))
        return "\n".join(failures)


def run_all(examples: list[Example], root: Path) -> Run:
    """Run the Python, TypeScript, Go, Java and Rust toolchains over `examples` (plus the empty reference) at once."""
    examples = with_empty(examples)
    with ThreadPoolExecutor(4) as pool:
        py = pool.submit(run_python, examples, root)
        ts = pool.submit(run_typescript, examples, root)
        go = pool.submit(run_go, examples, root)
        java = pool.submit(run_java, examples, root)
        rs = pool.submit(run_rust, examples, root)
        return Run(examples, py.result(), ts.result(), go.result(), java.result(), rs.result())


def python_report(run: Run) -> str:
    assert run.python.returncode == 0, run.python.stderr[-5000:]
    out = json.loads(run.python.stdout)
    return run.report(lambda ex: check_python(ex, run.empty, out))


def typescript_report(run: Run) -> str:
    run.skip_or_fail_missing(run.typescript)
    code, output = run.typescript["check"]
    assert code == 0, "tsc --strict --noEmit failed:\n" + output[-5000:]
    code, output = run.typescript["emit"]
    assert code == 0, "tsc (CommonJS) failed:\n" + output[-5000:]
    code, output = run.typescript["node"]
    assert code == 0, "node read-back failed:\n" + output[-5000:]
    out = run.typescript["readback"]
    return run.report(lambda ex: check_typescript(ex, run.empty, out, run.typescript["declarations"]))


def java_report(run: Run) -> str:
    run.skip_or_fail_missing(run.java)
    code, output = run.java["javac"]
    assert code == 0, "javac " + " ".join(JAVAC_FLAGS) + " failed:\n" + output[-5000:]
    code, output = run.java["java"]
    assert code == 0, "java ReadBack failed:\n" + output
    return run.report(lambda ex: check_java(ex, run.java["readback"]))


def go_report(run: Run) -> str:
    run.skip_or_fail_missing(run.go)
    assert run.go["gofmt"] == "", "gofmt -l lists:\n" + run.go["gofmt"]
    code, output = run.go["vet"]
    assert code == 0, "go vet failed:\n" + output[-5000:]
    code, output = run.go["test"]
    assert code == 0, "go test failed:\n" + output
    return run.report(lambda ex: check_go(ex, run.go["readback"]))


def rust_report(run: Run) -> str:
    run.skip_or_fail_missing(run.rust)
    code, output = run.rust["fmt"]
    assert code == 0, "cargo fmt --check failed:\n" + output
    code, output = run.rust["clippy"]
    assert code == 0, "cargo clippy -D warnings failed:\n" + output
    code, output = run.rust["run"]
    assert code == 0, "the rust read-back failed:\n" + output
    return run.report(lambda ex: check_rust(ex, run.rust["readback"]))

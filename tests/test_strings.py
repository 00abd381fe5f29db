"""The string-valued targets (pages of symbolic codes: the media-processing job page).

Three documents (the real page as `generate` builds it, with its cross-references; one full
of hostile text, retired rows and awkward codes; one with no category) are rendered once
per target. Each toolchain runs once over all three where it can (one mypy, one Python; the
TypeScript in conftest's one program of every module, one Node; gofmt and go vet in conftest's
one run over every module, one go test per module, in parallel), and the tests compare
what it reads back with the model: every row's (code, HTTP status, reason, description,
action, category, deprecated, see-also), every member, lookup and from-response.
"""

from __future__ import annotations

import dataclasses
import json
import os
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import black
import jsonschema
import pytest

from errcodegen import config, pipeline
from errcodegen.targets.go.escape import go_str
from errcodegen.model import Category, Document
from errcodegen.pipeline import render_all
from errcodegen.targets.registry import by_name

TARGETS = by_name()
from errcodegen.targets import python as python_target
from errcodegen.view import View
from tests import response_rule as rule
from errcodegen.targets import typescript as typescript_target
from errcodegen.targets.registry import view_of
from tests.conftest import ROOT, GoModule, render, GoProgram, TsProgram, TsSources, go_modules, python_path, require_tool, typescript_sources

VARIANTS = ["current", "hostile", "empty"]
PROBES = ["AccessDenied", "InvalidContent", "InvalidArgument", "Nope", "", "accessdenied", "AccessDenied ", "constructor",
          "toString", "__proto__", "hasOwnProperty", "Foo.Bar", "JobGone"]  # fmt: skip
RESPONSES = [(401, "AccessDenied"), (403, "AccessDenied"), (400, "AccessDenied"), (400, "InvalidContent"),
             (413, "InvalidContent"), (500, "InternalError"), (0, "JobGone"), (404, "Nope"), (0, "")]  # fmt: skip
# Go's FromResponse: RESPONSES, and answers whose status no row of the code has (SlowDown is listed
# with 429 on the job page: with 503 it is the 5xx category's error), or that give no status.
GO_RESPONSES = RESPONSES + [(503, "SlowDown"), (429, "SlowDown"), (0, "SlowDown"), (503, "Nope"), (-1, "AccessDenied"), (302, "AccessDenied")]
# TypeScript's also: the status received wins (SlowDown listed with 429, answered with 503).
TS_RESPONSES = [*RESPONSES, (503, "SlowDown"), (429, "SlowDown"), (503, "Nope"), (502, "AccessDenied")]
# Upstream text that tries to leave its literal or comment, or to be read as code, markup or
# a directive. Lone surrogates are never high-then-low, even once joined: JavaScript strings
# are UTF-16, where such a pair is one astral character.
PIECES = [
    "*/", "/*", "*", "", " ", "\u2028", "\u2029", '"', "'", "`", "${x}", "\\", "\\u0041", "\n", "\r\n", "\x00",
    "\x1b[31m", "\x85", "\ufeff", "\x7f", "@deprecated", "@ts-nocheck", "</script>", "\udfff", "\udc00\ud800", "\ud800",
    "\u202e", "\u2066", "\U0001f600", "{{ 7*7 }}", "{% raw %}", "*/ export const pwned = 1; /*", '"; export const pwned = 1; "',
    "\n * @deprecated\n */ export const pwned = 1;\n/**", "\nfunc init() {}\n", "x\n//go:generate rm -rf /\n//line evil.go:1",
    "// +build ignore", "Deprecated: not really", "- a list item\n    and an indented code block", "[link]: https://example.com",
    '"""', "'''", "# comment", "\\",
]  # fmt: skip
EVERYTHING = "".join(PIECES)
HEADER = re.compile(r"^// Code generated .* DO NOT EDIT\.$")
DIRECTIVE = re.compile(r"^\s*//(go:|line )|^\s*/\*line ", re.M)


def readable(text: str | None) -> str | None:
    """What Go reads back for `text`: a lone surrogate cannot be in a Go string, it becomes U+FFFD."""
    return None if text is None else re.sub("[\ud800-\udfff]", "\ufffd", text)


# ---------------------------------------------------------------------------------------
# The documents


@pytest.fixture(scope="module")
def models() -> list[Document]:
    """Every set's model exactly as `generate` builds it (names files, cross-references)."""
    return pipeline.build_models(config.load(ROOT / "pyproject.toml"))


@pytest.fixture(scope="module")
def job_doc(models: list[Document]) -> Document:
    """The job page's model."""
    assert models[1].kind == "string"
    return models[1]


@pytest.fixture(scope="module")
def main_doc(models: list[Document]) -> Document:
    """The main page's model, whose media-processing codes point at the job page's."""
    assert models[0].kind == "int"
    return models[0]


def main_refs(doc: Document) -> dict[str, list[list[Any]]]:
    """What the main page's outputs must give as see-also: {"category code": [[set, category, code]]}."""
    return {f"{c.id} {e.code}": [list(r) for r in e.see_also] for c, e in doc.entries() if e.see_also}


def hostile_doc(doc: Document) -> Document:
    """Hostile texts everywhere, retired rows (one without a status), codes that are names
    of JavaScript's Object.prototype, cross-references of both kinds, an empty category."""
    n = len(PIECES)
    awkward = {"PermanentRedirect": "constructor", "TemporaryRedirect": "toString", "SlowDown": "hasOwnProperty", "QueuePaused": "Foo.Bar"}
    categories = []
    k = 0
    for i, c in enumerate(doc.categories):
        entries = []
        for e in c.entries:
            entries.append(
                dataclasses.replace(
                    e,
                    code=awkward.get(str(e.code), e.code),
                    description=EVERYTHING if k == 0 else PIECES[k % n],
                    http_reason=None if k % 6 == 5 else PIECES[(k + 3) % n],
                    action=None if k % 4 == 3 else PIECES[(k + 7) % n],
                    deprecated=k % 5 == 2,
                    see_also=((PIECES[k % n], "cat\u2028x", k),) if k % 3 == 1 else e.see_also,
                )
            )
            k += 1
        categories.append(dataclasses.replace(c, title=PIECES[(i + 5) % n] + EVERYTHING, fallback=EVERYTHING if i % 2 else None, entries=tuple(entries)))
    gone = dataclasses.replace(
        doc.categories[1].entries[0], code="JobGone", name="JOB_GONE", http_status=None, http_reason=None,
        description="retired \u2028 */ row", deprecated=True, see_also=(("other", "x", "JobGone"), ("other", "y", -1)),
    )  # fmt: skip
    categories[1] = dataclasses.replace(categories[1], entries=categories[1].entries + (gone,))
    categories.append(Category("empty_things", "EmptyThingsError", "\n*/ empty {{ x }}", "\u202e", (), 1))
    return dataclasses.replace(doc, source="source_docs/evil\n//go:generate rm -rf /\u2028*/.md", categories=tuple(categories))


@pytest.fixture(scope="module")
def docs(job_doc: Document) -> dict[str, Document]:
    return {"current": job_doc, "hostile": hostile_doc(job_doc), "empty": dataclasses.replace(job_doc, categories=())}


def rows(doc: Document) -> list[dict[str, Any]]:
    """What every target must read back: each row of the page, in order."""
    return [
        {
            "code": e.code,
            "http_status": e.http_status,
            "http_reason": e.http_reason,
            "description": e.description,
            "action": e.action,
            "category": c.id,
            "deprecated": e.deprecated,
            "see_also": [list(r) for r in e.see_also],
        }
        for c, e in doc.entries()
    ]


def codes(doc: Document) -> list[str]:
    return list(dict.fromkeys(str(e.code) for _, e in doc.entries()))


def write(files: dict[str, str], root: Path) -> None:
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode("utf-8", "surrogatepass"))


def test_job_page_model(job_doc: Document) -> None:
    """The facts the string targets are built around."""
    variants = {code: [(e.http_status, c.id) for c, e in job_doc.entries() if e.code == code] for code in ("AccessDenied", "InvalidContent")}
    assert variants == {"AccessDenied": [(401, "http_4xx"), (403, "http_4xx")], "InvalidContent": [(400, "http_4xx"), (413, "http_4xx")]}
    invalid_argument = next(e for _, e in job_doc.entries() if e.code == "InvalidArgument")
    # The COS page (two sets of the project, see pyproject.toml) lists InvalidArgument too.
    assert invalid_argument.see_also == (("ci-error-codes", "media_processing", 1015), ("cos-error-codes", "http_4xx", "InvalidArgument"))
    assert [c.id for c in job_doc.categories] == ["http_3xx", "http_4xx", "http_5xx"]


# ---------------------------------------------------------------------------------------
# Python: one interpreter reads every package, one mypy --strict checks them all

PY_DUMP = r"""
import importlib, json, sys, warnings
config = json.loads(sys.argv[1])

def row(v):
    d = v._asdict()
    d["see_also"] = [list(r) for r in v.see_also]
    return d

def raised(m):
    # Per row: whether the exception raised for it is caught by its category class.
    by_id = {c.id: i for i, c in enumerate(m.CATEGORIES)}
    # The root exception is named after the set's product (CIMediaException): the one right under Exception.
    root = next(getattr(m, n) for n in m.__all__ if n.endswith("Exception") and getattr(m, n).__bases__ == (Exception,))
    classes = [n for n in m.__all__ if n.endswith("Exception") and getattr(m, n) is not root]
    out = []
    for v in m.VARIANTS:
        try:
            m.raise_for_response(v.http_status or 0, v.code)
        except getattr(m, classes[by_id[v.category]]) as exc:
            out.append([exc.code == v.code, len(exc.variants) == len(m.lookup(v.code)), isinstance(exc, root)])
    try:
        m.raise_for_response(500, "NoSuchCodeAnywhere")
    except root as exc:
        out.append([type(exc).__name__, exc.variants, str(exc).startswith("NoSuchCodeAnywhere (HTTP 500): "), root.__name__])
    return out

result = {}
for variant, package in config["packages"].items():
    m = importlib.import_module(package)
    members = []
    for member in m.ErrorCode:
        members.append({
            "name": member.name, "value": member.value, "is_str": isinstance(member, str),
            "variants": [row(v) for v in member.variants], "description": member.description,
            "http_statuses": list(member.http_statuses), "see_also": [list(r) for r in member.see_also],
            "deprecated": member.deprecated, "by_value": m.ErrorCode(member.value) is member,
        })
    warned = {}
    for member in m.ErrorCode:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            assert getattr(m.ErrorCode, member.name) is member
        warned[member.name] = [str(w.category.__name__) for w in caught]
    result[variant] = {
        "all": sorted(n for n in m.__all__),
        "rows": [row(v) for v in m.VARIANTS],
        "categories": [list(c) for c in m.CATEGORIES],
        "members": members,
        "deprecated": [x.name for x in m.DEPRECATED],
        "warned": warned,
        "lookups": {code: [row(v) for v in m.lookup(code)] for code in config["probes"]},
        "responses": [None if (r := m.from_response(s, c)) is None else row(r) for s, c in config["responses"]],
        "raised": raised(m),
    }
json.dump(result, sys.stdout)
"""


@pytest.fixture(scope="module")
def python_build(docs: dict[str, Document], tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    root = tmp_path_factory.mktemp("strings-python")
    texts = {}
    for variant, doc in docs.items():
        files = render(TARGETS["python"], doc, {"package": f"job_{variant}", "dir": "jobs"})
        assert set(files) == {f"python/jobs/job_{variant}/{f}" for f in ["__init__.py", "py.typed"]} | {"python/jobs/pyproject.toml"}
        texts[variant] = files[f"python/jobs/job_{variant}/__init__.py"]
        write(files, root)
    pyroot = root / "python" / "jobs"
    (pyroot / "use.py").write_text(
        "from job_current import ErrorCode, SeeAlso, Variant, from_response, lookup\n"
        "code: ErrorCode = ErrorCode.ACCESS_DENIED\n"
        "text: str = code.description + code  # a StrEnum member is a str\n"
        "statuses: tuple[int, ...] = code.http_statuses\n"
        "refs: tuple[SeeAlso, ...] = ErrorCode.INVALID_ARGUMENT.see_also\n"
        "number: int | str = refs[0].code\n"
        "found: tuple[Variant, ...] = lookup('AccessDenied') + code.variants\n"
        "one: Variant | None = from_response(403, 'AccessDenied')\n"
        "status: int | None = found[0].http_status\n"
        "from job_current import CIMediaException, exception_for, raise_for_response\n"
        "try:\n"
        "    raise_for_response(403, 'AccessDenied')\n"
        "except CIMediaException as exc:\n"
        "    raised: str = exc.code\n"
        "    rows: tuple[Variant, ...] = exc.variants\n"
        "    http: int | None = exc.http_status\n"
        "cls: type[CIMediaException] = exception_for('AccessDenied', 401)\n"
        "from job_current import error_for, from_cos_error\n"
        "made: CIMediaException = error_for(status=503, code='SlowDown', headers={'x-cos-request-id': 'r'})\n"
        "known: ErrorCode | str = made.code\n"
        "texts: list[str | None] = [made.server_message, made.request_id, made.trace_id]\n"
        "flags: tuple[str, bool] = (made.fault, made.retryable)\n"
        "made = from_cos_error(ValueError('not an SDK error'))\n",
        encoding="utf-8",
    )
    env = {"PYTHONPATH": str(pyroot), "PYTHONDONTWRITEBYTECODE": "1", "PYTHONIOENCODING": "utf-8", "PATH": os.environ.get("PATH", "/usr/bin:/bin")}
    cfg = json.dumps({"packages": {v: f"job_{v}" for v in docs}, "probes": PROBES, "responses": RESPONSES})
    mypy = subprocess.Popen(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "job_current", "job_hostile", "job_empty", "use.py"],
        cwd=pyroot, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env={**env, "MYPYPATH": str(pyroot)},
    )  # fmt: skip
    dump = subprocess.run([sys.executable, "-c", PY_DUMP, cfg], cwd=pyroot, capture_output=True, env=env)
    mypy_out, _ = mypy.communicate(timeout=300)
    assert dump.returncode == 0, dump.stderr.decode("utf-8", "replace")
    return {"texts": texts, "mypy": (mypy.returncode, mypy_out), "read": json.loads(dump.stdout)}


def py_member(doc: Document, code: str) -> dict[str, Any]:
    variants = [r for r in rows(doc) if r["code"] == code]
    see_also = list(dict.fromkeys(tuple(s) for r in variants for s in r["see_also"]))
    return {
        "value": code,
        "is_str": True,
        "variants": variants,
        "description": variants[0]["description"],
        "http_statuses": [r["http_status"] for r in variants if r["http_status"] is not None],
        "see_also": [list(s) for s in see_also],
        "deprecated": all(r["deprecated"] for r in variants),
        "by_value": True,
    }


@pytest.mark.parametrize("variant", VARIANTS)
def test_python_reads_back_the_model(docs: dict[str, Document], python_build: dict[str, Any], variant: str) -> None:
    doc, read = docs[variant], python_build["read"][variant]
    assert read["rows"] == rows(doc)
    assert read["categories"] == [[c.id, c.title, c.fallback] for c in doc.categories]
    names = {str(e.code): e.name for _, e in reversed(doc.entries())}
    assert [{k: v for k, v in m.items() if k != "name"} for m in read["members"]] == [py_member(doc, code) for code in codes(doc)]
    assert [m["name"] for m in read["members"]] == [names[code] for code in codes(doc)]
    retired = [m["name"] for m in read["members"] if m["deprecated"]]
    assert read["deprecated"] == retired
    assert read["warned"] == {m["name"]: (["DeprecationWarning"] if m["deprecated"] else []) for m in read["members"]}
    assert read["lookups"] == {p: [r for r in rows(doc) if r["code"] == p] for p in PROBES}
    assert read["responses"] == [next((r for r in rows(doc) if r["code"] == c and r["http_status"] == s), None) for s, c in RESPONSES]
    exceptions = [python_target.exception_name(c.name) for c in doc.categories]
    assert read["all"] == sorted(["CATEGORIES", "Category", "DEPRECATED", "ErrorCode", "SeeAlso", "VARIANTS", "Variant", "from_response", "lookup"]
                                 + ["is_within", "parent_of", "subcodes"]
                                 + ["CIMediaException", "exception_for", "raise_for_response"] + exceptions
                                 + ["error_for", "from_cos_error", "keep_headers"])
    assert read["raised"][:-1] == [[True, True, True]] * len(rows(doc))
    # An unknown code answered with 500: the error of the category whose rows are all 5xx, if any.
    fives = [c for c in doc.categories if c.entries and all(e.http_status is not None and e.http_status // 100 == 5 for e in c.entries)]
    expected = python_target.exception_name(fives[0].name) if fives else "CIMediaException"
    assert read["raised"][-1] == [expected, [], True, "CIMediaException"]


def test_python_lookup_examples(python_build: dict[str, Any]) -> None:
    read = python_build["read"]["current"]
    assert [(r["http_status"], r["description"]) for r in read["lookups"]["AccessDenied"]] == [(401, "No permission."), (403, "The operation is prohibited.")]
    assert [r["http_status"] for r in read["lookups"]["InvalidContent"]] == [400, 413]
    assert read["lookups"]["Nope"] == read["lookups"]["accessdenied"] == read["lookups"]["AccessDenied "] == []
    member = next(m for m in read["members"] if m["value"] == "InvalidArgument")
    assert member["see_also"] == [["ci-error-codes", "media_processing", 1015], ["cos-error-codes", "http_4xx", "InvalidArgument"]]
    assert read["responses"][1]["http_status"] == 403 and read["responses"][2] is None


@pytest.mark.parametrize("variant", VARIANTS)
def test_python_black_leaves_it_unchanged(python_build: dict[str, Any], variant: str) -> None:
    text = python_build["texts"][variant]
    assert black.format_str(text, mode=black.Mode()) == text


def test_python_mypy_strict(python_build: dict[str, Any]) -> None:
    code, out = python_build["mypy"]
    assert code == 0 and "Success" in out, out


# ---------------------------------------------------------------------------------------
# TypeScript: two tsc runs over every module, one Node run reads them all

TS_FILE = "jobErrorCodes.ts"
TS_PACKAGE = "typescript/ci-media-processing-error-codes"
NODE_SCRIPT = r"""
const fs = require("fs");
const path = require("path");
const config = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const result = {};
for (const [variant, js] of Object.entries(config.modules)) {
  const m = require(path.resolve(js));
  result[variant] = {
    exports: Object.keys(m).sort(),
    members: Object.entries(m.ErrorCode),
    rows: m.VARIANTS,
    categories: m.CATEGORIES,
    lookups: Object.fromEntries(config.probes.map((p) => [p, m.lookup(p)])),
    known: Object.fromEntries(config.probes.map((p) => [p, m.isErrorCode(p)])),
    responses: config.responses.map(([s, c]) => m.fromResponse(s, c) ?? null),
    raised: config.responses.map(([s, c]) => {
      const e = m.exceptionFromResponse(s, c);
      return [e.name, e.code, e.httpStatus, e.infos, e.message, e.description, e instanceof m[e.name], e instanceof Error,
        e.status, e.categories, e.fault, e.retryable];
    }),
  };
}
const main = require(path.resolve(config.main));
result.main = Object.fromEntries(main.ERRORS.filter((i) => i.seeAlso !== undefined).map((i) => [i.category + " " + i.code, i.seeAlso]));
process.stdout.write(JSON.stringify(result));
"""


USE_TS = (
    'import { ErrorCode, lookup, fromResponse, isErrorCode, type Variant } from "./current/jobErrorCodes";\n'
    "export const code: ErrorCode = ErrorCode.ACCESS_DENIED;\n"
    'export const literal: ErrorCode = "InvalidContent";\n'
    "export const found: readonly Variant[] = lookup(code);\n"
    'export const one: Variant | undefined = fromResponse(403, "AccessDenied");\n'
    "export function narrow(s: string): ErrorCode | null {\n  return isErrorCode(s) ? s : null;\n}\n"
    # Narrowing on the category gives that category's codes.
    'export function redirect(v: Variant): "PermanentRedirect" | "TemporaryRedirect" | null {\n'
    '  return v.category === "http_3xx" ? v.code : null;\n}\n'
)


@typescript_sources("strings")
def _typescript_sources() -> TsSources:
    """Every job document and the main page (conftest's TypeScript program compiles them with the
    others); use.ts, a typed use of the current one, in the ES-module check only."""
    main_doc, job = pipeline.build_models(config.load(ROOT / "pyproject.toml"))[:2]
    docs = {"current": job, "hostile": hostile_doc(job), "empty": dataclasses.replace(job, categories=())}
    texts, declarations, gen = {}, {}, {}
    for variant, doc in docs.items():
        files = render(TARGETS["typescript"], doc, {"file": TS_FILE})
        stem = f"{TS_PACKAGE}/{TS_FILE[:-3]}"
        assert sorted(files) == sorted([f"{TS_PACKAGE}/package.json", f"{stem}.ts", f"{stem}.js", f"{stem}.d.ts"])
        texts[variant] = files[f"{stem}.ts"]
        # errcodegen's own JavaScript (an ES module: .mjs, which require loads) and declarations.
        gen[f"gen/{variant}/jobErrorCodes.mjs"] = files[f"{stem}.js"]
        declarations[variant] = files[f"{stem}.d.ts"]
    src = {f"{v}/{TS_FILE}": text for v, text in texts.items()}
    src["main/ciErrorCodes.ts"] = render(TARGETS["typescript"], main_doc, {})["typescript/ci-error-codes/ciErrorCodes.ts"]
    return TsSources(src, check_only={"use.ts": USE_TS}, files=gen, info=(texts, declarations))


@pytest.fixture(scope="module")
def ts_build(docs: dict[str, Document], typescript_program: TsProgram) -> dict[str, Any]:
    """This module's part of conftest's TypeScript program, read back by one Node run."""
    node = require_tool("node")
    program = typescript_program
    texts, declarations = program.sources["strings"].info
    check, emit = program.verdict("check", "strings/"), program.verdict("emit", "strings/")
    assert emit[0] == 0, emit[1]
    out, own = program.out("strings"), program.own("strings")
    modules = {v: str(out / v / TS_FILE.replace(".ts", ".js")) for v in docs}
    modules |= {f"{v}.gen": str(own / "gen" / v / "jobErrorCodes.mjs") for v in docs}
    config = {"modules": modules, "main": str(out / "main" / "ciErrorCodes.js"), "probes": PROBES, "responses": TS_RESPONSES}
    (own / "readback.json").write_text(json.dumps(config), encoding="ascii")
    (own / "readback.js").write_text(NODE_SCRIPT, encoding="utf-8")
    result = subprocess.run([node, str(own / "readback.js"), str(own / "readback.json")], cwd=own, capture_output=True, timeout=120)
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    tscs = {v: (program.decl("strings") / v / "jobErrorCodes.d.ts").read_text(encoding="utf-8") if check[0] == 0 else None for v in docs}
    return {"texts": texts, "check": (check[1], check[0]), "read": json.loads(result.stdout.decode("utf-8")), "declarations": (declarations, tscs)}


def ts_row(r: dict[str, Any]) -> dict[str, Any]:
    return {
        "code": r["code"], "httpStatus": r["http_status"], "httpReason": r["http_reason"], "description": r["description"],
        "action": r["action"], "category": r["category"], "deprecated": r["deprecated"],
        "seeAlso": [{"set": s, "category": c, "code": k} for s, c, k in r["see_also"]],
    }  # fmt: skip


def test_typescript_compiles_strict(ts_build: dict[str, Any]) -> None:
    output, code = ts_build["check"]
    assert code == 0, output


@pytest.mark.parametrize("variant", VARIANTS)
def test_typescript_reads_back_the_model(docs: dict[str, Document], ts_build: dict[str, Any], variant: str) -> None:
    doc, read = docs[variant], ts_build["read"][variant]
    expected = [ts_row(r) for r in rows(doc)]
    assert read["rows"] == expected
    assert read["categories"] == [{"id": c.id, "title": c.title, "fallback": c.fallback} for c in doc.categories]
    names = {str(e.code): e.name for _, e in reversed(doc.entries())}
    assert read["members"] == [[names[code], code] for code in codes(doc)]
    assert read["lookups"] == {p: [r for r in expected if r["code"] == p] for p in PROBES}
    assert read["known"] == {p: p in codes(doc) for p in PROBES}
    assert read["responses"] == [next((r for r in expected if r["code"] == c and r["httpStatus"] == s), None) for s, c in TS_RESPONSES]
    exception = typescript_target.exception_name(view_of(doc))
    exports = ["CATEGORIES", "ErrorCode", "VARIANTS", "fromResponse", "isErrorCode", "lookup", exception, "exceptionFromResponse"]
    assert read["exports"] == sorted([*exports, "parentOf", "subcodes", "isWithin", "errorFrom", "fromCosError"])
    assert len(read["raised"]) == len(TS_RESPONSES)
    for (status, code), got in zip(TS_RESPONSES, read["raised"]):
        assert got == expected_ts_error(doc, expected, status, code, exception)
    deprecated = sum(1 for code in codes(doc) if all(r["deprecated"] for r in rows(doc) if r["code"] == code))
    assert ts_build["texts"][variant].count("/** @deprecated ") == deprecated
    assert "enum " not in ts_build["texts"][variant]


def expected_ts_error(doc: Document, expected: list[dict[str, Any]], status: int, code: str, exception: str) -> list[Any]:
    """What `exceptionFromResponse(status, code)` gives, by issue 19's rule worked out here from
    the page's rows: the status received decides the categories (rows with that status, else the
    categories whose rows all lie in its class, else every row's); a status is 100 to 999."""
    view = view_of(doc)
    given = status if 100 <= status <= 999 else None
    known = code if code != "" else None
    infos = [r for r in expected if r["code"] == known]
    chosen = [r["category"] for r in infos if given is not None and r["httpStatus"] == given]
    if not chosen and given is not None:
        chosen = [c.id for c in doc.categories if view.status_classes.get(c.id) == given // 100]
    chosen = list(dict.fromkeys(chosen or [r["category"] for r in infos]))
    row = next((r for r in infos if given is not None and r["httpStatus"] == given), None)
    row = row or next((r for r in infos if r["category"] in chosen), None) or (infos[0] if infos else None)
    description = row["description"] if row else "An error code that the upstream error-code page does not list."
    server = given >= 500 if given is not None else any(view.status_classes.get(c) == 5 for c in chosen)
    retryable = given in (429, 500, 502, 503, 504) or known in view.retryable_codes
    head = " ".join(p for p in ("" if known is None else str(known), "" if given is None else f"(HTTP {given})") if p)
    message = f"{head}: {description}" if head else description
    return [exception, known, given, infos, message, description, True, True, given, chosen, "server" if server else "client", retryable]


@pytest.mark.parametrize("variant", VARIANTS)
def test_typescript_javascript_and_declarations_are_tscs(ts_build: dict[str, Any], variant: str) -> None:
    """errcodegen's JavaScript reads back as tsc's; its `.d.ts` is tsc's after the header line."""
    assert ts_build["read"][f"{variant}.gen"] == ts_build["read"][variant]
    ours, tscs = ts_build["declarations"]
    assert tscs[variant] is not None, ts_build["check"][0]
    header, rest = ours[variant].split("\n", 1)
    assert header == ts_build["texts"][variant].split("\n", 1)[0] and rest == tscs[variant]


def test_typescript_lookup_examples(ts_build: dict[str, Any]) -> None:
    read = ts_build["read"]["current"]
    assert [r["httpStatus"] for r in read["lookups"]["AccessDenied"]] == [401, 403]
    assert [r["httpStatus"] for r in read["lookups"]["InvalidContent"]] == [400, 413]
    assert read["lookups"]["Nope"] == read["lookups"]["constructor"] == read["lookups"]["__proto__"] == []
    assert read["responses"][1]["description"] == "The operation is prohibited."


# ---------------------------------------------------------------------------------------
# Go: gofmt over every module, then go vet and go test per module, in parallel


COMMITTED_GO = ROOT / "generated" / "go" / "ci-media-processing-error-codes" / "cimperrors.go"
COMMITTED_JSON = ROOT / "generated" / "json" / "ci-media-processing-error-codes.json"


def go_name_of() -> dict[str, str]:
    """{entry name: Go constant}, read back from the committed module and JSON model (not computed
    with the generator's naming), plus the hostile variant's retired row."""
    by_code = dict(
        (code, name) for name, code in re.findall(r'^\t([A-Za-z][A-Za-z0-9_]*) ErrorCode = "([^"]*)"$', COMMITTED_GO.read_text(encoding="utf-8"), re.M)
    )
    data = json.loads(COMMITTED_JSON.read_text(encoding="utf-8"))
    names = {e["name"]: by_code[e["code"]] for c in data["categories"] for e in c["entries"]}
    return {**names, "JOB_GONE": "JobGone"}


def test_representative_go_names() -> None:
    names = go_name_of()
    assert {n: names[n] for n in ("ACCESS_DENIED", "INVALID_ARGUMENT", "PERMANENT_REDIRECT", "INTERNAL_ERROR")} == {
        "ACCESS_DENIED": "AccessDenied", "INVALID_ARGUMENT": "InvalidArgument",
        "PERMANENT_REDIRECT": "PermanentRedirect", "INTERNAL_ERROR": "InternalError",
    }  # fmt: skip


def test_go_identifier_of_each_row(job_doc: Document) -> None:
    """`targets.go.identifier(view, category, entry)`: the committed module's constant of the row's code."""
    from errcodegen.targets import go as go_target
    from errcodegen.targets.registry import view_of

    view = view_of(job_doc)
    names = go_name_of()
    assert go_target.identifiers(view) == {(c.id, e.code): names[e.name] for c, e in job_doc.entries()}
    c, e = next((c, e) for c, e in job_doc.entries() if e.code == "CIRoleNotExist")
    assert go_target.identifier(view, c, e) == "CIRoleNotExist"


def expected_codes(doc: Document) -> list[tuple[str, str, bool]]:
    """(code, Go constant, retired) of every code of `doc`, first appearance first: retired when all its rows are."""
    names = go_name_of()
    out: dict[str, tuple[str, str, bool]] = {}
    for _, e in doc.entries():
        code = str(e.code)
        first = out.get(code)
        out[code] = (code, names[e.name], e.deprecated) if first is None else (code, first[1], first[2] and e.deprecated)
    return list(out.values())


# ErrorFromHeader's values: codes of the page with what it trims, unknown and malformed codes.
RECEIVED = ["AccessDenied", " AccessDenied\r\n", "\tInvalidArgument ", "", " \r\n", "Nope", "Invalid.Sub-code_1", "Access Denied",
            "a/b", "x" * 129, "y" * 128, "Accès", "JobGone"]  # fmt: skip


def go_test_source(doc: Document, package: str) -> str:
    """A test file of the package printing, as JSON, what the package reads back."""
    consts = "".join(f"\t\t{{{go_str(go)}, {go}}},\n" for _, go, _ in expected_codes(doc))
    probes = "".join(f"\t\t{go_str(p)},\n" for p in PROBES)
    responses = "".join(f"\t\t{{{s}, {go_str(c)}}},\n" for s, c in GO_RESPONSES)
    received = "".join(f"\t\t{go_str(p)},\n" for p in RECEIVED)
    return f"""package {package}

import (
	"encoding/json"
	"errors"
	"fmt"
	"testing"
)

type member struct {{
	Go           string
	Value        string
	Known        bool
	Description  string
	HTTPStatuses []int
	SeeAlso      []Ref
	Deprecated   bool
	Variants     []Variant
}}

type response struct {{
	Code        string
	Status      int
	Categories  []string
	Fault       string
	Retryable   bool
	Known       bool
	Description string
	Message     string
	Matched     bool // errors.Is with the code's constant
}}

func TestReadBack(t *testing.T) {{
	var members []member
	for _, k := range []struct {{
		name string
		c    ErrorCode
	}}{{
{consts}	}} {{
		members = append(members, member{{k.name, k.c.String(), k.c.Known(), k.c.Description(), k.c.HTTPStatuses(), k.c.SeeAlso(), k.c.Deprecated(), k.c.Variants()}})
	}}
	lookups := map[string][]Variant{{}}
	for _, p := range []string{{
{probes}	}} {{
		lookups[p] = Lookup(p)
	}}
	var responses []response
	for _, r := range []struct {{
		status int
		code   string
	}}{{
{responses}	}} {{
		e := FromResponse(r.status, r.code)
		responses = append(responses, response{{string(e.Code), e.Status, e.Categories, string(e.Fault), e.Retryable, e.Known(),
			e.Description(), e.Error(), errors.Is(e, ErrorCode(r.code))}})
	}}
	unknown := ErrorCode("Nope")
	// ErrorFromHeader: [is nil, the ErrorCode errors.As finds, errors.Is ErrMalformedHeader, *UnknownError's code].
	received := map[string][]interface{{}}{{}}
	for _, value := range []string{{
{received}	}} {{
		err := ErrorFromHeader(value)
		var code ErrorCode
		var unknown *UnknownError
		var unknownCode interface{{}}
		if errors.As(err, &unknown) {{
			unknownCode = unknown.Code
		}}
		errors.As(err, &code)
		received[value] = []interface{{}}{{err == nil, string(code), errors.Is(err, ErrMalformedHeader), unknownCode}}
	}}
	// Every code: Parse, MarshalText, UnmarshalText, encoding/json and errors.Is go from the code and back.
	var texts []interface{{}}
	for _, v := range ErrorCodeValues() {{
		parsed, perr := ParseErrorCode(string(v))
		text, merr := v.MarshalText()
		var back ErrorCode
		uerr := back.UnmarshalText(text)
		b, jerr := json.Marshal(map[string]ErrorCode{{"k": v}})
		texts = append(texts, []interface{{}}{{string(v), perr == nil && parsed == v, string(text), merr == nil && uerr == nil && back == v,
			string(b), jerr == nil, errors.Is(ErrorFromHeader(" "+string(v)+"\\n"), v), v.Error()}})
	}}
	_, nope := ParseErrorCode("Nope")
	var loose ErrorCode
	looseErr := loose.UnmarshalText([]byte("Nope"))
	b, err := json.Marshal(map[string]interface{{}}{{
		"all": All(), "codes": Codes(), "categories": Categories(), "members": members, "lookups": lookups,
		"responses": responses, "unknown": []interface{{}}{{unknown.Known(), unknown.Description(), unknown.Variants(), unknown.Deprecated()}},
		"received": received, "texts": texts, "parseNope": nope != nil, "unmarshalNope": []interface{{}}{{string(loose), looseErr == nil}},
		"nopeError": unknown.Error(),
	}})
	if err != nil {{
		t.Fatal(err)
	}}
	fmt.Println("READBACK " + string(b))
}}
"""


@go_modules("strings")
def _go_modules() -> tuple[dict[str, GoModule], dict[str, dict[str, str]]]:
    """The job documents' modules with their read-back test, and the main page's with its
    see-also test (conftest's one gofmt and go vet)."""
    main_doc, job = pipeline.build_models(config.load(ROOT / "pyproject.toml"))[:2]
    docs = {"current": job, "hostile": hostile_doc(job), "empty": dataclasses.replace(job, categories=())}
    rendered = {v: render(TARGETS["go"], d, {}) for v, d in docs.items()}
    prefix = "go/ci-media-processing-error-codes/"
    modules = {v: GoModule({r.removeprefix(prefix): f for r, f in files.items()}, {"readback_test.go": go_test_source(docs[v], "cimperrors")}) for v, files in rendered.items()}
    main = render(TARGETS["go"], main_doc, {})
    modules["main"] = GoModule({r.removeprefix("go/ci-error-codes/"): str(f) for r, f in main.items()}, {"seealso_test.go": MAIN_GO_TEST})
    return modules, rendered


def go_build_one(program: GoProgram, variant: str, go: str, env: dict[str, str]) -> dict[str, Any]:
    module = program.modules["strings"][variant]
    fmt, (status, said) = program.verdict("strings", variant)
    test = subprocess.run([go, "test", "-count=1", "-run", "^TestReadBack$", "-v", "."], cwd=module, capture_output=True, text=True, env=env)
    read = None
    for line in test.stdout.split("\n"):
        if line.startswith("READBACK "):
            read = json.loads(line[len("READBACK ") :])
    vet = subprocess.CompletedProcess(["go", "vet"], status, said, "")
    return {"files": program.info["strings"][variant], "gofmt": fmt, "vet": vet, "test": test, "read": read, "gomod": (module / "go.mod").read_text()}


@pytest.fixture(scope="module")
def go_build(docs: dict[str, Document], go_program: GoProgram, toolchain) -> dict[str, dict[str, Any]]:  # type: ignore[no-untyped-def]
    """Each module's gofmt and vet verdicts (conftest's go_program), and its own go test (in parallel)."""
    go, _, env = toolchain
    with ThreadPoolExecutor(len(docs) + 1) as pool:
        futures = {v: pool.submit(go_build_one, go_program, v, go, env) for v in docs}
        futures["main"] = pool.submit(go_build_main, go_program, go, env)
        return {v: f.result() for v, f in futures.items()}


MAIN_GO_TEST = """package cierrors

import (
	"encoding/json"
	"fmt"
	"strconv"
	"testing"
)

func TestSeeAlso(t *testing.T) {
	refs := map[string]interface{}{}
	for _, info := range All() {
		if info.SeeAlso != nil {
			refs[info.Category+" "+strconv.Itoa(info.Code)] = info.SeeAlso
		}
	}
	b, err := json.Marshal(refs)
	if err != nil {
		t.Fatal(err)
	}
	fmt.Println("READBACK " + string(b))
}
"""


def go_build_main(program: GoProgram, go: str, env: dict[str, str]) -> dict[str, Any]:
    """The main page's module (integer codes), with its cross-references to the job page."""
    module = program.modules["strings"]["main"]
    fmt, _ = program.verdict("strings", "main")
    test = subprocess.run([go, "test", "-count=1", "-run", "^TestSeeAlso$", "-v", "."], cwd=module, capture_output=True, text=True, env=env)
    read = next((json.loads(line[9:]) for line in test.stdout.split("\n") if line.startswith("READBACK ")), None)
    return {"gofmt": fmt, "test": test, "read": read}


def go_row(r: dict[str, Any]) -> dict[str, Any]:
    return {
        "Code": r["code"], "HTTPStatus": r["http_status"] or 0, "HTTPReason": readable(r["http_reason"]) or "",
        "Description": readable(r["description"]), "Action": readable(r["action"]) or "", "Category": r["category"],
        "Deprecated": r["deprecated"],
        "SeeAlso": [{"Set": readable(s), "Category": readable(c), "Code": str(k)} for s, c, k in r["see_also"]] or None,
    }  # fmt: skip


@pytest.mark.parametrize("variant", VARIANTS)
def test_go_gofmt_vet_and_test(go_build: dict[str, dict[str, Any]], variant: str) -> None:
    b = go_build[variant]
    assert b["gofmt"] == ""
    assert b["vet"].returncode == 0, b["vet"].stdout + b["vet"].stderr
    assert b["test"].returncode == 0, b["test"].stdout + b["test"].stderr
    assert b["gomod"] == b["files"]["go/ci-media-processing-error-codes/go.mod"]
    source = b["files"]["go/ci-media-processing-error-codes/cimperrors.go"]
    assert HEADER.match(source.split("\n")[0]) and not DIRECTIVE.search(source)
    assert "\u2028" not in source and "\x00" not in source and "\u202e" not in source


def expected_received(doc: Document, value: str) -> list[Any]:
    """The reference ErrorFromHeader: nil when blank; malformed unless ASCII letters, digits, '.', '_', '-' (at most 128)."""
    text = value.strip(" \t\r\n")
    if not text:
        return [True, "", False, None]
    if len(text) > 128 or not re.fullmatch(r"[A-Za-z0-9._-]+", text):
        return [False, "", True, None]
    known = text in {str(e.code) for _, e in doc.entries()}
    return [False, text if known else "", False, None if known else text]


@pytest.mark.parametrize("variant", VARIANTS)
def test_go_errors_values_parse_and_text(docs: dict[str, Document], go_build: dict[str, dict[str, Any]], variant: str) -> None:
    doc, read = docs[variant], go_build[variant]["read"]
    assert read is not None, go_build[variant]["test"].stdout
    assert read["received"] == {value: expected_received(doc, value) for value in RECEIVED}
    by_code: dict[str, str] = {}
    for _, e in doc.entries():
        by_code.setdefault(str(e.code), readable(e.description) or "")
    assert (read["texts"] or []) == [
        [code, True, code, True, json.dumps({"k": code}, separators=(",", ":")), True, True,
         f"cimperrors: {code}: {by_code[code]}" if by_code[code] else f"cimperrors: {code}"]
        for code in codes(doc)
    ]  # fmt: skip
    assert read["parseNope"] and read["unmarshalNope"] == ["Nope", True] and read["nopeError"] == "cimperrors: Nope"


@pytest.mark.parametrize("variant", VARIANTS)
def test_go_reads_back_the_model(docs: dict[str, Document], go_build: dict[str, dict[str, Any]], variant: str) -> None:
    doc, read = docs[variant], go_build[variant]["read"]
    assert read is not None, go_build[variant]["test"].stdout
    expected = [go_row(r) for r in rows(doc)]
    assert (read["all"] or []) == expected
    assert read["codes"] == (codes(doc) or None)
    assert (read["categories"] or []) == [{"ID": c.id, "Title": readable(c.title), "Fallback": readable(c.fallback) or ""} for c in doc.categories]
    members = []
    for code, go, _ in expected_codes(doc):
        variants = [r for r in expected if r["Code"] == code]
        refs = [dict(t) for t in dict.fromkeys(tuple(s.items()) for r in variants for s in r["SeeAlso"] or [])]
        statuses = [r["HTTPStatus"] for r in variants if r["HTTPStatus"]]
        members.append({
            "Go": go, "Value": code, "Known": True, "Description": variants[0]["Description"],
            "HTTPStatuses": statuses or None, "SeeAlso": refs or None,
            "Deprecated": all(r["Deprecated"] for r in variants), "Variants": variants,
        })  # fmt: skip
    assert (read["members"] or []) == members
    assert read["lookups"] == {p: [r for r in expected if r["Code"] == p] or None for p in PROBES}
    view = View(doc)
    want = []
    for s, c in GO_RESPONSES:  # the status received wins: issue 19's rule, from the page's rows
        x = rule.expected(view, s, c or None)
        description = readable(x.description)
        want.append({
            "Code": c, "Status": s, "Categories": x.categories or None, "Fault": x.fault, "Retryable": x.retryable,
            "Known": x.known, "Description": description, "Message": rule.message(c, s, description), "Matched": x.known,
        })  # fmt: skip
    assert read["responses"] == want
    assert read["unknown"] == [False, "", None, False]
    deprecated = [code for code, _, retired in expected_codes(doc) if retired]
    assert go_build[variant]["files"]["go/ci-media-processing-error-codes/cimperrors.go"].count("\t// Deprecated: ") == len(deprecated)


def test_go_lookup_examples(go_build: dict[str, dict[str, Any]]) -> None:
    read = go_build["current"]["read"]
    assert [r["HTTPStatus"] for r in read["lookups"]["AccessDenied"]] == [401, 403]
    assert [r["HTTPStatus"] for r in read["lookups"]["InvalidContent"]] == [400, 413]
    assert read["lookups"]["Nope"] is None
    source = go_build["current"]["files"]["go/ci-media-processing-error-codes/cimperrors.go"]
    assert '\tAccessDenied ErrorCode = "AccessDenied"\n' in source
    assert "\ntype ErrorCode string\n" in source


# ---------------------------------------------------------------------------------------
# JSON Schema and the JSON model


@pytest.fixture(scope="module")
def schemas(docs: dict[str, Document]) -> dict[str, dict[str, Any]]:
    out = {}
    for variant, doc in docs.items():
        files = render(TARGETS["schema"], doc, {})
        (text,) = files.values()
        out[variant] = json.loads(text)
    return out


@pytest.mark.parametrize("variant", VARIANTS)
def test_schema_is_valid_and_accepts_exactly_the_codes(docs: dict[str, Document], schemas: dict[str, dict[str, Any]], variant: str) -> None:
    schema = schemas[variant]
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    known = codes(docs[variant])
    for code in known:
        assert validator.is_valid(code), code
    for other in ["Nope", "", "accessdenied", "AccessDenied ", 401, None, ["AccessDenied"], {"Code": "AccessDenied"}]:
        assert not validator.is_valid(other), other


@pytest.mark.parametrize("variant", VARIANTS)
def test_schema_reads_back_the_model(docs: dict[str, Document], schemas: dict[str, dict[str, Any]], variant: str) -> None:
    doc = docs[variant]
    definition = schemas[variant]["$defs"]["ErrorCode"]
    assert definition["type"] == "string" and definition["enum"] == codes(doc)
    back = []
    for branch in definition.get("oneOf", []):
        variants = branch["x-variants"]
        assert branch["description"] == variants[0]["description"]
        assert branch["x-http-status"] == [v["http_status"] for v in variants if v["http_status"] is not None]
        assert branch.get("deprecated", False) == all(v.get("deprecated", False) for v in variants)
        refs = [[r["set"], r["category"], r["code"]] for r in branch.get("x-see-also", [])]
        for v in variants:
            back.append({"code": branch["const"], "http_status": v["http_status"], "http_reason": v["http_reason"], "description": v["description"],
                         "action": v.get("action"), "category": v["category"], "deprecated": v.get("deprecated", False), "refs": refs})  # fmt: skip
    expected = []
    for code in codes(doc):
        variants = [r for r in rows(doc) if r["code"] == code]
        refs = [list(t) for t in dict.fromkeys(tuple(s) for r in variants for s in r["see_also"])]
        expected += [{**{k: v for k, v in r.items() if k != "see_also"}, "refs": refs} for r in variants]
    assert back == expected


def test_schema_examples(schemas: dict[str, dict[str, Any]]) -> None:
    branches = {b["const"]: b for b in schemas["current"]["$defs"]["ErrorCode"]["oneOf"]}
    assert branches["AccessDenied"]["x-http-status"] == [401, 403]
    assert branches["InvalidArgument"]["x-see-also"] == [
        {"set": "ci-error-codes", "category": "media_processing", "code": 1015},
        {"set": "cos-error-codes", "category": "http_4xx", "code": "InvalidArgument"},
    ]
    assert schemas["current"]["$id"].endswith("/ci-media-processing-error-codes.schema.json")


def test_json_model_is_the_model(job_doc: Document) -> None:
    (text,) = render(TARGETS["json"], job_doc, {}).values()
    assert text == COMMITTED_JSON.read_text(encoding="utf-8")  # job_doc is what `generate` builds
    data = json.loads(text)
    assert data.pop("$comment").endswith("DO NOT EDIT.")
    # Read back with the JSON model's documented keys (see_also omitted when there is none).
    entries = [
        {**e, "category": c["id"], "see_also": [[r["set"], r["category"], r["code"]] for r in e.get("see_also", [])]}
        for c in data["categories"]
        for e in c["entries"]
    ]
    assert [{k: e[k] for k in rows(job_doc)[0]} for e in entries] == rows(job_doc)


# ---------------------------------------------------------------------------------------
# Options, refusals and the files `generate` writes (no toolchain needed)


def test_configured_outputs(job_doc: Document) -> None:
    out_set = config.load(ROOT / "pyproject.toml").sets[1]
    files = render_all(job_doc, out_set.targets, out_set.enabled)
    for path in [
        "python/ci-media-processing-error-codes/ci_media_processing_errors/__init__.py", "python/ci-media-processing-error-codes/ci_media_processing_errors/py.typed",
        "typescript/ci-media-processing-error-codes/ciMediaProcessingErrorCodes.ts", "go/ci-media-processing-error-codes/go.mod", "go/ci-media-processing-error-codes/cimperrors.go",
        "schema/ci-media-processing-error-codes.schema.json", "json/ci-media-processing-error-codes.json",
    ]:  # fmt: skip
        assert path in files, path
    assert "\nmodule github.com/errcodegen/ci-error-codes/generated/go/ci-media-processing-error-codes\n" in files["go/ci-media-processing-error-codes/go.mod"]
    for path, text in files.items():
        if "media" in path.lower() and text:
            # A PHP file's header is its second line, after `<?php`.
            header = text.split("\n")[1] if path.endswith(".php") else text.split("\n")[0]
            assert "ci-media-processing-error-codes.en.md" in header or path.endswith(".json"), path


def test_deterministic(docs: dict[str, Document]) -> None:
    for target in TARGETS.values():
        for doc in docs.values():
            assert render(target, doc, {}) == render(target, doc, {})


def test_refusals(job_doc: Document) -> None:
    c = job_doc.categories[1]
    first, second = c.entries[0], c.entries[1]
    same_name = dataclasses.replace(job_doc, categories=(dataclasses.replace(c, entries=(first, dataclasses.replace(second, name=first.name))),))
    api_name = dataclasses.replace(job_doc, categories=(dataclasses.replace(c, entries=(dataclasses.replace(first, name="LOOKUP"),)),))
    integer = dataclasses.replace(job_doc, categories=(dataclasses.replace(c, entries=(dataclasses.replace(first, code=1015),)),))
    for name, target in TARGETS.items():
        if name in ("json", "docs"):  # the docs show each language's names (none where it refuses the page)
            continue
        with pytest.raises(ValueError, match="both named"):
            render(target, same_name, {})
        with pytest.raises(ValueError, match="Lookup"):  # in the view of a run: no code takes a name Go declares
            render(target, view_of(api_name), {})
        with pytest.raises(ValueError, match="symbolic"):
            render(target, integer, {})
    for name, options in [("python", {"package": "a.b"}), ("typescript", {"file": "../x.ts"}), ("go", {"dir": "a/b"}),
                          ("go", {"package": "type"}), ("go", {"repo": "a b"}), ("schema", {"file": "x.yaml"})]:  # fmt: skip
        with pytest.raises(ValueError):
            render(TARGETS[name], job_doc, options)


# ---------------------------------------------------------------------------------------
# The main page's outputs point back at the job page's codes


def test_main_page_model_points_back(main_doc: Document) -> None:
    assert main_refs(main_doc)["media_processing 1015"] == [
        ["ci-media-processing-error-codes", "http_4xx", "InvalidArgument"],
        ["cos-error-codes", "http_4xx", "InvalidArgument"],
    ]


def test_main_python_see_also(main_doc: Document, tmp_path: Path) -> None:
    write(render(TARGETS["python"], main_doc, {}), tmp_path)
    script = (
        "import json, ci_error_codes as m\n"
        "print(json.dumps({f'{x.category.id} {int(x)}': [list(r) for r in x.see_also] for c in m.CATEGORIES for x in c if x.see_also}))\n"
    )
    out = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, capture_output=True, text=True, check=True,
                         env={"PYTHONPATH": python_path(tmp_path / "python"), "PYTHONDONTWRITEBYTECODE": "1"})  # fmt: skip
    assert json.loads(out.stdout) == main_refs(main_doc)


def test_main_typescript_see_also(main_doc: Document, ts_build: dict[str, Any]) -> None:
    expected = {k: [{"set": s, "category": c, "code": code} for s, c, code in v] for k, v in main_refs(main_doc).items()}
    assert ts_build["read"]["main"] == expected


def test_main_go_see_also(main_doc: Document, go_build: dict[str, dict[str, Any]]) -> None:
    b = go_build["main"]
    assert b["gofmt"] == ""
    assert b["test"].returncode == 0, b["test"].stdout + b["test"].stderr
    expected = {k: [{"Set": s, "Category": c, "Code": str(code)} for s, c, code in v] for k, v in main_refs(main_doc).items()}
    assert b["read"] == expected


def test_main_schema_see_also(main_doc: Document) -> None:
    (text,) = render(TARGETS["schema"], main_doc, {}).values()
    data = json.loads(text)
    found = {
        f"{c.id} {branch['const']}": [[r["set"], r["category"], r["code"]] for r in branch["x-see-also"]]
        for c in main_doc.categories
        for branch in data["$defs"][c.name].get("oneOf", [])
        if "x-see-also" in branch
    }
    assert found == main_refs(main_doc)

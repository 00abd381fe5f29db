"""The TypeScript target: compiles under tsc --strict, and Node reads back exactly the model.

Four documents are rendered once per run (the current page, one full of hostile text,
one with no category at all, the bilingual set) and compiled in conftest's one TypeScript
program with the other modules' sources (test_strings, the golden cases): once with every
strictness flag as an ES module (declarations, no emit), once to CommonJS for Node, once as
tsc emits declarations. One Node run reads every module back, from tsc's JavaScript and from
the JavaScript errcodegen wrote (which must read back the same); the `.d.ts` errcodegen wrote
is the one tsc writes, byte for byte after the header line (which tsc leaves out).
"""

from __future__ import annotations

import json
import re
import subprocess
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pytest

from errcodegen.model import Category, Document, Product, Text
from errcodegen.targets.registry import view_of
from errcodegen.targets.typescript import TARGET, exception_name
from tests.conftest import (
    render,
    GOLDEN, NAMES, ROOT, TsProgram, TsSources, bilingual_model, golden_outputs, localized_categories, localized_vectors, named_model,
    require_tool, typescript_sources, typescript_verdict, vectors,
)  # fmt: skip

FILE = "ciErrorCodes.ts"
PACKAGE = "typescript/ci-error-codes"
FIXED_EXPORTS = {"CATEGORIES", "ERRORS", "lookup", "fromHeader", "DEFAULT_LOCALE", "LOCALES", "localize", "localizeCategory", "isLocale"}
FIXED_EXPORTS |= {"exceptionFromHeader", "errorFrom", "fromCosError"}
# Locales asked for: the pages', and some no page has (they give the default locale's texts).
LOCALE_PROBES = ["en", "zh", "zh-Hant", "fr", "", "ZH", "__proto__", "constructor", "toString", "hasOwnProperty"]
STRICT = [
    "--strict",
    "--skipLibCheck",
    "--target", "es2020",
    "--noUnusedLocals",
    "--noUnusedParameters",
    "--noImplicitReturns",
    "--noUncheckedIndexedAccess",
    "--exactOptionalPropertyTypes",
    "--noPropertyAccessFromIndexSignature",
    "--noImplicitOverride",
    "--noFallthroughCasesInSwitch",
]  # fmt: skip

# Each piece alone is one entry's description; all of them together are every action, title and fallback.
HOSTILE_PIECES = [
    "*/",
    "/*",
    "*",
    "",
    " ",
    "\u2028",
    "\u2029",
    '"',
    "'",
    "`",
    "${x}",
    "`${x}`",
    "\\",
    "\\u0041",
    "\n",
    "\r",
    "\r\n",
    "\x00",
    "\x1b[31m",
    "\x85",
    "\ufeff",
    "@deprecated",
    "@ts-nocheck",
    "@jsx h",
    "</script>",
    # Lone surrogates, never high-then-low even once joined: JavaScript strings are UTF-16, where
    # such a pair is one astral character, so no JavaScript string could read it back as two.
    "\udfff",
    "\udc00\ud800",
    "\ud800",
    "\u202e",
    "\u2066",
    "\U0001f600",
    "{{ 7*7 }}",
    "{% raw %}",
    "*/ export const pwned = 1; /*",
    '"; export const pwned = 1; "',
    "\n * @deprecated\n */ export const pwned = 1;\n/**",
    "\\",  # last: a text that ends with a backslash
]
HOSTILE = "".join(HOSTILE_PIECES)

NODE_SCRIPT = r"""
const fs = require("fs");
const path = require("path");
const config = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const ts = require(config.typescript);
const pair = (info) => [info.category, info.name];
const kind = (node) =>
  ts.isVariableStatement(node) ? "VariableStatement"
  : ts.isTypeAliasDeclaration(node) ? "TypeAliasDeclaration"
  : ts.isInterfaceDeclaration(node) ? "InterfaceDeclaration"
  : ts.isFunctionDeclaration(node) ? "FunctionDeclaration"
  : ts.SyntaxKind[node.kind];
// What errorFrom and fromCosError make of a response's parts, however malformed (never a throw).
const cause = new Error("the SDK's error");
const errorProbes = (m) => {
  const show = (e) => [e.name, e.code, e.status, e.serverMessage, e.requestId, e.traceId, e.categories, e.fault, e.retryable,
    e.message, e.description, e.infos.length, Object.prototype.hasOwnProperty.call(e, "cause") ? e.cause === cause : null,
    e instanceof m[e.name], e instanceof Error];
  const parts = [
    { status: 403, headers: { "X-ErrNo": " -46618", "x-cos-request-id": "NjE0", "X-Cos-Trace-Id": "dHJh" }, message: "Access Denied.", cause },
    { status: 403, headers: { "x-errno": "abc" }, requestId: "given", headers2: 1 },
    { status: 503, headers: { "x-errno": ["-3006", "-3006"] } },
    { status: 500, code: -3006 }, { code: "-3006" }, { code: "AccessDenied", status: 429 }, { code: 1.5 }, { code: "  " },
    {}, { status: "503" }, { status: 99999 }, { status: NaN },
    { headers: { get: (name) => (name === "x-errno" ? "-46618" : name === "x-ci-request-id" ? "Y2k=" : null) } },
    { headers: { get: () => { throw new Error("no"); } } }, { headers: "x-errno: 1" }, { message: "", requestId: "", traceId: 7 },
  ];
  const sdk = [
    null, undefined, "a string", 42, cause,
    { statusCode: 503, code: "SlowDown", message: "Please reduce your request rate.", headers: { "x-cos-request-id": "c2xv", "x-errno": "-46618" },
      error: { Code: "SlowDown", Message: "Please reduce your request rate.", RequestId: "c2xv", TraceId: "dHJh" }, RequestId: "c2xv" },
    { statusCode: 500, code: "500", message: "Internal Server Error", headers: { "x-cos-request-id": "ZW1w" }, RequestId: "ZW1w" },
    { statusCode: 404, error: "a string error", headers: null },
    new Proxy({}, { get() { throw new Error("hostile"); } }),
  ];
  return {
    parts: parts.map((p) => show(m.errorFrom(p))),
    garbage: [null, undefined, 0, "x"].map((p) => show(m.errorFrom(p))),
    sdk: sdk.map((e) => { const got = m.fromCosError(e); return [...show(got), got.cause === e]; }),
    same: (() => { const e = m.errorFrom({ code: -46618 }); return m.fromCosError(e) === e; })(),
    keys: Object.keys(m.errorFrom({ status: 503, headers: { "x-errno": "-46618" }, cause })),
    made: [show(new m[m.errorFrom({}).name](null)), show(new m[m.errorFrom({}).name](-46618, 503, { serverMessage: "m", requestId: "r", traceId: "t", cause }))],
  };
};
const result = {};
for (const [variant, files] of Object.entries(config.modules)) {
  const m = require(path.resolve(files.js));
  const objects = {};
  for (const [key, value] of Object.entries(m)) {
    if (value !== null && typeof value === "object" && !Array.isArray(value)) {
      objects[key] = Object.entries(value);
    }
  }
  const lookups = {};
  for (const code of config.codes) {
    lookups[code] = m.lookup(code).map(pair);
  }
  const weird = [m.lookup("__proto__"), m.lookup("constructor"), m.lookup("toString"), m.lookup(NaN)];
  // Every code's and category's texts in every locale asked for (config.locales, in order), by localize.
  const probes = config.locales || [];
  const localized = probes.map((locale) => m.ERRORS.map((info) => m.localize(info, locale)));
  const localizedCategories = probes.map((locale) => m.CATEGORIES.map((info) => m.localizeCategory(info, locale)));
  // JSDoc tags as TypeScript itself reads them: per exported constant and per property.
  const source = ts.createSourceFile(files.ts, fs.readFileSync(files.ts, "utf8"), ts.ScriptTarget.ES2020, true);
  const tags = {};
  const statements = [];
  for (const statement of source.statements) {
    statements.push(kind(statement));
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      const properties = {};
      let init = declaration.initializer;
      if (init && ts.isAsExpression(init)) init = init.expression;
      if (init && ts.isObjectLiteralExpression(init)) {
        for (const property of init.properties) {
          properties[property.name.getText(source)] = ts.getJSDocTags(property).map((t) => t.tagName.text);
        }
      }
      tags[declaration.name.getText(source)] = {
        own: ts.getJSDocTags(declaration).map((t) => t.tagName.text),
        properties,
      };
    }
  }
  result[variant] = {
    exports: Object.keys(m).sort(),
    errors: m.ERRORS,
    categories: m.CATEGORIES,
    objects,
    lookups,
    headers: config.headers.map((h) => m.fromHeader(h).map(pair)),
    exceptions: config.headers.map((h) => {
      try {
        const e = m.exceptionFromHeader(h);
        return e === undefined ? null : [e.name, e.code, e.infos.map(pair), e.message, e.description, e instanceof m[e.name], e instanceof Error];
      } catch (error) {
        return [error.constructor.name, error.message];
      }
    }),
    headerArrays: [[], ["", " "], ["-46618", " -46618\n"], ["-46618", "-3006"], ["x"], ["", "-3006"]].map((h) => [
      m.fromHeader(h).map(pair),
      (() => { try { const e = m.exceptionFromHeader(h); return e === undefined ? null : e.code; } catch (error) { return error.constructor.name; } })(),
    ]),
    failures: errorProbes(m),
    headerNullish: [m.fromHeader(null), m.fromHeader(undefined), m.exceptionFromHeader(null) ?? null, m.exceptionFromHeader(undefined) ?? null],
    weird,
    locales: m.LOCALES,
    defaultLocale: m.DEFAULT_LOCALE,
    localized,
    localizedCategories,
    isLocale: probes.map((locale) => m.isLocale(locale)),
    tags,
    statements,
    pragmas: source.pragmas ? source.pragmas.size : 0,
  };
}
process.stdout.write(JSON.stringify(result));
"""

HEADER_PROBES = [
    " -46618 ",
    "-46618",
    "\t-46618\t",
    " \t -46618 \t ",
    "+1112",
    "1112",
    "-3006",
    "000000000000001112",
    "-0",
    "0",
    "",
    "   ",
    "-",
    "+",
    "--46618",
    "+-46618",
    "-46618x",
    "x-46618",
    "4 6618",
    "-46618 ,",
    "-46618\n",
    "\n-46618",
    "\r-46618",
    "\u00a0-46618",
    "-46618\u3000",
    "\uff11\uff11\uff11\uff12",
    "-\u0664\u0666\u0666\u0661\u0668",
    "0x10",
    "1e3",
    "1112.0",
    "1234567890123456789",
    "-1234567890123456789",
]


def hostile_doc(doc: Document) -> Document:
    """`doc` with every text replaced by hostile text, some entries retired, one empty retired category,
    and hostile texts in a second locale (`zh-Hant`) for most entries and categories."""
    categories = []
    index = 0
    n = len(HOSTILE_PIECES)
    for c in doc.categories:
        entries = []
        for e in c.entries:
            piece = HOSTILE_PIECES[index % n]
            # Every third entry has no text in the second locale: it falls back to the default's.
            texts = () if index % 3 == 2 else (Text("zh-Hant", HOSTILE_PIECES[(index + 5) % n], None if index % 2 else HOSTILE),)
            entries.append(
                replace(e, description=piece, action=HOSTILE if index % 3 else None, deprecated=index % 4 == 1, translations=texts)
            )
            index += 1
        texts = () if len(categories) == 1 else (Text("zh-Hant", HOSTILE_PIECES[len(categories)], HOSTILE if categories else None),)
        categories.append(replace(c, title=HOSTILE, fallback=HOSTILE, entries=tuple(entries), translations=texts))
    empty = Category("empty_category", "EmptyCategoryError", HOSTILE, None, (), 1, deprecated=True)
    source = "docs/evil\u2028\n@ts-nocheck\r\u202e.md"
    return replace(doc, source=source, categories=(*categories, empty), locales=("en", "zh-Hant"))


def empty_doc(doc: Document) -> Document:
    return replace(doc, categories=())


@dataclass
class Build:
    docs: dict[str, Document]
    texts: dict[str, str]
    check: subprocess.CompletedProcess[str]
    emit: subprocess.CompletedProcess[str]
    src: Path  # the sources, src/<variant>/ciErrorCodes.ts
    out: Path  # tsc's CommonJS, out/<variant>/ciErrorCodes.js
    decl: Path  # tsc's declarations, decl/<variant>/ciErrorCodes.d.ts
    own: Path  # errcodegen's own JavaScript and declarations (gen/<variant>/), Node's read-back


@typescript_sources("typescript")
def _sources() -> TsSources:
    """Every document rendered (conftest's TypeScript program compiles them with the others)."""
    current = named_model(names=NAMES)
    docs = {"current": current, "hostile": hostile_doc(current), "empty": empty_doc(current), "bilingual": bilingual_model()}
    texts, gen = {}, {}
    for variant, doc in docs.items():
        files = render(TARGET, doc, {})
        texts[variant] = files[f"{PACKAGE}/{FILE}"]
        # errcodegen's own JavaScript (an ES module: .mjs, which Node's require loads) and declarations.
        gen[f"gen/{variant}/ciErrorCodes.mjs"] = files[f"{PACKAGE}/ciErrorCodes.js"]
        gen[f"gen/{variant}/ciErrorCodes.d.ts"] = files[f"{PACKAGE}/ciErrorCodes.d.ts"]
    return TsSources({f"{v}/{FILE}": text for v, text in texts.items()}, files=gen, info=(docs, texts))


@pytest.fixture(scope="module")
def build(typescript_program: TsProgram) -> Build:
    """This module's part of conftest's TypeScript program (both tsc compilations)."""
    docs, texts = typescript_program.sources["typescript"].info
    check, emit = (typescript_program.verdict(step, "typescript/") for step in ("check", "emit"))
    program = typescript_program
    return Build(docs, texts, subprocess.CompletedProcess([], check[0], check[1], ""), subprocess.CompletedProcess([], emit[0], emit[1], ""), program.src("typescript"), program.out("typescript"),
                 program.decl("typescript"), program.own("typescript"))  # fmt: skip


@pytest.fixture(scope="module")
def readback(build: Build) -> dict[str, Any]:
    """What Node reads from every compiled module (see NODE_SCRIPT)."""
    assert build.emit.returncode == 0, build.emit.stdout
    node = require_tool("node")
    codes = sorted({e.code for d in build.docs.values() for _, e in d.entries()} | {0, 1, -1, 2**31, -(2**53 - 1)})
    config = {
        "typescript": str(ROOT / "node_modules" / "typescript"),
        "modules": {
            **{v: {"js": str(build.out / v / "ciErrorCodes.js"), "ts": str(build.src / v / FILE)} for v in build.docs},
            **{f"{v}.gen": {"js": str(build.own / "gen" / v / "ciErrorCodes.mjs"), "ts": str(build.src / v / FILE)} for v in build.docs},
        },
        "codes": codes,
        "headers": HEADER_PROBES,
        "locales": LOCALE_PROBES,
    }
    (build.own / "readback.json").write_text(json.dumps(config), encoding="ascii")
    (build.own / "readback.js").write_text(NODE_SCRIPT, encoding="utf-8")
    result = subprocess.run(
        [node, str(build.own / "readback.js"), str(build.own / "readback.json")], cwd=build.own, capture_output=True, timeout=120
    )
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    data: dict[str, Any] = json.loads(result.stdout.decode("utf-8"))
    return data


VARIANTS = ["current", "hostile", "empty", "bilingual"]


def expected_lookup(doc: Document, code: int) -> list[list[str]]:
    return [[v["category"], v["name"]] for v in vectors(doc) if v["code"] == code]


def expected_header(doc: Document, value: str) -> list[list[str]]:
    """The spec of fromHeader: spaces, tabs and newlines trimmed, optional sign, 1 to 18 ASCII digits
    (a safe integer)."""
    text = value.strip(" \t\r\n")
    if not re.fullmatch(r"[+-]?[0-9]{1,18}", text) or abs(int(text)) > 2**53 - 1:
        return []
    return expected_lookup(doc, int(text))


# --- compilation ---------------------------------------------------------------------


def test_compiles_as_strict_es_module(build: Build) -> None:
    assert build.check.returncode == 0, build.check.stdout


def test_compiles_to_commonjs(build: Build) -> None:
    assert build.emit.returncode == 0, build.emit.stdout
    for variant in build.docs:
        assert (build.out / variant / "ciErrorCodes.js").is_file()


# --- read back by Node -----------------------------------------------------------------


@pytest.mark.parametrize("variant", VARIANTS)
def test_exports_exactly_the_expected_names(build: Build, readback: dict[str, Any], variant: str) -> None:
    doc = build.docs[variant]
    assert readback[variant]["exports"] == sorted(FIXED_EXPORTS | {c.name for c in doc.categories} | {exception_name(view_of(doc))})


@pytest.mark.parametrize("variant", VARIANTS)
def test_errors_read_back_exactly(build: Build, readback: dict[str, Any], variant: str) -> None:
    doc = build.docs[variant]
    errors = readback[variant]["errors"]
    assert [{k: info[k] for k in ("category", "code", "name", "description", "action")} for info in errors] == vectors(doc)
    assert [info["deprecated"] for info in errors] == [e.deprecated for _, e in doc.entries()]
    keys = {"category", "code", "name", "description", "action", "deprecated"}
    # `translations` only where there are some: a page in one locale renders as it did before locales.
    assert [set(info) - {"seeAlso"} for info in errors] == [keys | ({"translations"} if e.translations else set()) for _, e in doc.entries()]
    assert [info.get("translations", {}) for info in errors] == [
        {t.locale: {"description": t.description, "action": t.action} for t in e.translations} for _, e in doc.entries()
    ]


@pytest.mark.parametrize("variant", VARIANTS)
def test_categories_read_back_exactly(build: Build, readback: dict[str, Any], variant: str) -> None:
    doc = build.docs[variant]
    assert readback[variant]["categories"] == [
        {
            "id": c.id,
            "title": c.title,
            "fallback": c.fallback,
            **({"translations": {t.locale: {"title": t.description, "fallback": t.action} for t in c.translations}} if c.translations else {}),
        }
        for c in doc.categories
    ]
    assert readback[variant]["objects"] == {c.name: [[e.name, e.code] for e in c.entries] for c in doc.categories}


@pytest.mark.parametrize("variant", VARIANTS)
def test_lookup(build: Build, readback: dict[str, Any], variant: str) -> None:
    doc = build.docs[variant]
    lookups = readback[variant]["lookups"]
    assert lookups == {str(code): expected_lookup(doc, int(code)) for code in lookups}
    assert readback[variant]["weird"] == [[], [], [], []]


@pytest.mark.parametrize("variant", VARIANTS)
def test_localize(build: Build, readback: dict[str, Any], variant: str) -> None:
    """localize/localizeCategory give each locale's texts, the default locale's for a locale without
    (or an entry without a text in it), and no inherited property of a plain object."""
    doc = build.docs[variant]
    got = readback[variant]
    assert got["locales"] == list(doc.locales) and got["defaultLocale"] == doc.locale
    assert got["isLocale"] == [locale in doc.locales for locale in LOCALE_PROBES]
    for index, locale in enumerate(LOCALE_PROBES):
        asked = locale if locale in doc.locales else doc.locale
        assert got["localized"][index] == [
            {"description": v["description"], "action": v["action"]} for v in localized_vectors(doc, asked)
        ], locale
        assert got["localizedCategories"][index] == [
            {"title": title, "fallback": fallback} for _, title, fallback in localized_categories(doc, asked)
        ], locale


def test_localize_reads_the_chinese_page(build: Build, readback: dict[str, Any]) -> None:
    doc = build.docs["bilingual"]
    zh = readback["bilingual"]["localized"][LOCALE_PROBES.index("zh")]
    assert len(zh) == len(doc.entries()) and all(e.text("zh") is not None for _, e in doc.entries())
    assert zh[0] == {"description": "无效的请求；请求报文无法识别。", "action": "请检查请求内容。"}
    assert all("\t" not in t["description"] and "  " not in t["description"] for t in zh)
    assert readback["bilingual"]["localizedCategories"][LOCALE_PROBES.index("zh")][3] == {"title": "内容审核错误码", "fallback": "内部错误"}
    hostile = build.docs["hostile"]
    assert any(not e.translations for _, e in hostile.entries()) and any(not c.translations for c in hostile.categories)


def test_lookup_spans_categories(readback: dict[str, Any]) -> None:
    assert readback["current"]["lookups"]["-3006"] == [["download", "FILE_ENCRYPTED"], ["file_preview", "FILE_ENCRYPTED"]]
    assert readback["current"]["lookups"]["0"] == []
    assert readback["empty"]["lookups"]["-3006"] == []


@pytest.mark.parametrize("variant", VARIANTS)
def test_from_header(build: Build, readback: dict[str, Any], variant: str) -> None:
    doc = build.docs[variant]
    assert readback[variant]["headers"] == [expected_header(doc, h) for h in HEADER_PROBES]
    assert readback[variant]["headerNullish"] == [[], [], None, None]


def test_from_header_examples(readback: dict[str, Any]) -> None:
    headers = dict(zip(HEADER_PROBES, readback["current"]["headers"]))
    assert headers[" -46618 "] == [["download", "SIGNATURE_AUTHENTICATION_FAILS"]]
    assert headers["-3006"] == [["download", "FILE_ENCRYPTED"], ["file_preview", "FILE_ENCRYPTED"]]
    assert headers["--46618"] == headers["\uff11\uff11\uff11\uff12"] == headers["\u00a0-46618"] == []
    assert headers["-46618\n"] == headers[" -46618 "]


@pytest.mark.parametrize("variant", VARIANTS)
def test_jsdoc_tags_are_only_the_generated_ones(build: Build, readback: dict[str, Any], variant: str) -> None:
    """TypeScript sees @deprecated exactly on retired codes and categories, and no other tag or pragma."""
    doc = build.docs[variant]
    tags = readback[variant]["tags"]
    for c in doc.categories:
        assert tags[c.name]["own"] == (["deprecated"] if c.deprecated else [])
        assert tags[c.name]["properties"] == {e.name: ["deprecated"] if e.deprecated else [] for e in c.entries}
    assert readback[variant]["pragmas"] == 0
    own = {"CATEGORIES", "ERRORS", "index", "headerValue", "DEFAULT_LOCALE", "LOCALES"}
    own |= {"unlisted", "statusClasses", "retryableStatuses", "retryableCodes", "statusRows"}  # the error's tables
    assert set(tags) == {c.name for c in doc.categories} | own


@pytest.mark.parametrize("variant", VARIANTS)
def test_statements(build: Build, readback: dict[str, Any], variant: str) -> None:
    """The module's statements, as TypeScript parses them: hostile text adds none."""
    head = ["TypeAliasDeclaration", "VariableStatement", "VariableStatement"]  # Locale, DEFAULT_LOCALE, LOCALES
    head += ["InterfaceDeclaration", "InterfaceDeclaration"]  # LocalizedText, CategoryText
    head += ["TypeAliasDeclaration", "InterfaceDeclaration"]  # CategoryId, CategoryInfo
    head += ["InterfaceDeclaration", "InterfaceDeclaration", "TypeAliasDeclaration"]  # Variant, ErrorInfoOf, ErrorInfo
    per_category = ["VariableStatement", "TypeAliasDeclaration"] * len(build.docs[variant].categories)
    tail = ["VariableStatement", "VariableStatement"]  # CATEGORIES, ERRORS
    tail += ["VariableStatement", "FunctionDeclaration", "FunctionDeclaration"]  # index, byCode, lookup
    tail += ["FunctionDeclaration", "FunctionDeclaration", "FunctionDeclaration"]  # localize, localizeCategory, isLocale
    tail += ["VariableStatement", "FunctionDeclaration"]  # headerValue, headerCode
    tail += ["FunctionDeclaration", "FunctionDeclaration"]  # fromHeader, exceptionFromHeader
    tail += ["TypeAliasDeclaration", "TypeAliasDeclaration"]  # Fault, HeadersLike
    tail += ["InterfaceDeclaration", "InterfaceDeclaration"]  # ErrorParts, ExceptionDetails
    tail += ["VariableStatement"] * 5  # unlisted, statusClasses, retryableStatuses, retryableCodes, statusRows
    tail += ["FunctionDeclaration", "FunctionDeclaration", "ClassDeclaration"]  # rowsOf, categoriesOf, the exception
    tail += ["FunctionDeclaration"] * 6  # describe, headerOf, textOf, firstOf, errorFrom, fromCosError
    assert readback[variant]["statements"] == head + per_category + tail


# --- the text itself -------------------------------------------------------------------


@pytest.mark.parametrize("variant", VARIANTS)
def test_text_shape(build: Build, variant: str) -> None:
    text = build.texts[variant]
    assert text.endswith("\n") and not text.endswith("\n\n")
    assert not set(text) & set("\r\x00\x85\u2028\u2029\ufeff\u202e\u2066")
    assert not any(line != line.rstrip() for line in text.split("\n"))
    assert "enum " not in text and "\t" not in text
    # The header's shape (its exact words for the current and the hostile page: the two tests below).
    first = text.split("\n", 1)[0]
    assert re.fullmatch(r"// Code generated by errcodegen from [^\n]+ \(sha256 [0-9a-f]{64}\)(, upstream [^\n]+ commit [0-9a-f]{12})?\. DO NOT EDIT\.", first), first
    assert f"(sha256 {build.docs[variant].sha256})" in first


def test_hostile_header_line(build: Build) -> None:
    sha = build.docs["hostile"].sha256
    first = build.texts["hostile"].split("\n", 1)[0]
    # Every `@` of a comment becomes U+FF20 (escape.py): `@ts-nocheck` is never a pragma.
    assert first == f"// Code generated by errcodegen from evil \uff20ts-nocheck \\u202e.md (sha256 {sha}). DO NOT EDIT."


def test_header_line(current_doc: Document) -> None:
    text = render(TARGET, current_doc, {})[f"{PACKAGE}/{FILE}"]
    assert text.startswith(f"// Code generated by errcodegen from ci-error-codes.en.md (sha256 {current_doc.sha256}). DO NOT EDIT.\n")


def test_comments_hold_no_upstream_tag(build: Build) -> None:
    """Every `@` left in a JSDoc comment of the hostile module is one the template wrote."""
    allowed = ("@packageDocumentation", "@deprecated Retired from the upstream page; kept for compatibility.")
    for line in build.texts["hostile"].splitlines():
        stripped = line.strip()
        if stripped.startswith(("/**", "*")):
            rest = stripped
            for tag in allowed:
                rest = rest.replace(tag, "", 1)
            assert "@" not in rest, line
        if stripped.startswith("/**") and stripped.endswith("*/"):
            assert stripped.count("*/") == 1, line


def test_deterministic(current_doc: Document) -> None:
    assert render(TARGET, current_doc, {}) == render(TARGET, current_doc, {})
    hostile = hostile_doc(current_doc)
    assert render(TARGET, hostile, {}) == render(TARGET, hostile, {})


def test_file_package_and_version_options(current_doc: Document) -> None:
    files = render(TARGET, current_doc, {"file": "errors.ts", "package": "my-errors", "version": "2.3.4-rc.1"})
    assert sorted(files) == sorted(["typescript/my-errors/package.json", *(f"typescript/my-errors/errors.{ext}" for ext in ("ts", "js", "d.ts"))])
    manifest = json.loads(files["typescript/my-errors/package.json"])
    assert (manifest["name"], manifest["version"], manifest["exports"]["."]["import"]) == ("my-errors", "2.3.4-rc.1", "./errors.js")
    for bad in ("../errors.ts", "sub/errors.ts", "errors.js", ".ts", "", "errors.d.ts"):
        with pytest.raises(ValueError):
            render(TARGET, current_doc, {"file": bad})
    for bad in ("My-Errors", "@scope/errors", ".errors", "_errors", "errors/x", "node_modules", "a" * 215, ""):
        with pytest.raises(ValueError):
            render(TARGET, current_doc, {"package": bad})
    for bad in ("1", "1.2", "01.2.3", "1.2.3+build", "v1.2.3", ""):
        with pytest.raises(ValueError):
            render(TARGET, current_doc, {"version": bad})


def test_package_json(current_doc: Document) -> None:
    """What npm and Node read: an ES module, its types first, no side effects (bundlers drop unused modules)."""
    files = render(TARGET, current_doc, {})
    manifest = json.loads(files[f"{PACKAGE}/package.json"])
    assert manifest["$comment"] == f"{files[f'{PACKAGE}/{FILE}'].split(chr(10), 1)[0][3:]}"
    assert (manifest["name"], manifest["version"], manifest["type"], manifest["sideEffects"]) == ("ci-error-codes", "0.1.0", "module", False)
    assert list(manifest["exports"]["."]) == ["types", "import", "require", "default"]
    assert manifest["exports"]["."]["types"] == "./ciErrorCodes.d.ts"
    assert sorted(manifest["files"]) == sorted(f.rsplit("/", 1)[1] for f in files if f != f"{PACKAGE}/package.json")


def test_refuses_what_would_not_round_trip(current_doc: Document) -> None:
    first = current_doc.categories[0]
    too_big = replace(first, entries=(replace(first.entries[0], code=2**53),))
    with pytest.raises(ValueError, match="exact range"):
        render(TARGET, replace(current_doc, categories=(too_big,)), {})
    assert render(TARGET, replace(current_doc, categories=(replace(too_big, entries=(replace(first.entries[0], code=-(2**53 - 1)),)),)), {})
    for name in ("ERRORS", "CategoryId", "Map"):
        with pytest.raises(ValueError, match="already declared"):
            render(TARGET, replace(current_doc, categories=(replace(first, name=name),)), {})
    with pytest.raises(ValueError, match="already declared"):
        render(TARGET, replace(current_doc, categories=(first, first)), {})
    # The product-named root exception clashes with a category's object of that name, or a declared name.
    with pytest.raises(ValueError, match="root exception TencentException"):
        render(TARGET, replace(current_doc, categories=(replace(first, name="TencentException"),)), {})
    cos = render(TARGET, replace(current_doc, product=Product("Cloud Object Storage", "COS")), {})
    assert "export class COSException extends Error {" in cos[f"{PACKAGE}/{FILE}"] and "CIException" not in cos[f"{PACKAGE}/{FILE}"]
    assert '{ value: "COSException",' in cos[f"{PACKAGE}/ciErrorCodes.js"] and "Cloud Object Storage" in cos[f"{PACKAGE}/package.json"]


# --- the JavaScript and declarations errcodegen writes beside the source ------------------


@pytest.mark.parametrize("variant", VARIANTS)
def test_declarations_are_the_ones_tsc_writes(build: Build, variant: str) -> None:
    """The `.d.ts` errcodegen wrote is tsc's, byte for byte, after errcodegen's header line."""
    assert build.check.returncode == 0, build.check.stdout
    ours = (build.own / "gen" / variant / "ciErrorCodes.d.ts").read_text(encoding="utf-8")
    header, rest = ours.split("\n", 1)
    assert header == build.texts[variant].split("\n", 1)[0]
    assert rest == (build.decl / variant / "ciErrorCodes.d.ts").read_text(encoding="utf-8")


@pytest.mark.parametrize("variant", VARIANTS)
def test_javascript_reads_back_as_tscs(readback: dict[str, Any], variant: str) -> None:
    """errcodegen's JavaScript (an ES module) gives Node exactly what tsc's JavaScript gives."""
    ours, tscs = readback[f"{variant}.gen"], readback[variant]
    assert set(ours) == set(tscs)
    for key in tscs:
        assert ours[key] == tscs[key], key


def expected_exception(doc: Document, value: str) -> Any:
    """The spec of exceptionFromHeader: None for a blank value; for a malformed one an unknown
    error carrying the raw value (never a throw); else the code's error, in the one message format."""
    text = value.strip(" \t\r\n")
    if text == "":
        return None
    unlisted = "An error code that the upstream error-code page does not list."
    exception = exception_name(view_of(doc))
    if not re.fullmatch(r"[+-]?[0-9]{1,18}", text) or abs(int(text)) > 2**53 - 1:
        return [exception, value, [], f"{value}: {unlisted}", unlisted, True, True]
    code = int(text)
    infos = expected_lookup(doc, code)
    rows = [v for v in vectors(doc) if v["code"] == code]
    description = rows[0]["description"] if rows else unlisted
    return [exception, code, infos, f"{code}: {description}", description, True, True]


@pytest.mark.parametrize("variant", VARIANTS)
def test_exception_from_header(build: Build, readback: dict[str, Any], variant: str) -> None:
    doc = build.docs[variant]
    assert readback[variant]["exceptions"] == [expected_exception(doc, h) for h in HEADER_PROBES]


def test_exception_from_header_examples(readback: dict[str, Any]) -> None:
    """Node's header values: a string, or several (`string[]`), which must agree."""
    got = dict(zip(HEADER_PROBES, readback["current"]["exceptions"]))
    assert got["-46618\n"][:3] == ["TencentException", -46618, [["download", "SIGNATURE_AUTHENTICATION_FAILS"]]]
    assert got["-3006"][2] == [["download", "FILE_ENCRYPTED"], ["file_preview", "FILE_ENCRYPTED"]]
    assert got["-0"][1] == 0 and got["   "] is None and got["x-46618"][:3] == ["TencentException", "x-46618", []]
    signature = [["download", "SIGNATURE_AUTHENTICATION_FAILS"]]
    assert readback["current"]["headerArrays"] == [
        [[], None],
        [[], None],
        [signature, -46618],
        [[], "-46618, -3006"],  # several values that disagree: the raw values
        [[], "x"],
        [[["download", "FILE_ENCRYPTED"], ["file_preview", "FILE_ENCRYPTED"]], -3006],
    ]


# One constant imported: what a bundler keeps of the package (esbuild --bundle --minify).
MAX_BUNDLE = 4096


@pytest.mark.parametrize(
    ("package", "entry", "constant"),
    [
        ("ci-error-codes", "ciErrorCodes.js", "DownloadError"),
        ("ci-media-processing-error-codes", "ciMediaProcessingErrorCodes.js", "ErrorCode"),
    ],
)
def test_one_constant_bundles_small(tmp_path: Path, package: str, entry: str, constant: str) -> None:
    """Tree-shaking: importing one constant keeps no table (the index is built on first lookup)."""
    esbuild = require_tool("esbuild", ROOT / "node_modules" / ".bin" / "esbuild")
    module = ROOT / "generated" / "typescript" / package / entry
    (tmp_path / "one.mjs").write_text(f"import {{ {constant} }} from {json.dumps(module.as_posix())};\nconsole.log({constant});\n")
    (tmp_path / "all.mjs").write_text(f"import * as m from {json.dumps(module.as_posix())};\nconsole.log(m.lookup);\n")
    sizes = {}
    for name in ("one", "all"):
        run = subprocess.run(
            [esbuild, f"{name}.mjs", "--bundle", "--minify", "--format=esm", f"--outfile={name}.out.js"],
            cwd=tmp_path, capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        assert run.returncode == 0, run.stderr
        sizes[name] = (tmp_path / f"{name}.out.js").stat().st_size
    assert sizes["one"] <= MAX_BUNDLE, f"importing {constant} bundles {sizes['one']} bytes (at most {MAX_BUNDLE})"
    # The measure can fail: a lookup keeps the table, many times the limit.
    assert sizes["all"] > 2 * sizes["one"], f"lookup bundles only {sizes['all']} bytes, one constant {sizes['one']}"
    print(f"{package}: one constant {sizes['one']} bytes, lookup {sizes['all']} bytes")


def test_error_from_never_throws(readback: dict[str, Any]) -> None:
    """errorFrom and fromCosError on the current page: the code, the ids, the category the
    status decides, fault and retryable; anything malformed gives an unknown error, never a throw."""
    got = readback["current"]["failures"]
    unlisted = "An error code that the upstream error-code page does not list."
    signature = "Signature authentication fails."
    sig = got["parts"][0]
    assert sig[:9] == ["TencentException", -46618, 403, "Access Denied.", "NjE0", "dHJh", ["download"], "client", False]
    assert sig[9] == f"-46618 (HTTP 403): {signature} [server message: Access Denied.; request id: NjE0; trace id: dHJh]"
    assert sig[12] is True  # the cause, an own property
    assert got["parts"][1][1:3] == ["abc", 403] and got["parts"][1][4] == "given" and got["parts"][1][9] == f"abc (HTTP 403): {unlisted} [request id: given]"
    encrypted = got["parts"][2]
    assert encrypted[1:3] == [-3006, 503] and encrypted[6] == ["download", "file_preview"] and encrypted[7:9] == ["server", True]
    assert got["parts"][3][1] == -3006 and got["parts"][3][7:9] == ["server", True]
    assert got["parts"][4][1] == -3006 and got["parts"][4][7:9] == ["client", False]
    assert got["parts"][5][1:3] == ["AccessDenied", 429] and got["parts"][5][6:9] == [[], "client", True]
    assert got["parts"][6][1] == "1.5" and got["parts"][7][1] is None
    assert got["parts"][8][1:3] == [None, None] and got["parts"][8][9] == unlisted and got["parts"][8][12] is None
    assert [p[2] for p in got["parts"][9:12]] == [None, None, None]  # a status must be an integer 0-999
    assert got["parts"][12][1] == -46618 and got["parts"][12][4] == "Y2k="
    assert [p[1] for p in got["parts"][13:15]] == [None, None]
    assert got["parts"][15][3:6] == [None, None, "7"]
    assert [g[1] for g in got["garbage"]] == [None] * 4
    slow, empty = got["sdk"][5], got["sdk"][6]
    assert slow[1:6] == [-46618, 503, "Please reduce your request rate.", "c2xv", "dHJh"] and slow[7:9] == ["server", True] and slow[-1] is True
    assert empty[1:6] == [None, 500, None, "ZW1w", None] and empty[7:9] == ["server", True] and empty[-1] is True
    assert got["sdk"][7][1:3] == [None, 404]
    assert all(s[-1] is True and s[0] == "TencentException" for s in got["sdk"])  # the SDK's error is the cause, even a hostile one
    # Short forms: name, infos and cause are not enumerable (Node's inspection, JSON.stringify).
    assert got["same"] is True  # fromCosError returns its own kind of error as it is
    assert got["keys"] == ["code", "status", "serverMessage", "requestId", "traceId", "categories", "fault", "retryable"]
    assert got["made"][1][9] == f"-46618 (HTTP 503): {signature} [server message: m; request id: r; trace id: t]"


# ---------------------------------------------------------------------------------------
# Every golden case's modules, in conftest's one TypeScript program


@pytest.mark.slow
@pytest.mark.parametrize("folder", golden_outputs("typescript"), ids=lambda p: p.relative_to(GOLDEN).as_posix())
def test_every_golden_typescript_module_compiles_strictly(folder: Path, typescript_program: TsProgram) -> None:
    problem = typescript_verdict(typescript_program, folder)
    assert problem is None, problem

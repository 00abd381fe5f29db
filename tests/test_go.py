"""The generated Go module: gofmt-clean, vet-clean, and reads back exactly the model.

Each rendered module is copied into a temporary folder together with a generated
`roundtrip_test.go`; one `go vet` and one `go test` per module (sharing the build cache)
print JSON that the tests below compare with the model: what the code reads back, and
the package's top-level declarations as go/ast sees them.
"""

from __future__ import annotations

import dataclasses
import json
import os
import re
import subprocess
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from errcodegen.targets.go.escape import go_str
from errcodegen.model import Category, Document, Entry, Text
from errcodegen.targets import go as go_target
from errcodegen.view import View

from .conftest import (
    render,
    GOLDEN, NAMES, ROOT, GoModule, GoProgram, bilingual_model, go_modules, go_verdict, golden_outputs, localized_categories,
    localized_vectors, named_model, require_tool, vectors,
)  # fmt: skip

HEADER = re.compile(r"^// Code generated .* DO NOT EDIT\.$")
DIRECTIVE = re.compile(r"^\s*//(go:|line )|^\s*/\*line ", re.M)
HEADER_VALUES = [
    " -46618 ", "-46618", "\t-46618\t", "+1007", "1007", "-3006", "", " ", "-", "+", "--1", "+-1",
    "abc", "0x10", "1 007", "-46618\n", "\u0661\u0660\u0660\u0667", "１２３", "-4661８", "9" * 19, "0" * 18 + "1",
]

# ErrorFromHeader's values: those, and what only it trims, and codes in no or several categories.
ERROR_HEADER_VALUES = HEADER_VALUES + ["\r\n", " -46618\r\n", "\n-3006\n", "-3008", "-99999", "12345", "-1"]

# Upstream text that tries to escape its string literal or comment, or to be read as code.
HOSTILE = [
    "*/ func init(){} /*",
    "\nfunc init() {}\n",
    "go:generate rm -rf /",
    "x\ngo:generate rm -rf /",
    "x\n//go:generate rm -rf /\n//line evil.go:1",
    'quote " backslash \\ backtick ` and `raw` and \\"',
    "line\u2028separator\u2029paragraph\x85next",
    "nul\x00byte and \x1b escape and \x7f del",
    "cr\rcrlf\r\nend\r",
    "bidi \u202ereversed\u202c and \u2066isolate\u2069 and bom \ufeff",
    "{{ 7*7 }} {% if true %}{% endif %} ${x}",
    "tab\tand nbsp\u00a0and ideographic\u3000space",
    "astral \U0001f600 and tag \U000e0001",
    "trailing backslash \\",
    "// +build ignore",
    "Deprecated: not really",
    "- looks like a list item\n    and an indented code block",
    "[link]: https://example.com",
    "\\u0041 and \\x00 spelled out",
    "lone \ud800 surrogate",
]
SURROGATES = re.compile("[\ud800-\udfff]")
# Locales asked for: the pages', and some no page has (they give the default locale's texts).
LOCALE_PROBES = ["en", "zh", "zh-Hant", "fr", "", "ZH"]


def readable(text: str | None) -> str | None:
    """What Go reads back for `text`: a lone surrogate cannot be in a Go string, it becomes U+FFFD."""
    return None if text is None else SURROGATES.sub("\ufffd", text)


def hostile_doc(doc: Document) -> Document:
    """`doc` with hostile titles, fallbacks, descriptions and actions, a few entries deprecated,
    a deprecated category, an empty category, and a hostile source file name."""
    everything = "".join(HOSTILE)
    n = len(HOSTILE)
    categories = []
    k = 0
    for i, c in enumerate(doc.categories):
        entries = []
        for e in c.entries:
            entries.append(
                dataclasses.replace(
                    e,
                    description=everything if k == 0 else HOSTILE[k % n],
                    action=None if k % 5 == 4 else (everything if k == 1 else HOSTILE[(k + 7) % n]),
                    deprecated=k % 3 == 0,
                    # A text in the second locale for two entries of three.
                    translations=() if k % 3 == 2 else (Text("zh-Hant", HOSTILE[(k + 3) % n], None if k % 2 else everything),),
                )
            )
            k += 1
        categories.append(
            dataclasses.replace(
                c,
                title=HOSTILE[i % n] + " " + everything if i == 0 else HOSTILE[(i + 3) % n],
                fallback=everything if i % 2 else None,
                deprecated=i == 1,
                entries=tuple(entries),
                translations=() if i == 2 else (Text("zh-Hant", HOSTILE[(i + 5) % n], None if i % 2 else everything),),
            )
        )
    categories.append(Category("empty_things", "EmptyThingsError", "\n*/ empty {{ x }}", "\u202e", (), 1))
    source = "source_docs/evil\n//go:generate rm -rf /\u2028*/.md"
    return dataclasses.replace(doc, source=source, categories=tuple(categories), locales=("en", "zh-Hant"))


def empty_doc(doc: Document) -> Document:
    return dataclasses.replace(doc, categories=())


# The expected Go names are not computed with the generator's own naming: they are read back
# from the committed module (`make check` keeps it what `make generate` writes), keyed by
# (type, code), and a few representative ones are written out in REPRESENTATIVE below. The
# models built here (hostile texts, an empty category, the merged page) keep the current
# page's categories and codes, so every constant they have is in the committed module.
COMMITTED_GO = ROOT / "generated" / "go" / "ci-error-codes" / "cierrors.go"
CONST_LINE = re.compile(r"^\t([A-Za-z][A-Za-z0-9_]*) ([A-Za-z][A-Za-z0-9_]*Error) = (-?[0-9]+)$", re.M)
REPRESENTATIVE = {
    ("DownloadError", -103): "DownloadInvalidRequest",
    ("DownloadError", -104): "DownloadInvalidAppID",  # Go's initialisms: INVALID_APPID
    ("DownloadError", -106): "DownloadInvalidURL",
    ("DownloadError", -109): "DownloadInvalidStyleNameID",
    ("ContentModerationError", -65014): "ContentModerationNoCIRole",
    ("DownloadError", -113): "DownloadFileTypeNotSupported113",  # a twin name: the code tells them apart
    ("DownloadError", -46618): "DownloadSignatureAuthenticationFails",
    ("DownloadError", -3006): "DownloadFileEncrypted",  # -3006 is in two categories: one constant each
    ("FilePreviewError", -3006): "FilePreviewFileEncrypted",
    ("PersistenceProcessingError", -60998): "PersistenceProcessingImageProcessingParameterInvalid",
    ("MediaProcessingError", 1013): "MediaProcessingInvalidAuthorization",
}


def go_consts(source: str) -> dict[tuple[str, int], str]:
    """{(type, code): constant} as a Go source declares them (`\tName Type = -103` lines)."""
    found = CONST_LINE.findall(source)
    consts = {(t, int(code)): name for name, t, code in found}
    assert len(consts) == len(found), "two constants of one type with one code"
    return consts


# `func (DownloadError) Category() string {\n\treturn "download"\n}`: a category's Go type and id.
CATEGORY_METHOD = re.compile(r'^func \(([A-Za-z][A-Za-z0-9_]*)\) Category\(\) string \{\n\treturn ("(?:[^"\\]|\\.)*")\n\}$', re.M)


def go_types(source: str) -> dict[str, str]:
    """{category id: Go type} as a Go source declares them (each type's Category method)."""
    return {json.loads(literal): name for name, literal in CATEGORY_METHOD.findall(source)}


def committed_go_names() -> dict[tuple[str, int], str]:
    """{(type, code): constant} of the committed generated/go/ci-error-codes/cierrors.go."""
    return go_consts(COMMITTED_GO.read_text(encoding="utf-8"))


def go_names(doc: Document, source: str | None = None) -> list[tuple[Category, list[tuple[Entry, str]]]]:
    """Every category of `doc`, named by its Go type, with each entry and its constant, as the Go
    `source` declares them (default: the committed module's)."""
    source = COMMITTED_GO.read_text(encoding="utf-8") if source is None else source
    names, types = go_consts(source), go_types(source)
    out = []
    for c in doc.categories:
        go_type = types.get(c.id, c.name)  # a category the committed module lacks keeps its name
        out.append((dataclasses.replace(c, name=go_type), [(e, names[(go_type, int(e.code))]) for e in c.entries]))
    return out


def test_the_committed_module_has_the_representative_names() -> None:
    names = committed_go_names()
    assert {key: names.get(key) for key in REPRESENTATIVE} == REPRESENTATIVE


# ---------------------------------------------------------------------------------------
# Building and running the modules


def roundtrip_test_source(doc: Document) -> str:
    """A Go test file (package cierrors) that prints what the package reads back, and its
    top-level declarations, as JSON lines."""
    groups = go_names(doc)
    consts = "".join(f"\t\t{{{go_str(k)}, {k}, int({k})}},\n" for _, consts in groups for _, k in consts)
    unknown = "".join(f"\t\t{{{go_str(c.name)}, {c.name}(-1), -1}},\n" for c, _ in groups)
    headers = "".join(f"\t\t{go_str(h)},\n" for h in HEADER_VALUES)
    probes = "".join(f"\t\t{go_str(locale)},\n" for locale in LOCALE_PROBES)
    error_headers = "".join(f"\t\t{go_str(h)},\n" for h in ERROR_HEADER_VALUES)
    per_type = "".join(
        f"""	{{
		var out []interface{{}}
		for _, v := range {c.name}Values() {{
			text, err := v.MarshalText()
			var back {c.name}
			uerr := back.UnmarshalText(text)
			parsed, perr := Parse{c.name}(v.String())
			b, jerr := json.Marshal(map[string]{c.name}{{"k": v}})
			var decoded map[string]{c.name}
			derr := json.Unmarshal(b, &decoded)
			out = append(out, []interface{{}}{{int(v), string(text), err == nil && uerr == nil && back == v, perr == nil && parsed == v,
				jerr == nil && derr == nil && decoded["k"] == v, v.Error()}})
		}}
		text, _ := {c.name}(-1).MarshalText()
		var back {c.name}
		uerr := back.UnmarshalText(text)
		_, perr := Parse{c.name}("NO SUCH NAME")
		nerr := back.UnmarshalText([]byte("NO SUCH NAME"))
		types[{go_str(c.id)}] = map[string]interface{{}}{{"values": out, "unknownText": string(text), "unknownBack": int(back),
			"unknownBackOK": uerr == nil, "parseRefused": perr != nil, "unmarshalRefused": nerr != nil, "unknownError": {c.name}(-1).Error()}}
	}}
"""
        for c, _ in groups
    )
    return f"""package cierrors

import (
	"encoding/json"
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"path/filepath"
	"strings"
	"testing"
)

type coded interface {{
	String() string
	Description() string
	Action() string
	DescriptionIn(locale string) string
	ActionIn(locale string) string
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

func emit(t *testing.T, label string, v interface{{}}) {{
	b, err := json.Marshal(v)
	if err != nil {{
		t.Fatal(err)
	}}
	fmt.Println(label + " " + string(b))
}}

func TestRoundTrip(t *testing.T) {{
	type named struct {{
		name string
		c    coded
		code int
	}}
	var constants []reading
	for _, k := range []named{{
{consts}	}} {{
		constants = append(constants, read(k.name, k.c, k.code))
	}}
	var unknown []reading
	for _, k := range []named{{
{unknown}	}} {{
		unknown = append(unknown, read(k.name, k.c, k.code))
	}}
	headers := map[string][]Info{{}}
	for _, h := range []string{{
{headers}	}} {{
		headers[h] = FromHeader(h)
	}}
	// Per locale asked for: every constant's, Info's and category's texts in it.
	localized := map[string]interface{{}}{{}}
	for _, locale := range []string{{
{probes}	}} {{
		var constants, infos, categories, unknown [][2]string
		for _, k := range []named{{
{consts}	}} {{
			constants = append(constants, [2]string{{k.c.DescriptionIn(locale), k.c.ActionIn(locale)}})
		}}
		for _, k := range []named{{
{unknown}	}} {{
			unknown = append(unknown, [2]string{{k.c.DescriptionIn(locale), k.c.ActionIn(locale)}})
		}}
		for _, info := range All() {{
			infos = append(infos, [2]string{{info.DescriptionIn(locale), info.ActionIn(locale)}})
		}}
		for _, c := range Categories() {{
			categories = append(categories, [2]string{{c.TitleIn(locale), c.FallbackIn(locale)}})
		}}
		localized[locale] = map[string]interface{{}}{{"constants": constants, "infos": infos, "categories": categories, "unknown": unknown}}
	}}
	// What All and Lookup return shares nothing with the package's table.
	for _, info := range append(All(), Lookup(-3006)...) {{
		for i := range info.Translations {{
			info.Translations[i].Description = "changed"
		}}
		info.Translations = append(info.Translations, LocalizedText{{Locale: "xx"}})
	}}
	emit(t, "LOCALIZED", map[string]interface{{}}{{
		"locales":       Locales(),
		"defaultLocale": DefaultLocale,
		"localized":     localized,
		"after":         All(),
	}})
	emit(t, "ROUNDTRIP", map[string]interface{{}}{{
		"all":        All(),
		"categories": Categories(),
		"lookup3006": Lookup(-3006),
		"lookup12345": Lookup(12345),
		"headers":    headers,
		"constants":  constants,
		"unknown":    unknown,
	}})
}}

func TestErrors(t *testing.T) {{
	type named struct {{
		name string
		c    coded
		code int
	}}
	all := []named{{
{consts}	}}
	headers := map[string]interface{{}}{{}}
	for _, h := range []string{{
{error_headers}	}} {{
		err := ErrorFromHeader(h)
		matched := []string{{}}
		for _, k := range all {{
			if errors.Is(err, k.c.(error)) {{
				matched = append(matched, k.name)
			}}
		}}
		var unknown *UnknownError
		var unknownCode interface{{}}
		if errors.As(err, &unknown) {{
			unknownCode = unknown.Code
		}}
		message := ""
		if err != nil {{
			message = err.Error()
		}}
		headers[h] = map[string]interface{{}}{{"nil": err == nil, "malformed": errors.Is(err, ErrMalformedHeader), "unknown": unknownCode,
			"matched": matched, "message": message}}
	}}
	types := map[string]interface{{}}{{}}
{per_type}	emit(t, "ERRORS", map[string]interface{{}}{{"headers": headers, "types": types}})
}}

func TestDecls(t *testing.T) {{
	files, err := filepath.Glob("*.go")
	if err != nil {{
		t.Fatal(err)
	}}
	var decls []string
	docLines := map[string]int{{}}
	fset := token.NewFileSet()
	for _, name := range files {{
		if strings.HasSuffix(name, "_test.go") {{
			continue
		}}
		f, err := parser.ParseFile(fset, name, nil, parser.ParseComments)
		if err != nil {{
			t.Fatal(err)
		}}
		decls = append(decls, "package "+f.Name.Name)
		for _, d := range f.Decls {{
			switch d := d.(type) {{
			case *ast.FuncDecl:
				if d.Recv != nil {{
					recv := types.ExprString(d.Recv.List[0].Type)
					decls = append(decls, "method "+recv+"."+d.Name.Name)
				}} else {{
					decls = append(decls, "func "+d.Name.Name)
				}}
			case *ast.GenDecl:
				for _, s := range d.Specs {{
					switch s := s.(type) {{
					case *ast.ImportSpec:
						decls = append(decls, "import "+s.Path.Value)
					case *ast.TypeSpec:
						decls = append(decls, "type "+s.Name.Name)
					case *ast.ValueSpec:
						for _, n := range s.Names {{
							decls = append(decls, d.Tok.String()+" "+n.Name)
							if s.Doc != nil {{
								docLines["const "+n.Name] = len(s.Doc.List)
							}}
						}}
					}}
				}}
			}}
		}}
	}}
	emit(t, "DECLS", map[string]interface{{}}{{"decls": decls, "doc_lines": docLines}})
}}
"""


@dataclasses.dataclass
class Built:
    doc: Document
    root: Path
    files: dict[str, str]
    gofmt: str
    vet: subprocess.CompletedProcess[str]
    test: subprocess.CompletedProcess[str]
    gomod_after: str

    def output(self, label: str) -> Any:
        assert self.test.returncode == 0, self.test.stdout + self.test.stderr
        for line in self.test.stdout.split("\n"):
            if line.startswith(label + " "):
                return json.loads(line[len(label) + 1 :])
        raise AssertionError(f"no {label} line in:\n{self.test.stdout}")

    @property
    def source(self) -> str:
        return self.files["go/ci-error-codes/cierrors.go"]


@go_modules("go")
def _go_modules() -> tuple[dict[str, GoModule], dict[str, tuple[Document, dict[str, str]]]]:
    """The four documents' modules with their round-trip test (conftest's one gofmt and go vet)."""
    current = named_model(names=NAMES)
    docs = {"current": current, "hostile": hostile_doc(current), "empty": empty_doc(current), "bilingual": bilingual_model()}
    rendered = {name: (doc, render(go_target, doc, {})) for name, doc in docs.items()}
    modules = {
        name: GoModule({rel.removeprefix("go/ci-error-codes/"): str(text) for rel, text in files.items()}, {"roundtrip_test.go": roundtrip_test_source(doc)})
        for name, (doc, files) in rendered.items()
    }  # fmt: skip
    return modules, rendered


def go_test(module: Path, env: dict[str, str], go: str, pattern: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([go, "test", "-count=1", "-run", pattern, "-v", "."], cwd=module, capture_output=True, text=True, env=env)


@pytest.fixture(scope="module")
def built(go_program: GoProgram, toolchain) -> dict[str, Built]:  # type: ignore[no-untyped-def]
    """Each module's gofmt and vet verdicts (conftest's go_program), and its own go test (in parallel)."""
    go, _, env = toolchain
    rendered = go_program.info["go"]
    modules = go_program.modules["go"]
    with ThreadPoolExecutor(len(modules)) as pool:
        tests = {name: pool.submit(go_test, module, env, go, "^(TestRoundTrip|TestErrors|TestDecls)$") for name, module in modules.items()}
        found = {}
        for name, module in modules.items():
            doc, files = rendered[name]
            fmt, (status, said) = go_program.verdict("go", name)
            vet = subprocess.CompletedProcess(["go", "vet"], status, said, "")
            found[name] = Built(doc, module, files, fmt, vet, tests[name].result(), (module / "go.mod").read_text(encoding="utf-8"))
        return found


# ---------------------------------------------------------------------------------------
# What every module must satisfy

MODULES = ["current", "hostile", "empty", "bilingual"]


def expected_decls(doc: Document, source: str | None = None) -> list[str]:
    decls = ["package cierrors", 'import "errors"', 'import "net/http"', 'import "reflect"', 'import "strconv"', 'import "strings"']
    decls += ["const DefaultLocale", "func Locales"]
    decls += ["type LocalizedText", "type CategoryText"]
    decls += ["type Info", "type Variant", "method Variant.DescriptionIn", "method Variant.ActionIn", "method Info.DescriptionIn", "method Info.ActionIn"]
    decls += ["type CategoryInfo", "method CategoryInfo.TitleIn", "method CategoryInfo.FallbackIn", "func Categories"]
    for c, consts in go_names(doc, source):
        decls.append(f"type {c.name}")
        decls += [f"const {k}" for _, k in consts]
        methods = ("String", "Description", "Action", "DescriptionIn", "ActionIn", "Category", "Deprecated", "Error", "MarshalText")
        decls += [f"method {c.name}.{m}" for m in methods]
        decls += [f"method *{c.name}.UnmarshalText", f"func Parse{c.name}", f"func {c.name}Values", f"method {c.name}.info"]
    decls += ["var infos", "func clone", "func All", "func Lookup", "func listed", "type statusRow", "method statusRow.description"]
    decls += ["var statusRows", "func FromHeader", "func formatCode", "func headerCode"]
    decls += ["type UnknownError", "method *UnknownError.Error", "var ErrMalformedHeader", "type malformedHeaderError"]
    decls += ["method *malformedHeaderError.Error", "method *malformedHeaderError.Unwrap", "func ErrorFromHeader", "func codeError"]
    return decls + response_decls(bool(View(doc).status_classes))


def response_decls(classes: bool) -> list[str]:
    """The declarations of the error response (targets/go/templates/response.go.j2), in both kinds of package."""
    decls = ["type Fault", "const FaultClient", "const FaultServer", "type Response", "type Error", "const unknownDescription"]
    decls += ["func New", "method *Error.Known", "method *Error.Description", "method *Error.Error", "method *Error.GoString"]
    decls += ["method *Error.Unwrap", "func FromError", "var responseType", "func fromShape", "func stringField", "func headerValue"]
    decls += ["func retryableStatus", "func retryableCode", "func statusClass"]
    return decls + ["var classCategories"] * classes + ["func categoriesOf"]


@pytest.mark.parametrize("name", MODULES)
def test_gofmt_leaves_it_unchanged(built: dict[str, Built], name: str) -> None:
    assert built[name].gofmt == ""


@pytest.mark.parametrize("name", MODULES)
def test_go_vet_passes(built: dict[str, Built], name: str) -> None:
    vet = built[name].vet
    assert vet.returncode == 0, vet.stdout + vet.stderr


@pytest.mark.parametrize("name", MODULES)
def test_go_commands_leave_go_mod_alone(built: dict[str, Built], name: str) -> None:
    assert built[name].gomod_after == built[name].files["go/ci-error-codes/go.mod"]


@pytest.mark.parametrize("name", MODULES)
def test_declarations_are_exactly_the_expected_ones(built: dict[str, Built], name: str) -> None:
    out = built[name].output("DECLS")
    assert out["decls"] == expected_decls(built[name].doc)
    # Every constant's doc comment is one line, plus two for a deprecation paragraph:
    # no upstream text started a line of its own.
    assert {k: v for k, v in out["doc_lines"].items() if k.startswith("const ")} == {
        f"const {k}": 3 if e.deprecated else 1 for _, consts in go_names(built[name].doc) for e, k in consts
    }


@pytest.mark.parametrize("name", MODULES)
def test_source_shape(built: dict[str, Built], name: str) -> None:
    b = built[name]
    assert set(b.files) == {"go/ci-error-codes/go.mod", "go/ci-error-codes/cierrors.go"}
    for text in b.files.values():
        lines = text.split("\n")
        assert HEADER.match(lines[0]), lines[0]
        assert text.endswith("\n") and not text.endswith("\n\n")
        assert "\r" not in text
        assert not DIRECTIVE.search(text)
    assert "\npackage cierrors\n" in b.source
    assert b.files["go/ci-error-codes/go.mod"].split("\n")[1:] == [
        "", "module github.com/errcodegen/ci-error-codes/generated/go/ci-error-codes", "", "go 1.20", "",
    ]
    assert render(go_target, b.doc, {}) == b.files


def read_back(info: dict[str, Any]) -> dict[str, Any]:
    return {
        "category": info["Category"],
        "code": info["Code"],
        "name": info["Name"],
        "description": info["Description"],
        "action": info["Action"] or None,
    }


def expected_vectors(doc: Document) -> list[dict[str, Any]]:
    return [{**v, "description": readable(v["description"]), "action": readable(v["action"])} for v in vectors(doc)]


@pytest.mark.parametrize("name", MODULES)
def test_reads_back_the_model(built: dict[str, Built], name: str) -> None:
    b = built[name]
    out = b.output("ROUNDTRIP")
    assert [read_back(i) for i in out["all"] or []] == expected_vectors(b.doc)
    assert [i["Deprecated"] for i in out["all"] or []] == [e.deprecated for _, e in b.doc.entries()]
    assert [(c["ID"], c["Title"], c["Fallback"] or None) for c in out["categories"] or []] == [
        (c.id, readable(c.title), readable(c.fallback) or None) for c in b.doc.categories
    ]
    expected = [
        {
            "Go": k,
            "Code": e.code,
            "String": e.name,
            "Description": readable(e.description),
            "Action": readable(e.action) or "",
            "Category": c.id,
            "Deprecated": e.deprecated,
        }
        for c, consts in go_names(b.doc)
        for e, k in consts
    ]
    assert (out["constants"] or []) == expected
    assert (out["unknown"] or []) == [
        {"Go": c.name, "Code": -1, "String": f"{c.name}(-1)", "Description": "", "Action": "",
         "Category": c.id, "Deprecated": False}
        for c, _ in go_names(b.doc)
    ]


@pytest.mark.parametrize("name", MODULES)
def test_reads_back_every_locale(built: dict[str, Built], name: str) -> None:
    """DescriptionIn/ActionIn (of constants and of Info) and TitleIn/FallbackIn give each locale's
    texts, the default locale's for a locale without (or an item without a text in it)."""
    b = built[name]
    out = b.output("LOCALIZED")
    assert out["locales"] == list(b.doc.locales) and out["defaultLocale"] == b.doc.locale
    order = [e for _, consts in go_names(b.doc) for e, _ in consts]  # constants are grouped by category
    for locale in LOCALE_PROBES:
        asked = locale if locale in b.doc.locales else b.doc.locale
        vecs = localized_vectors(b.doc, asked)
        pairs = [[readable(v["description"]), readable(v["action"]) or ""] for v in vecs]
        got = out["localized"][locale]
        assert (got["infos"] or []) == pairs, locale
        by_entry = {id(e): pair for (_, e), pair in zip(b.doc.entries(), pairs)}
        assert (got["constants"] or []) == [by_entry[id(e)] for e in order], locale
        assert (got["unknown"] or []) == [["", ""]] * len(b.doc.categories), locale
        assert (got["categories"] or []) == [
            [readable(title), readable(fallback) or ""] for _, title, fallback in localized_categories(b.doc, asked)
        ], locale
    # Changing what All and Lookup returned changed nothing in the package.
    assert [i["Translations"] or [] for i in out["after"] or []] == [
        [{"Locale": t.locale, "Description": readable(t.description), "Action": readable(t.action) or ""} for t in e.translations]
        for _, e in b.doc.entries()
    ]


def test_reads_the_chinese_page(built: dict[str, Built]) -> None:
    b = built["bilingual"]
    zh = b.output("LOCALIZED")["localized"]["zh"]
    assert zh["infos"][0] == ["无效的请求；请求报文无法识别。", "请检查请求内容。"]
    assert zh["categories"][3] == ["内容审核错误码", "内部错误"]
    assert all("\t" not in d and "  " not in d for d, _ in zh["infos"])
    assert '\t{Category: "download", Name: "INVALID_REQUEST", Code: -103, Description: "Invalid request. The request packet cannot be recognized.", Action: "Check the content of the request.", Translations: []LocalizedText{{Locale: "zh", Description: "无效的请求；请求报文无法识别。", Action: "请检查请求内容。"}}},\n' in b.source


def from_header(value: str, vecs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The reference semantics (the Python target's): trim spaces/tabs, optional sign, ASCII digits."""
    text = value.strip(" \t")
    digits = text[1:] if text[:1] in ("-", "+") else text
    if not (0 < len(digits) <= 18 and digits.isascii() and digits.isdigit()):
        return []
    return [v for v in vecs if v["code"] == int(text)]


@pytest.mark.parametrize("name", MODULES)
def test_lookup_and_from_header(built: dict[str, Built], name: str) -> None:
    b = built[name]
    out = b.output("ROUNDTRIP")
    vecs = expected_vectors(b.doc)
    assert [read_back(i) for i in out["lookup3006"] or []] == [v for v in vecs if v["code"] == -3006]
    assert out["lookup12345"] is None
    assert set(out["headers"]) == set(HEADER_VALUES)
    for value in HEADER_VALUES:
        assert [read_back(i) for i in out["headers"][value] or []] == from_header(value, vecs), repr(value)


# What an error response's message says of a code that the page does not list (issue 19's shared text).
UNKNOWN_DESCRIPTION = "An error code that the upstream error-code page does not list."


def header_code(value: str) -> int | None:
    """The reference: an optional sign and up to 18 ASCII digits, once spaces, tabs, CR and LF around it are trimmed."""
    text = value.strip(" \t\r\n")
    digits = text[1:] if text[:1] in ("-", "+") else text
    return int(text) if 0 < len(digits) <= 18 and digits.isascii() and digits.isdigit() else None


@pytest.mark.parametrize("name", MODULES)
def test_error_from_header(built: dict[str, Built], name: str) -> None:
    """nil for a blank value; a malformed value matches ErrMalformedHeader and nothing else; a
    code matches (errors.Is) exactly the constants with that code, in every category; an unknown
    code is an *UnknownError keeping it."""
    b = built[name]
    out = b.output("ERRORS")["headers"]
    assert set(out) == set(ERROR_HEADER_VALUES)
    consts = [(e, k) for _, cs in go_names(b.doc) for e, k in cs]
    for value in ERROR_HEADER_VALUES:
        got = out[value]
        code = header_code(value)
        if not value.strip(" \t\r\n"):
            want = {"nil": True, "malformed": False, "unknown": None, "matched": [], "message": ""}
            assert got == want, repr(value)
            continue
        assert got["nil"] is False, repr(value)
        if code is None:
            assert (got["malformed"], got["unknown"], got["matched"]) == (True, None, []), repr(value)
            assert got["message"] == value.strip(" \t\r\n") + ": " + UNKNOWN_DESCRIPTION, repr(value)
            continue
        matched = [k for e, k in consts if e.code == code]
        assert (got["malformed"], got["matched"]) == (False, matched), repr(value)
        assert got["unknown"] == (None if matched else code), repr(value)
        # The one message format: the code, and the text of its first row (no status, no extras).
        first = next((readable(e.description) for _, e in b.doc.entries() if e.code == code), UNKNOWN_DESCRIPTION)
        assert got["message"] == f"{code}: {first}", repr(value)


@pytest.mark.parametrize("name", MODULES)
def test_values_parse_and_text(built: dict[str, Built], name: str) -> None:
    """<Type>Values lists the category's constants in the page's order; MarshalText, UnmarshalText,
    Parse<Type> and encoding/json go from constant to name and back; a value the page does not
    list marshals as its decimal and comes back; an unknown name is refused; Error() reads."""
    b = built[name]
    out = b.output("ERRORS")["types"]
    assert set(out) == {c.id for c in b.doc.categories}
    for c in b.doc.categories:
        got = out[c.id]
        assert [v[:5] for v in got["values"] or []] == [[e.code, e.name, True, True, True] for e in c.entries], c.id
        assert [v[5] for v in got["values"] or []] == [f"cierrors: {c.id} {e.code} {e.name}: {readable(e.description)}" for e in c.entries]
        assert (got["unknownText"], got["unknownBack"], got["unknownBackOK"]) == ("-1", -1, True)
        assert got["parseRefused"] and got["unmarshalRefused"]
        assert got["unknownError"].startswith("cierrors: ") and got["unknownError"].endswith("Error(-1)")


def test_current_page_specifics(built: dict[str, Built]) -> None:
    out = built["current"].output("ROUNDTRIP")
    assert [(i["Category"], i["Name"]) for i in out["lookup3006"]] == [
        ("download", "FILE_ENCRYPTED"), ("file_preview", "FILE_ENCRYPTED"),
    ]
    assert [(i["Category"], i["Name"]) for i in out["headers"][" -46618 "]] == [
        ("download", "SIGNATURE_AUTHENTICATION_FAILS"),
    ]
    source = built["current"].source
    assert "type DownloadError int\n" in source
    assert "\t// DownloadInvalidRequest means invalid request. The request packet cannot be recognized.\n" in source
    assert "\t// DownloadSignatureAuthenticationFails means signature authentication fails.\n" in source
    assert "\t// DownloadInvalidURL means invalid URL. The URL format is invalid.\n" in source
    assert "\tDownloadInvalidRequest DownloadError = -103\n" in source
    assert "\tMediaProcessingInvalidArgument MediaProcessingError = 1015\n" in source


def test_hostile_text_stays_text(built: dict[str, Built]) -> None:
    b = built["hostile"]
    assert b.doc.categories[-1].entries == ()  # an empty category compiles
    assert any(e.deprecated for _, e in b.doc.entries()) and b.doc.categories[1].deprecated
    source = b.source
    assert "\n\t//\n\t// Deprecated: retired from the upstream page; kept for compatibility.\n" in source
    assert "\n//\n// Deprecated: retired from the upstream page; kept for compatibility.\ntype " in source
    for line in source.split("\n"):
        assert not line.lstrip().startswith(("func init", "go:generate")), line
    assert "\u2028" not in source and "\x00" not in source and "\u202e" not in source


# ---------------------------------------------------------------------------------------
# Options and refusals (no toolchain needed)


def test_options_set_module_and_package(current_doc: Document) -> None:
    files = render(go_target, current_doc, {"repo": "example.com/x", "package": "errs", "dir": "errs"})
    assert set(files) == {"go/errs/go.mod", "go/errs/errs.go"}
    assert "\nmodule example.com/x/generated/go/errs\n" in files["go/errs/go.mod"]
    assert "\npackage errs\n" in files["go/errs/errs.go"]
    # The module path ends with the folder that holds go.mod, relative to the repository root.
    for out, module in [("", "example.com/x/go/errs"), ("third_party/gen", "example.com/x/third_party/gen/go/errs")]:
        files = render(go_target, current_doc, {"repo": "example.com/x", "dir": "errs", "out": out})
        assert f"\nmodule {module}\n" in files["go/errs/go.mod"]


@pytest.mark.parametrize("out", ["../x", "/abs", "a//b", "生成", "a b", ".hidden", "a\\b"])
def test_an_output_folder_no_module_path_can_hold_is_refused(current_doc: Document, out: str) -> None:
    with pytest.raises(ValueError, match="^go: module path .* is not one Go accepts: ") as caught:
        render(go_target, current_doc, {"out": out})
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize(
    "options",
    [{"package": "type"}, {"package": "Errs"}, {"package": "a-b"}, {"repo": "a b"}, {"repo": "x\nrequire y v1"},
     {"repo": "a//b"}, {"repo": 'a"b'}, {"repo": "example.com/x/"}, {"repo": "localhost/x"}],
)
def test_bad_options_are_refused(current_doc: Document, options: dict[str, str]) -> None:
    with pytest.raises(ValueError):
        render(go_target, current_doc, options)


def test_go_name_collisions_are_refused(current_doc: Document) -> None:
    c = current_doc.categories[0]
    clash = dataclasses.replace(c.entries[0], name="ERROR")  # DownloadError, the type's own name
    doc = dataclasses.replace(current_doc, categories=(dataclasses.replace(c, entries=(clash,)),))
    with pytest.raises(ValueError, match="DownloadError"):
        render(go_target, doc, {})
    # A code on two rows of a category is one code of two variants: the view lays it out once.
    twice = dataclasses.replace(c, entries=(c.entries[0], dataclasses.replace(c.entries[1], code=c.entries[0].code)))
    source = "".join(str(v) for v in render(go_target, dataclasses.replace(current_doc, categories=(twice,)), {}).values())
    assert source.count(f" DownloadError = {c.entries[0].code}\n") == 1


# ---------------------------------------------------------------------------------------
# staticcheck, pinned in tests/gotools/go.mod (a `tool` directive, fetched from the Go module
# proxy on a fresh clone), over the committed modules and the golden cases' hostile ones.

GOTOOLS = ROOT / "tests" / "gotools"
STATICCHECK_MODULES = [
    *sorted((ROOT / "generated" / "go").iterdir()),
    ROOT / "tests" / "cases" / "hostile_text" / "expected" / "out" / "go" / "case",
    ROOT / "tests" / "cases" / "job_page" / "expected" / "out" / "go" / "case",
    # A code on several rows (Info.Variants), and dotted codes (ParentOf, Subcodes, IsWithin).
    ROOT / "tests" / "cases" / "int_variants" / "expected" / "out" / "go" / "case",
    ROOT / "tests" / "cases" / "other_vod" / "expected" / "out" / "go" / "case",
]
# staticcheck leaves the style checks (ST1003 names, ST1020-ST1022 doc comments...) out of files
# marked generated: each module is checked a second time without its first line, with every check
# and this domain's initialisms besides staticcheck's own.
STATICCHECK_CONF = 'checks = ["all"]\ninitialisms = ["inherit", "CI", "COS", "CAM", "MD5"]\n'


def test_the_tools_module_pins_staticcheck() -> None:
    gomod = (GOTOOLS / "go.mod").read_text(encoding="utf-8")
    assert "\ntool honnef.co/go/tools/cmd/staticcheck\n" in gomod
    assert re.search(r"^\thonnef\.co/go/tools v0\.8\.2 ", gomod, re.M), gomod
    assert "honnef.co/go/tools v0.8.2 h1:" in (GOTOOLS / "go.sum").read_text(encoding="utf-8")


def copy_module(module: Path, into: Path, strip_header: bool) -> Path:
    into.mkdir(parents=True)
    for f in module.iterdir():
        text = f.read_text(encoding="utf-8")
        if strip_header and f.suffix == ".go":
            assert HEADER.match(text.split("\n", 1)[0])
            text = text.split("\n", 1)[1]
        (into / f.name).write_text(text, encoding="utf-8", newline="\n")
    if strip_header:
        (into / "staticcheck.conf").write_text(STATICCHECK_CONF, encoding="utf-8")
    return into


@pytest.fixture(scope="module")
def staticcheck_all(staticcheck: tuple[str, dict[str, str]], tmp_path_factory: pytest.TempPathFactory) -> dict[bool, tuple[Path, subprocess.CompletedProcess[str]]]:
    """staticcheck run twice over every module of STATICCHECK_MODULES at once (one Go workspace,
    go.work; the golden modules, all `.../out/go/case`, get a module path of their own in the copy):
    as they are, and stripped of the header line with every check. {stripped: (workspace, run)}."""
    binary, env = staticcheck
    runs = {}
    for strip in (False, True):
        root = tmp_path_factory.mktemp("staticcheck-styled" if strip else "staticcheck-as-is")
        for i, module in enumerate(STATICCHECK_MODULES):
            copy = copy_module(module, root / f"m{i}", strip)
            gomod = (copy / "go.mod").read_text(encoding="utf-8")
            path = re.search(r"^module (\S+)$", gomod, re.M)
            assert path, gomod
            (copy / "go.mod").write_text(gomod.replace(path.group(0), f"module example.com/m{i}", 1), encoding="utf-8")
            (copy / "staticcheck.conf").unlink(missing_ok=True)
        if strip:
            (root / "staticcheck.conf").write_text(STATICCHECK_CONF, encoding="utf-8")
        uses = "".join(f"\t./m{i}\n" for i in range(len(STATICCHECK_MODULES)))
        (root / "go.work").write_text(f"go 1.20\n\nuse (\n{uses})\n", encoding="utf-8")
        args = [f"example.com/m{i}/..." for i in range(len(STATICCHECK_MODULES))]
        run = subprocess.run([binary, *args], cwd=root, capture_output=True, text=True, env={**env, "GOWORK": str(root / "go.work"), "GOFLAGS": ""}, timeout=1200)
        runs[strip] = (root, run)
    return runs


@pytest.mark.slow
@pytest.mark.parametrize("module", STATICCHECK_MODULES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_staticcheck_is_clean(staticcheck_all: dict[bool, tuple[Path, subprocess.CompletedProcess[str]]], module: Path) -> None:
    folder = f"m{STATICCHECK_MODULES.index(module)}{os.sep}"
    for strip, (root, run) in staticcheck_all.items():
        said = (run.stdout + run.stderr).replace(str(root) + os.sep, "")
        mine = [line for line in said.split("\n") if line.startswith(folder)]
        others = any(line.startswith("m") and os.sep in line.split(":")[0] for line in said.split("\n"))
        assert not mine and (run.returncode == 0 or others), ("all checks" if strip else "default checks") + ":\n" + said
@pytest.mark.slow
def test_staticcheck_style_checks_see_a_broken_initialism(staticcheck: tuple[str, dict[str, str]], tmp_path: Path) -> None:
    """The second run above is live: the spellings this issue replaced are reported."""
    binary, env = staticcheck
    copy = copy_module(ROOT / "generated" / "go" / "ci-error-codes", tmp_path / "m", True)
    source = copy / "cierrors.go"
    text = source.read_text(encoding="utf-8").replace("DownloadInvalidURL", "DownloadInvalidUrl")
    text = text.replace("// DownloadOriginalImageProtected means", "// The constant means")
    source.write_text(text, encoding="utf-8")
    run = subprocess.run([binary, "./..."], cwd=copy, capture_output=True, text=True, env=env, timeout=600)
    assert "const DownloadInvalidUrl should be DownloadInvalidURL (ST1003)" in run.stdout, run.stdout + run.stderr


# ---------------------------------------------------------------------------------------
# A consumer: a module of its own that uses both committed modules through `replace`
# directives, as a team that vendors generated/ into its repository would.

CONSUMER_TEST = """package consumer

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/errcodegen/ci-error-codes/generated/go/ci-error-codes"
	cimperrors "github.com/errcodegen/ci-error-codes/generated/go/ci-media-processing-error-codes"
)

// download stands for a call that failed with an X-ErrNo header.
func download(header string) error {
	if err := cierrors.ErrorFromHeader(header); err != nil {
		return err
	}
	return nil
}

// validate returns a constant as an error.
func validate(url string) error {
	if !strings.HasPrefix(url, "https://") {
		return cierrors.DownloadInvalidURL
	}
	return nil
}

func TestErrorsIsAndAs(t *testing.T) {
	err := download(" -46618\\n")
	if !errors.Is(err, cierrors.DownloadSignatureAuthenticationFails) {
		t.Fatalf("errors.Is: %v", err)
	}
	var d cierrors.DownloadError
	if !errors.As(err, &d) || d != cierrors.DownloadSignatureAuthenticationFails || d.Description() != "Signature authentication fails." {
		t.Fatalf("errors.As: %v", d)
	}
	if err.Error() != "-46618: Signature authentication fails." || d.Error() != "cierrors: download -46618 SIGNATURE_AUTHENTICATION_FAILS: Signature authentication fails." {
		t.Fatal(err.Error())
	}
	if err := validate("ftp://x"); !errors.Is(err, cierrors.DownloadInvalidURL) || errors.Is(err, cierrors.PersistenceProcessingInvalidURL) {
		t.Fatal(err)
	}
	if download("") != nil || download(" \\r\\n") != nil {
		t.Fatal("a blank header is no error")
	}
}

func TestSharedCodeMatchesBothCategories(t *testing.T) {
	err := download("-3006")
	if !errors.Is(err, cierrors.DownloadFileEncrypted) || !errors.Is(err, cierrors.FilePreviewFileEncrypted) {
		t.Fatalf("-3006: %v", err)
	}
	var p cierrors.FilePreviewError
	var d cierrors.DownloadError
	if !errors.As(err, &p) || p != cierrors.FilePreviewFileEncrypted || !errors.As(err, &d) || d != cierrors.DownloadFileEncrypted {
		t.Fatal(p, d)
	}
	if u, ok := err.(interface{ Unwrap() []error }); !ok || len(u.Unwrap()) != 2 {
		t.Fatal("Unwrap() []error")
	}
}

func TestUnknownAndMalformed(t *testing.T) {
	var u *cierrors.UnknownError
	if err := download("-12345"); !errors.As(err, &u) || u.Code != -12345 || errors.Is(err, cierrors.ErrMalformedHeader) {
		t.Fatal(err)
	}
	if err := download("abc"); !errors.Is(err, cierrors.ErrMalformedHeader) || errors.As(err, &u) {
		t.Fatal(err)
	}
}

func TestParseValuesAndText(t *testing.T) {
	values := cierrors.DownloadErrorValues()
	if len(values) == 0 || values[0] != cierrors.DownloadInvalidRequest {
		t.Fatal(values)
	}
	for _, v := range values {
		text, err := v.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		parsed, err := cierrors.ParseDownloadError(string(text))
		if err != nil || parsed != v || string(text) != v.String() {
			t.Fatal(v, parsed, err)
		}
	}
	type event struct {
		Code cierrors.DownloadError `json:"code"`
	}
	b, err := json.Marshal(event{cierrors.DownloadInvalidURL})
	if err != nil || string(b) != `{"code":"INVALID_URL"}` {
		t.Fatal(string(b), err)
	}
	var back event
	if err := json.Unmarshal(b, &back); err != nil || back.Code != cierrors.DownloadInvalidURL {
		t.Fatal(back, err)
	}
	if err := json.Unmarshal([]byte(`{"code":"NO_SUCH_NAME"}`), &back); err == nil {
		t.Fatal("an unknown name is refused")
	}
	if _, err := cierrors.ParseDownloadError("INVALID_url"); err == nil {
		t.Fatal("names are matched exactly")
	}
}

func TestSymbolicCodes(t *testing.T) {
	err := cimperrors.ErrorFromHeader(" AccessDenied\\n")
	if !errors.Is(err, cimperrors.AccessDenied) {
		t.Fatal(err)
	}
	var c cimperrors.ErrorCode
	if !errors.As(err, &c) || c.HTTPStatuses()[0] != 401 {
		t.Fatal(c)
	}
	var u *cimperrors.UnknownError
	if err := cimperrors.ErrorFromHeader("NoSuchCode"); !errors.As(err, &u) || u.Code != "NoSuchCode" {
		t.Fatal(err)
	}
	if err := cimperrors.ErrorFromHeader("not a code"); !errors.Is(err, cimperrors.ErrMalformedHeader) {
		t.Fatal(err)
	}
	for _, v := range cimperrors.ErrorCodeValues() {
		if parsed, err := cimperrors.ParseErrorCode(string(v)); err != nil || parsed != v {
			t.Fatal(v, err)
		}
	}
	if cimperrors.CIRoleNotExist != "CIRoleNotExist" || cimperrors.InvalidURL != "InvalidUrl" {
		t.Fatal("Go initialisms in the constants' names, the codes as the page gives them")
	}
}
"""


@pytest.mark.slow
def test_a_consumer_module_uses_the_committed_modules(toolchain: tuple[str, str, dict[str, str]], tmp_path: Path) -> None:
    go, _, env = toolchain
    repo = "github.com/errcodegen/ci-error-codes/generated"
    requires = "".join(f"\t{repo}/{m} v0.0.0\n" for m in ("go/ci-error-codes", "go/ci-media-processing-error-codes"))
    replaces = "".join(f"replace {repo}/{m} => {(ROOT / 'generated' / m).as_posix()}\n" for m in ("go/ci-error-codes", "go/ci-media-processing-error-codes"))
    (tmp_path / "go.mod").write_text(f"module example.com/consumer\n\ngo 1.20\n\nrequire (\n{requires})\n\n{replaces}", encoding="utf-8")
    (tmp_path / "consumer_test.go").write_text(CONSUMER_TEST, encoding="utf-8", newline="\n")
    for module in ("go/ci-error-codes", "go/ci-media-processing-error-codes"):  # the module paths the consumer requires are the committed ones
        assert f"\nmodule {repo}/{module}\n" in (ROOT / "generated" / module / "go.mod").read_text(encoding="utf-8")
    vet = subprocess.run([go, "vet", "./..."], cwd=tmp_path, capture_output=True, text=True, env=env, timeout=600)
    assert vet.returncode == 0, vet.stdout + vet.stderr
    test = subprocess.run([go, "test", "-count=1", "-v", "./..."], cwd=tmp_path, capture_output=True, text=True, env=env, timeout=600)
    assert test.returncode == 0, test.stdout + test.stderr
    for name in ("TestErrorsIsAndAs", "TestSharedCodeMatchesBothCategories", "TestUnknownAndMalformed", "TestParseValuesAndText", "TestSymbolicCodes"):
        assert f"--- PASS: {name} " in test.stdout, test.stdout


# ---------------------------------------------------------------------------------------
# Go's initialisms, and the identifier of an entry (what a docs page lists per language)


@pytest.mark.parametrize(
    "name, spelled",
    [("INVALID_URL", "InvalidURL"), ("INVALID_APPID_104", "InvalidAppID104"), ("INVALID_STYLE_NAME_ID", "InvalidStyleNameID"),
     ("URL2", "URL2"), ("MD5_MISMATCH", "MD5Mismatch"), ("NO_CI_ROLE", "NoCIRole"), ("SECRETID_NOT_EXIST", "SecretIDNotExist"),
     ("HTTPS_ONLY", "HTTPSOnly"), ("COS_BUCKET", "COSBucket"), ("CAM_DENIED", "CAMDenied"), ("E_404_NOT_FOUND", "E404NotFound"),
     ("IDLE", "Idle"), ("UUID", "UUID"), ("JSON_API", "JSONAPI")],
)  # fmt: skip
def test_go_initialisms(name: str, spelled: str) -> None:
    assert go_target.go_name(name) == spelled


def test_go_type_names_follow_the_initialisms_too() -> None:
    assert go_target.go_type("CiAttributeError") == "CIAttributeError"
    assert go_target.go_type("DRangeError") == "DRangeError"
    assert go_target.go_type("HttpStatusError") == "HTTPStatusError"


def test_two_names_one_go_spelling_are_refused(current_doc: Document) -> None:
    c = current_doc.categories[0]
    a, b = dataclasses.replace(c.entries[0], name="APP_ID"), dataclasses.replace(c.entries[1], name="APPID")
    doc = dataclasses.replace(current_doc, categories=(dataclasses.replace(c, entries=(a, b)),))
    with pytest.raises(ValueError, match="^go: code .* both named DownloadAppID in Go$"):
        render(go_target, doc, {})
    # A constant may not take a per-category function's name either.
    clash = dataclasses.replace(current_doc, categories=(dataclasses.replace(c, entries=(dataclasses.replace(a, name="ERROR_VALUES"),)),))
    with pytest.raises(ValueError, match="DownloadErrorValues"):
        render(go_target, clash, {})


def test_identifier_gives_each_entry_s_go_constant(current_doc: Document, bilingual_doc: Document) -> None:
    """`identifier(view, category, entry)`, as another page lists it, is the committed module's constant."""
    from errcodegen.targets.registry import view_of

    view = view_of(current_doc)
    committed = {(c.id, e.code): k for c, consts in go_names(current_doc) for e, k in consts}
    assert go_target.identifiers(view) == committed
    download = current_doc.categories[0]
    entry = next(e for e in download.entries if e.code == -106)
    assert go_target.identifier(view, download, entry) == "DownloadInvalidURL"


def test_the_error_response_s_names_are_reserved(current_doc: Document) -> None:
    """`Error`, `Response`, `New`, `FromError`, `Fault`, `FaultClient` and `FaultServer` are the
    package's: a category or code spelled like one is refused, in both kinds of package."""
    from errcodegen import config, pipeline

    assert go_target.RESPONSE_NAMES <= go_target.Go.declared["int"] & go_target.Go.declared["string"]
    c = dataclasses.replace(current_doc.categories[0], name="FaultError")
    clash = dataclasses.replace(c, entries=(dataclasses.replace(c.entries[0], name="SERVER"),))
    with pytest.raises(ValueError, match="FaultServer"):
        render(go_target, dataclasses.replace(current_doc, categories=(clash,)), {})
    job_doc = next(d for d in pipeline.build_models(config.load(ROOT / "pyproject.toml")) if d.kind == "string")
    j = job_doc.categories[0]
    named_new = dataclasses.replace(j, entries=(dataclasses.replace(j.entries[0], name="NEW"),))
    with pytest.raises(ValueError, match="New"):
        render(go_target, dataclasses.replace(job_doc, categories=(named_new,)), {})


# ---------------------------------------------------------------------------------------
# Every golden case's modules: one gofmt -l and one go vet (conftest's go_program)


@pytest.mark.slow
@pytest.mark.parametrize("module", golden_outputs("go"), ids=lambda p: p.relative_to(GOLDEN).as_posix())
def test_every_golden_go_module_is_gofmt_and_vet_clean(module: Path, go_program: GoProgram) -> None:
    problem = go_verdict(go_program, module)
    assert problem is None, problem

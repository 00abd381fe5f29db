"""Targets for pages of symbolic codes (the media-processing job page's `AccessDenied`).

One type across the page's categories, one member per distinct code (its value the code
string), and per member every *variant*: a row of the page, with its HTTP status, text and
category. A code can stand in several rows (`AccessDenied` with 401 and with 403), in one
category or in several; every lookup returns all of them, in the page's order.

Python (`StrEnum`), TypeScript (`as const` object and string union), Go (named string
type) and JSON Schema 2020-12 share the grouping below; each refuses a model it could not
render faithfully (two codes with one identifier, a name clashing with the module's API).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from typing import Any

from ..escape import Deferred, Escaped, ident, json_value, json_stream
from ..content import Content
from ..model import Category, Document, Entry, see_also_json
from ..naming import pascal
from ..config import usable_option
from ..render import header_line, render_template
from . import go as go_int, schema

# The one type every target declares for the page's codes.
TYPE = "ErrorCode"
DEFAULTS: dict[str, dict[str, str]] = {
    "python": {"package": "ci_media_processing_errors"},
    "typescript": {"file": "ciMediaProcessingErrorCodes.ts"},
    "go": {
        "dir": "go-media-processing",
        "module": "github.com/errcodegen/ci-error-codes/go-media-processing/cimperrors",
        "package": "cimperrors",
    },
    "schema": {"file": "ci-media-processing-error-codes.schema.json"},
    "json": {"file": "ci-media-processing-error-codes.json"},
}
SCHEMA_ID_BASE = "https://github.com/errcodegen/ci-error-codes/schema/"


# Exported names the Go package declares besides the constants (in Python and TypeScript the
# members live inside `ErrorCode`, and their UPPER_SNAKE names clash with nothing).
GO_NAMES = frozenset({"ErrorCode", "Variant", "Ref", "CategoryInfo", "Categories", "Codes", "All", "Lookup", "FromResponse"})
# Top-level names the TypeScript module declares.
TS_NAMES = frozenset({"ErrorCode", "SeeAlso", "Variant", "VARIANTS", "CATEGORIES", "CategoryId", "CategoryInfo", "Map", "ReadonlyMap"})


@dataclass(frozen=True)
class Variant:
    """One row of the page: a code with one HTTP status and text, in one category."""

    category: Category
    entry: Entry

    @property
    def summary(self) -> str:
        """The row in one line of plain text: `HTTP 401 Unauthorized: No permission.`"""
        e = self.entry
        if e.http_status is None:
            return e.description
        status = f"HTTP {e.http_status} {e.http_reason}" if e.http_reason else f"HTTP {e.http_status}"
        return f"{status}: {e.description}" if e.description else status


@dataclass(frozen=True)
class Code:
    """One distinct code of the page and every row that gives it, in the page's order."""

    code: str
    name: str
    go_name: str
    variants: tuple[Variant, ...]

    @property
    def deprecated(self) -> bool:
        """True when every row of the code was retired from the page."""
        return all(v.entry.deprecated for v in self.variants)

    @property
    def description(self) -> str:
        """The first row's text."""
        return self.variants[0].entry.description

    @property
    def summary(self) -> str:
        """Every row in one line of plain text, e.g. for a doc comment."""
        return " / ".join(v.summary for v in self.variants if v.summary)

    @property
    def see_also(self) -> tuple[tuple[str, str, int | str], ...]:
        """Every cross-reference of every row, once each, in order."""
        return tuple(dict.fromkeys(r for v in self.variants for r in v.entry.see_also))


def codes(doc: Document, target: str = "strings") -> list[Code]:
    """Group the rows by code (first appearance first); refuse what a target could not hold."""
    grouped: dict[str, list[Variant]] = {}
    for c, e in doc.entries():
        if not isinstance(e.code, str):
            raise ValueError(f"{target}: code {e.code!r} of {c.id!r} is not a symbolic code")
        grouped.setdefault(e.code, []).append(Variant(c, e))
    out: list[Code] = []
    by_name: dict[str, str] = {}
    by_go: dict[str, str] = {name: "the package's API" for name in GO_NAMES}
    for code, variants in grouped.items():
        name = variants[0].entry.name
        ident(name)
        if name in by_name:
            raise ValueError(f"{target}: codes {by_name[name]!r} and {code!r} are both named {name}: rename one in the names file")
        by_name[name] = code
        go_name = pascal(name)
        ident(go_name)
        if go_name in by_go:
            raise ValueError(f"{target}: code {code!r} (Go {go_name}) clashes with {by_go[go_name]}: rename it in the names file")
        by_go[go_name] = f"code {code!r}"
        out.append(Code(code, name, go_name, tuple(variants)))
    return out


def _option(options: dict[str, Any], target: str, key: str) -> str:
    value: object = options.get(key, DEFAULTS[target][key])
    if not isinstance(value, str) or not usable_option(target, key, value):
        raise ValueError(f"{target}: {key} {value!r} is not usable")
    return value


def render_python(doc: Document, options: dict[str, Any]) -> dict[str, Content]:
    """`python/<package>/__init__.py` and `py.typed`: a StrEnum and its variants."""
    package = _option(options, "python", "package")
    text = render_template("python/strings.py.j2", doc=doc, header=header_line(doc), codes=codes(doc, "python"))
    return {f"python/{package}/__init__.py": text, f"python/{package}/py.typed": ""}


def render_typescript(doc: Document, options: dict[str, Any]) -> dict[str, Content]:
    """`typescript/<file>`: an `as const` object, the union of its values, and the variants."""
    file = _option(options, "typescript", "file")
    text = render_template("typescript/strings.ts.j2", doc=doc, header=header_line(doc), codes=codes(doc, "typescript"))
    return {f"typescript/{file}": text}


def render_go(doc: Document, options: dict[str, Any]) -> dict[str, Content]:
    """`<dir>/go.mod` and `<dir>/<package>.go`: a named string type, constants, lookups."""
    package = go_int.package_name(options.get("package", DEFAULTS["go"]["package"]))
    folder = _option(options, "go", "dir")
    module = go_int.module_path(options.get("module", DEFAULTS["go"]["module"]))
    header = header_line(doc)
    source = render_template("go/strings.go.j2", doc=doc, header=header, package=package, codes=codes(doc, "go"))
    gomod = render_template("go/go.mod.j2", header=header, module=module, go_version=Escaped(go_int.GO_VERSION))
    return {f"{folder}/go.mod": gomod, f"{folder}/{package}.go": source}


def _variant_json(v: Variant) -> dict[str, Any]:
    e = v.entry
    data: dict[str, Any] = {"category": v.category.id, "http_status": e.http_status, "http_reason": e.http_reason, "description": e.description}
    if e.action is not None:
        data["action"] = e.action
    if e.deprecated:
        data["deprecated"] = True
    return data


def _branch(k: Code) -> dict[str, Any]:
    branch: dict[str, Any] = {"const": k.code, "title": k.name, "description": k.description}
    branch["x-http-status"] = [v.entry.http_status for v in k.variants if v.entry.http_status is not None]
    branch["x-variants"] = [_variant_json(v) for v in k.variants]
    if k.see_also:
        branch["x-see-also"] = see_also_json(k.see_also)
    if k.deprecated:
        branch["deprecated"] = True
    return branch


def build_schema(doc: Document, schema_id: str, deferred: bool = False) -> dict[str, Any]:
    """Return the schema as data (with `deferred`, its `oneOf` branches as `Deferred`)."""
    all_codes = codes(doc, "schema")
    definition: dict[str, Any] = {
        "title": "Any known code",
        "description": "The <Code> of an error response: any code the page lists, in any category.",
        "type": "string",
        "enum": [k.code for k in all_codes],
        "x-enum-varnames": [k.name for k in all_codes],
        "x-enum-descriptions": [k.description for k in all_codes],
    }
    if all_codes:
        definition["oneOf"] = [Deferred(partial(_branch, k)) if deferred else _branch(k) for k in all_codes]
    categories = {"x-categories": [{"id": c.id, "title": c.title} for c in doc.categories]}
    return schema.root(doc, schema_id, "Tencent Cloud Infinite (CI) symbolic error codes", categories, TYPE, {TYPE: definition})


def render_schema(doc: Document, options: dict[str, Any]) -> dict[str, Content]:
    """`schema/<file>`: one definition accepting every known code, with its variants."""
    file = _option(options, "schema", "file")
    schema_id = options.get("id", SCHEMA_ID_BASE + file)
    data = build_schema(doc, schema_id, deferred=True)
    return {f"schema/{file}": json_stream(data)}


def render_json(doc: Document, options: dict[str, Any]) -> dict[str, Content]:
    """`json/<file>`: the model itself (as for integer pages), under this page's default name."""
    from . import json_model

    return json_model.render(doc, {**DEFAULTS["json"], **options})

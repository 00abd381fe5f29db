"""JSON Schema 2020-12: a definition per category (oneOf with titles, and enum with
x-enum-varnames / x-enum-descriptions for tools that read those), plus one accepting any code.

An integer code on several rows of its table has one `oneOf` branch (its first row's texts)
whose `x-variants` lists every row: the column that tells it apart and its value, the HTTP
status, description and action (and `x-i18n`).

`title`, `description`, `x-action`, `x-fallback` and `x-enum-descriptions` are in the
default locale. A document with other locales lists them all in the root's `x-locales`
(default first) and carries their texts in `x-i18n`, keyed by locale, under the keywords
they stand in for, as that locale's page gives them (a keyword it lacks means the default
text applies): on a `oneOf` branch `description` and `x-action`; on a category `title`,
`x-fallback` and `x-enum-descriptions`, the last complete (the default description where
that locale's page lacks a code) so that it lines up with `enum`.

A page of symbolic codes has one definition, `ErrorCode` (the root): `enum` of every code,
and `oneOf` with each code's HTTP statuses, variants and cross-references.
"""

from __future__ import annotations

from typing import Any, Mapping

from ...escape import DeferredEach, json_stream
from ...content import Content
from ...model import Category, Document, Entry, see_also_json
from ...render import Renderer
from ...view import Code, Variant, View, header_line, localized, other_locales, product_label, translations
from ..base import SET_KEY, Option, Target, set_words

DEFAULT_FILE = "ci-error-codes.schema.json"
ID_BASE = "https://github.com/errcodegen/ci-error-codes/schema/"
DEFAULT_ID = ID_BASE + DEFAULT_FILE
ANY = "CIErrorCode"  # the root of a page of integer codes
TYPE = "ErrorCode"  # the root (and only definition) of a page of symbolic codes


def _texts(description: str, action: str | None, first: str, second: str) -> dict[str, Any]:
    return {first: description, **({second: action} if action is not None else {})}


def _branch(e: Entry, doc: Document) -> dict[str, Any]:
    branch: dict[str, Any] = {"const": e.code, "title": e.name, "description": e.description}
    if e.action is not None:
        branch["x-action"] = e.action
    if e.deprecated:
        branch["deprecated"] = True
    texts = translations(e, doc)
    if texts:
        branch["x-i18n"] = {t.locale: _texts(t.description, t.action, "description", "x-action") for t in texts}
    if e.see_also:
        branch["x-see-also"] = see_also_json(e.see_also)
    if e.variants:
        # A code on several rows of its table: every row, this one first (the branch's own texts).
        branch["x-variants"] = [_row_json(v, doc) for v in e.variants]
    return branch


def _row_json(v: Entry, doc: Document) -> dict[str, Any]:
    """One row of an integer code that has several: what tells it apart, its status and texts."""
    data: dict[str, Any] = {}
    if v.variant is not None:
        data["column"], data["value"] = v.variant
    if v.http_status is not None:
        data["http_status"] = v.http_status
        data["http_reason"] = v.http_reason
    data["description"] = v.description
    if v.action is not None:
        data["action"] = v.action
    if v.deprecated:
        data["deprecated"] = True
    texts = translations(v, doc)
    if texts:
        data["x-i18n"] = {t.locale: _texts(t.description, t.action, "description", "action") for t in texts}
    return data


def _category_i18n(c: Category, doc: Document) -> dict[str, Any]:
    """The category's `x-i18n`: per locale where the category or one of its codes has a text."""
    out: dict[str, Any] = {}
    for locale in other_locales(doc):
        text = c.text(locale)
        if text is None and not any(e.text(locale) for e in c.entries):
            continue
        out[locale] = {
            **(_texts(text.description, text.action, "title", "x-fallback") if text is not None else {}),
            "x-enum-descriptions": [localized(e, doc, locale)[0] for e in c.entries],
        }
    return out


def _category(c: Category, doc: Document, deferred: bool = False) -> dict[str, Any]:
    schema: dict[str, Any] = {"title": c.title, "description": f"Codes of the category '{c.id}'."}
    if c.fallback is not None:
        schema["x-fallback"] = c.fallback
    schema["type"] = "integer"
    if c.entries:
        # Deferred when rendering: each branch is made only when printed (see json_value).
        schema["oneOf"] = DeferredEach(c.entries, lambda e: _branch(e, doc)) if deferred else [_branch(e, doc) for e in c.entries]
    schema["enum"] = [e.code for e in c.entries]
    schema["x-enum-varnames"] = [e.name for e in c.entries]
    schema["x-enum-descriptions"] = [e.description for e in c.entries]
    i18n = _category_i18n(c, doc)
    if i18n:
        schema["x-i18n"] = i18n
    return schema


def build(doc: Document, schema_id: str = DEFAULT_ID, deferred: bool = False) -> dict[str, Any]:
    """Return the schema as data (with `deferred`, its `oneOf` branches made when printed: escape.DeferredEach)."""
    defs: dict[str, Any] = {c.name: _category(c, doc, deferred) for c in doc.categories}
    refs = [{"$ref": f"#/$defs/{c.name}"} for c in doc.categories]
    defs[ANY] = {
        "title": f"Any known {doc.product.short} error code",
        "description": "Any code of any category (a code may belong to several).",
        "type": "integer",
        **({"anyOf": refs} if refs else {"enum": []}),
    }
    locales = {"x-locales": list(doc.locales)} if other_locales(doc) else {}
    return root(doc, schema_id, f"{product_label(doc.product.name, doc.product.short)} error codes", locales, ANY, defs)


def root(doc: Document, schema_id: str, title: str, extra: dict[str, Any], ref: str, defs: dict[str, Any]) -> dict[str, Any]:
    """The schema document around its definitions: `$ref` to the definition `ref`, which any known code matches."""
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": schema_id,
        "$comment": header_line(doc),
        "title": title,
        **extra,
        "$ref": f"#/$defs/{ref}",
        "$defs": defs,
    }


def _variant_json(v: Variant) -> dict[str, Any]:
    e = v.entry
    data: dict[str, Any] = {"category": v.category.id, "http_status": e.http_status, "http_reason": e.http_reason, "description": e.description}
    if e.action is not None:
        data["action"] = e.action
    if e.deprecated:
        data["deprecated"] = True
    return data


def _code_branch(k: Code) -> dict[str, Any]:
    branch: dict[str, Any] = {"const": k.code, "title": k.name, "description": k.description}
    branch["x-http-status"] = [v.entry.http_status for v in k.variants if v.entry.http_status is not None]
    branch["x-variants"] = [_variant_json(v) for v in k.variants]
    if k.see_also:
        branch["x-see-also"] = see_also_json(k.see_also)
    if k.deprecated:
        branch["deprecated"] = True
    return branch


def build_symbols(view: View, schema_id: str, deferred: bool = False) -> dict[str, Any]:
    """The schema of a page of symbolic codes as data: one definition, `ErrorCode`, accepting every
    known code, with its variants (with `deferred`, its `oneOf` branches made when printed: escape.DeferredEach)."""
    doc, all_codes = view.doc, view.codes
    definition: dict[str, Any] = {
        "title": "Any known code",
        "description": "The <Code> of an error response: any code the page lists, in any category.",
        "type": "string",
        "enum": [k.code for k in all_codes],
        "x-enum-varnames": [k.name for k in all_codes],
        "x-enum-descriptions": [k.description for k in all_codes],
    }
    if all_codes:
        definition["oneOf"] = DeferredEach(all_codes, _code_branch) if deferred else [_code_branch(k) for k in all_codes]
    categories = {"x-categories": [{"id": c.id, "title": c.title} for c in doc.categories]}
    return root(doc, schema_id, f"{product_label(doc.product.name, doc.product.short)} symbolic error codes", categories, TYPE, {TYPE: definition})


class Schema(Target):
    """`schema/<file>`."""

    name = "schema"
    summary = "a JSON Schema"
    options = {
        "file": Option(r"[A-Za-z0-9_][A-Za-z0-9_.-]*\.json"),
        "id": Option(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s\"\\]*", "file name", path=False),
    }
    defaults = {"int": {"file": DEFAULT_FILE, "id": DEFAULT_ID}, "string": {"file": "ci-media-processing-error-codes.schema.json"}}
    declared = {"int": frozenset({ANY}), "string": frozenset({TYPE})}
    distinct = ("file",)

    def named_defaults(self, set_name: str) -> dict[str, str]:
        """`cos-error-codes` -> `schema/cos-error-codes.schema.json` (its `$id` named after it)."""
        return {"file": "-".join(set_words(set_name)) + ".schema.json"}

    def default(self, key: str, kind: str, options: Mapping[str, Any]) -> str:
        if key == "id" and (kind == "string" or SET_KEY in options):  # named after the file
            return ID_BASE + self.option(options, "file", kind)
        return super().default(key, kind, options)

    def render(self, view: View, options: Mapping[str, Any], renderer: Renderer) -> dict[str, Content]:
        file = self.option(options, "file", view.kind)
        schema_id = self.option(options, "id", view.kind)
        if view.kind == "string":
            data = build_symbols(view, schema_id, deferred=True)
        else:
            data = build(view.doc, schema_id, deferred=True)
        return {f"schema/{file}": json_stream(data)}


TARGET = Schema()

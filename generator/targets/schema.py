"""JSON Schema 2020-12: a definition per category (oneOf with titles, and enum with
x-enum-varnames / x-enum-descriptions for tools that read those), plus one accepting any code.

`title`, `description`, `x-action`, `x-fallback` and `x-enum-descriptions` are in the
default locale. A document with other locales lists them all in the root's `x-locales`
(default first) and carries their texts in `x-i18n`, keyed by locale, under the keywords
they stand in for, as that locale's page gives them (a keyword it lacks means the default
text applies): on a `oneOf` branch `description` and `x-action`; on a category `title`,
`x-fallback` and `x-enum-descriptions`, the last complete (the default description where
that locale's page lacks a code) so that it lines up with `enum`.
"""

from __future__ import annotations

from typing import Any

from functools import partial

from ..escape import Deferred, json_value, json_stream
from ..content import Content
from ..model import Category, Document, Entry, see_also_json
from ..render import header_line
from .locales import localized, other_locales, translations

DEFAULT_FILE = "ci-error-codes.schema.json"
DEFAULT_ID = "https://github.com/errcodegen/ci-error-codes/schema/ci-error-codes.schema.json"
ANY = "CIErrorCode"


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
    return branch


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
        schema["oneOf"] = [Deferred(partial(_branch, e, doc)) if deferred else _branch(e, doc) for e in c.entries]
    schema["enum"] = [e.code for e in c.entries]
    schema["x-enum-varnames"] = [e.name for e in c.entries]
    schema["x-enum-descriptions"] = [e.description for e in c.entries]
    i18n = _category_i18n(c, doc)
    if i18n:
        schema["x-i18n"] = i18n
    return schema


def build(doc: Document, schema_id: str = DEFAULT_ID, deferred: bool = False) -> dict[str, Any]:
    """Return the schema as data (with `deferred`, its `oneOf` branches as `Deferred`)."""
    defs: dict[str, Any] = {c.name: _category(c, doc, deferred) for c in doc.categories}
    refs = [{"$ref": f"#/$defs/{c.name}"} for c in doc.categories]
    defs[ANY] = {
        "title": "Any known CI error code",
        "description": "Any code of any category (a code may belong to several).",
        "type": "integer",
        **({"anyOf": refs} if refs else {"enum": []}),
    }
    locales = {"x-locales": list(doc.locales)} if other_locales(doc) else {}
    return root(doc, schema_id, "Tencent Cloud Infinite (CI) error codes", locales, ANY, defs)


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


def render(doc: Document, options: dict[str, Any]) -> dict[str, Content]:
    """Return `schema/<file>`."""
    data = build(doc, options.get("id", DEFAULT_ID), deferred=True)
    return {f"schema/{options.get('file', DEFAULT_FILE)}": json_stream(data)}

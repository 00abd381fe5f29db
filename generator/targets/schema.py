"""JSON Schema 2020-12: a definition per category (oneOf with titles, and enum with
x-enum-varnames / x-enum-descriptions for tools that read those), plus one accepting any code."""

from __future__ import annotations

from typing import Any

from functools import partial

from ..escape import Deferred, json_value
from ..model import Category, Document, Entry
from ..render import header_line

DEFAULT_FILE = "ci-error-codes.schema.json"
DEFAULT_ID = "https://github.com/errcodegen/ci-error-codes/schema/ci-error-codes.schema.json"
ANY = "CIErrorCode"


def _branch(e: Entry) -> dict[str, Any]:
    branch: dict[str, Any] = {"const": e.code, "title": e.name, "description": e.description}
    if e.action is not None:
        branch["x-action"] = e.action
    if e.deprecated:
        branch["deprecated"] = True
    return branch


def _category(c: Category, deferred: bool = False) -> dict[str, Any]:
    schema: dict[str, Any] = {"title": c.title, "description": f"Codes of the category '{c.id}'."}
    if c.fallback is not None:
        schema["x-fallback"] = c.fallback
    schema["type"] = "integer"
    if c.entries:
        # Deferred when rendering: each branch is made only when printed (see json_value).
        schema["oneOf"] = [Deferred(partial(_branch, e)) if deferred else _branch(e) for e in c.entries]
    schema["enum"] = [e.code for e in c.entries]
    schema["x-enum-varnames"] = [e.name for e in c.entries]
    schema["x-enum-descriptions"] = [e.description for e in c.entries]
    return schema


def build(doc: Document, schema_id: str = DEFAULT_ID, deferred: bool = False) -> dict[str, Any]:
    """Return the schema as data (with `deferred`, its `oneOf` branches as `Deferred`)."""
    defs: dict[str, Any] = {c.name: _category(c, deferred) for c in doc.categories}
    refs = [{"$ref": f"#/$defs/{c.name}"} for c in doc.categories]
    defs[ANY] = {
        "title": "Any known CI error code",
        "description": "Any code of any category (a code may belong to several).",
        "type": "integer",
        **({"anyOf": refs} if refs else {"enum": []}),
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": schema_id,
        "$comment": header_line(doc),
        "title": "Tencent Cloud Infinite (CI) error codes",
        "$ref": f"#/$defs/{ANY}",
        "$defs": defs,
    }


def render(doc: Document, options: dict[str, Any]) -> dict[str, str]:
    """Return `schema/<file>`."""
    data = build(doc, options.get("id", DEFAULT_ID), deferred=True)
    return {f"schema/{options.get('file', DEFAULT_FILE)}": json_value(data, indent=2) + "\n"}

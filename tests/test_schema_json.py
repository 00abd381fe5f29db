"""The JSON Schema (checked against its meta-schema, then used to validate) and the JSON model."""

from __future__ import annotations

import json

import jsonschema
import pytest

from generator.model import Document, to_json
from generator.targets import json_model, schema

from .conftest import vectors


@pytest.fixture(scope="module")
def built(current_doc: Document) -> dict:
    text = schema.render(current_doc, {})["schema/ci-error-codes.schema.json"]
    return json.loads(text)


def test_valid_against_the_2020_12_meta_schema(built: dict) -> None:
    assert built["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(built)


def test_accepts_every_known_code_and_rejects_others(current_doc: Document, built: dict) -> None:
    validator = jsonschema.Draft202012Validator(built)
    for _, e in current_doc.entries():
        assert validator.is_valid(e.code), e.code
    for unknown in (0, -1, 1008, -46619 + 1000, "-103", -103.5, None):
        assert not validator.is_valid(unknown), unknown


def test_each_category_accepts_only_its_own_codes(current_doc: Document, built: dict) -> None:
    for c in current_doc.categories:
        sub = {"$schema": built["$schema"], "$defs": built["$defs"], "$ref": f"#/$defs/{c.name}"}
        validator = jsonschema.Draft202012Validator(sub)
        own = {e.code for e in c.entries}
        for _, e in current_doc.entries():
            assert validator.is_valid(e.code) == (e.code in own), (c.id, e.code)


def test_reads_back_the_model(current_doc: Document, built: dict) -> None:
    ids = {c.name: c.id for c in current_doc.categories}
    back = []
    for type_name, definition in built["$defs"].items():
        if type_name not in ids:
            continue
        assert definition["enum"] == [b["const"] for b in definition["oneOf"]]
        assert definition["x-enum-varnames"] == [b["title"] for b in definition["oneOf"]]
        assert definition["x-enum-descriptions"] == [b["description"] for b in definition["oneOf"]]
        for branch in definition["oneOf"]:
            back.append(
                {
                    "category": ids[type_name],
                    "code": branch["const"],
                    "name": branch["title"],
                    "description": branch["description"],
                    "action": branch.get("x-action"),
                }
            )
    assert back == vectors(current_doc)


def test_json_model_is_the_model(current_doc: Document) -> None:
    text = json_model.render(current_doc, {})["json/ci-error-codes.json"]
    data = json.loads(text)
    assert data.pop("$comment").endswith("DO NOT EDIT.")
    assert data == to_json(current_doc)
    entries = [e for c in data["categories"] for e in c["entries"]]
    assert len(entries) == 104 and len({e["code"] for e in entries}) == 100

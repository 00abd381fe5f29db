"""The JSON Schema (checked against its meta-schema, then used to validate) and the JSON model."""

from __future__ import annotations

import json
from dataclasses import replace

import jsonschema
from hypothesis import given, settings
from hypothesis import strategies as st
import pytest

from errcodegen.model import Document
from errcodegen.targets import json_model, schema

from .conftest import localized_categories, localized_vectors, vectors, render


@pytest.fixture(scope="module")
def built(current_doc: Document) -> dict:
    text = render(schema, current_doc, {})["schema/ci-error-codes.schema.json"]
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
    text = render(json_model, current_doc, {})["json/ci-error-codes.json"]
    data = json.loads(text)
    assert data.pop("$comment").endswith("DO NOT EDIT.")
    assert list(data) == ["product", "source", "sha256", "sources", "kind", "locale", "locales", "categories", "notes", "diagnostics"]
    assert data["product"] == {"name": current_doc.product.name, "short": current_doc.product.short}
    assert (data["source"], data["sha256"], data["kind"]) == ("source_docs/ci-error-codes.en.md", current_doc.sha256, "int")
    back = [
        {"category": c["id"], "code": e["code"], "name": e["name"], "description": e["description"], "action": e["action"]}
        for c in data["categories"]
        for e in c["entries"]
    ]
    assert back == vectors(current_doc)
    assert [c["title"] for c in data["categories"]] == [c.title for c in current_doc.categories]
    assert [d["line"] for d in data["diagnostics"] if d["severity"] == "warning"] == [29, 58]  # README: the page's two warnings
    entries = [e for c in data["categories"] for e in c["entries"]]
    assert len(entries) == 104 and len({e["code"] for e in entries}) == 100


@pytest.fixture(scope="module")
def bilingual(bilingual_doc: Document) -> dict:
    text = render(schema, bilingual_doc, {})["schema/ci-error-codes.schema.json"]
    return json.loads(text)


def test_single_locale_schema_has_no_i18n(built: dict) -> None:
    text = json.dumps(built)
    assert "x-i18n" not in text and "x-locales" not in text


def test_bilingual_schema_is_valid_and_keeps_english(bilingual_doc: Document, bilingual: dict) -> None:
    jsonschema.Draft202012Validator.check_schema(bilingual)
    validator = jsonschema.Draft202012Validator(bilingual)
    assert all(validator.is_valid(e.code) for _, e in bilingual_doc.entries())
    assert not validator.is_valid(0)
    assert bilingual["x-locales"] == ["en", "zh"]
    english = [
        {"category": c.id, "code": b["const"], "name": b["title"], "description": b["description"], "action": b.get("x-action")}
        for c in bilingual_doc.categories
        for b in bilingual["$defs"][c.name]["oneOf"]
    ]
    assert english == vectors(bilingual_doc)


def test_bilingual_schema_reads_back_the_chinese_page(bilingual_doc: Document, bilingual: dict) -> None:
    """`x-i18n.zh` of each branch and category holds the Chinese page's texts, with the keywords they stand in for."""
    branches, enum_descriptions, categories = [], [], []
    for c in bilingual_doc.categories:
        definition = bilingual["$defs"][c.name]
        zh = definition["x-i18n"]["zh"]
        assert set(definition["x-i18n"]) == {"zh"}
        assert set(zh) <= {"title", "x-fallback", "x-enum-descriptions"}
        categories.append((c.id, zh["title"], zh.get("x-fallback")))
        enum_descriptions += zh["x-enum-descriptions"]
        assert len(zh["x-enum-descriptions"]) == len(definition["enum"])
        for b in definition["oneOf"]:
            assert set(b["x-i18n"]) == {"zh"} and set(b["x-i18n"]["zh"]) <= {"description", "x-action"}
            branches.append({"description": b["x-i18n"]["zh"]["description"], "action": b["x-i18n"]["zh"].get("x-action")})
    # As the Chinese page gives them (every code and category has its Chinese text there).
    assert branches == [{"description": e.text("zh").description, "action": e.text("zh").action} for _, e in bilingual_doc.entries()]
    assert enum_descriptions == [v["description"] for v in localized_vectors(bilingual_doc, "zh")]
    assert categories == [(c.id, c.text("zh").description, c.text("zh").action) for c in bilingual_doc.categories]
    assert categories == localized_categories(bilingual_doc, "zh")
    assert branches[0] == {"description": "无效的请求；请求报文无法识别。", "action": "请检查请求内容。"}
    assert all("\t" not in b["description"] and "  " not in b["description"] for b in branches)


def test_i18n_falls_back_where_a_locale_lacks_a_text(bilingual_doc: Document) -> None:
    """A code without a Chinese text has no `x-i18n` branch entry; the category's list gives its English text."""
    first = bilingual_doc.categories[0]
    untranslated = replace(first.entries[0], translations=())
    doc = replace(bilingual_doc, categories=(replace(first, entries=(untranslated, *first.entries[1:]), translations=()),))
    data = schema.build(doc)
    definition = data["$defs"][first.name]
    assert "x-i18n" not in definition["oneOf"][0] and "x-i18n" in definition["oneOf"][1]
    assert definition["x-i18n"]["zh"]["x-enum-descriptions"][0] == untranslated.description
    assert "title" not in definition["x-i18n"]["zh"]  # the category has no Chinese title: `title` applies
    alone = replace(first, entries=(untranslated,), translations=())
    assert "x-i18n" not in schema.build(replace(bilingual_doc, categories=(alone,)))["$defs"][first.name]


json_data = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=5), children, max_size=4),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None)
@given(json_data)
def test_pretty_printer_is_json_dumps_with_indent(value: object) -> None:
    from errcodegen.escape import json_value

    expected = json.dumps(value, ensure_ascii=False, indent=2)
    for ch in "\u2028\u2029":
        expected = expected.replace(ch, f"\\u{ord(ch):04x}")
    expected = "".join(f"\\u{ord(c):04x}" if 0xD800 <= ord(c) < 0xE000 else c for c in expected)
    assert json_value(value, indent=2) == expected
    assert json.loads(json_value(value, indent=2)) == value

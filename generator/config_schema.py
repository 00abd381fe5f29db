"""The JSON Schema of `[tool.errcodegen]`, made from what config.py and the targets accept.

Editors that validate TOML against a JSON Schema (Taplo, "Even Better TOML") complete and check
the configuration with it; `errcodegen` ships it as package data (`errcodegen/config.schema.json`)
and the tests keep that file equal to `build()` and every TOML block of the docs valid against it.
It says what a key may hold; config.py still decides (a path outside the project, an output
folder that holds a page, and the like are refused only there).

    python -m errcodegen.config_schema            # print it
    python -m errcodegen.config_schema --write    # refresh generator/config.schema.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from . import config
from .model import LOCALE_TAG
from .targets.base import KINDS
from .targets.registry import TARGETS

SCHEMA_FILE = Path(__file__).resolve().parent / "config.schema.json"
SCHEMA_ID = "https://github.com/errcodegen/errcodegen/config.schema.json"


def _anchored(pattern: str) -> str:
    """A Python `fullmatch` pattern as a JSON Schema `pattern` (which searches)."""
    return f"^(?:{pattern})$"


def _text(description: str) -> dict[str, Any]:
    return {"type": "string", "minLength": 1, "description": description}


def _locales(description: str, value: dict[str, Any]) -> dict[str, Any]:
    return {
        "type": "object",
        "description": description,
        "minProperties": 1,
        "propertyNames": {"pattern": _anchored(LOCALE_TAG.pattern)},
        "additionalProperties": value,
    }


def _target(target: Any) -> dict[str, Any]:
    properties = {
        key: {"type": "string", "pattern": _anchored(option.pattern), "description": f"the {target.name} output's {key} ({option.noun})"}
        for key, option in sorted(target.options.items())
    }
    return {"type": "object", "description": f"options of the {target.name} output", "properties": properties, "additionalProperties": False}


def _set_properties() -> dict[str, Any]:
    names = [t.name for t in TARGETS]
    properties: dict[str, Any] = {
        "name": _text("the set's name: its outputs' default file names and what other sets' see-also cite"),
        "kind": {"enum": list(KINDS), "description": "int: codes are integers (X-ErrNo); string: symbolic codes (<Code>)"},
        "source": _text("the page (English), when the set has one locale; or give `pages`"),
        "pages": _locales("each locale's page (the first is the default locale)", _text("a page, relative to this file")),
        "names": {**_text("the names file that pins every identifier (.toml)"), "pattern": r"\.toml$"},
        "targets": {"type": "array", "items": {"enum": names}, "uniqueItems": True, "description": "the outputs to write (default: all)"},
        "product": {
            "type": "object",
            "description": "whose codes these are: the words of docstrings, titles and root type names (default: from `name`)",
            "properties": {
                "name": {"type": "string", "pattern": r"\S", "maxLength": 100, "description": "in prose: \"Tencent Cloud Object Storage\""},
                "short": {"type": "string", "pattern": _anchored(config.PRODUCT_SHORT.pattern), "description": "in type names: \"COS\" (COSException)"},
            },
            "additionalProperties": False,
        },
        "sections": {
            "description": "what to read of the pages: heading texts or category ids (a list means include)",
            "oneOf": [
                {"type": "array", "items": {"type": "string", "minLength": 1}, "minItems": 1},
                {
                    "type": "object",
                    "minProperties": 1,
                    "properties": {
                        "include": {"type": "array", "items": {"type": "string", "minLength": 1}, "minItems": 1},
                        "exclude": {"type": "array", "items": {"type": "string", "minLength": 1}},
                    },
                    "additionalProperties": False,
                },
            ],
        },
        "upstream": {
            "type": "object",
            "description": "where `errcodegen update` fetches the pages",
            "required": ["repo", "paths"],
            "properties": {
                "repo": _text("a git URL or a local path"),
                "ref": _text("a branch, tag or commit (default: the default branch)"),
                "paths": _locales("each page locale's path in the repository", _text("a relative path, / separated")),
            },
            "additionalProperties": False,
        },
    }
    for target in TARGETS:
        properties[target.name] = _target(target)
    return properties


def build() -> dict[str, Any]:
    """The schema of the `[tool.errcodegen]` table (the value under `tool.errcodegen`)."""
    set_properties = _set_properties()
    top = {
        "out": _text("the output folder, inside the project (default: generated)"),
        "templates": _text("a folder of your own templates, used in place of built-ins of the same path"),
    }
    one_set = {**top, **set_properties}
    if set(one_set) | {"sets"} != config.TOP_KEYS or set(set_properties) != config.SET_KEYS:
        raise RuntimeError("config_schema.py does not know every key config.py accepts")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "[tool.errcodegen] in pyproject.toml",
        "description": "errcodegen's configuration: one set of outputs from top-level keys, or several under `sets`.",
        "type": "object",
        "properties": {**one_set, "sets": {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/set"}}},
        "additionalProperties": False,
        "$defs": {
            "set": {
                "type": "object",
                "description": "one page (in one or more locales) and the outputs made from it",
                "properties": set_properties,
                "additionalProperties": False,
                "not": {"required": ["source", "pages"]},
            }
        },
        "if": {"required": ["sets"]},
        "then": {"propertyNames": {"enum": ["out", "sets", "templates"]}},
        "not": {"required": ["source", "pages"]},
    }


def text() -> str:
    """The schema as the shipped file holds it."""
    return json.dumps(build(), indent=2, ensure_ascii=False) + "\n"


def main(argv: list[str]) -> int:
    if argv == ["--write"]:
        SCHEMA_FILE.write_text(text(), encoding="utf-8", newline="\n")
        return 0
    if argv:
        print("usage: python -m errcodegen.config_schema [--write]", file=sys.stderr)
        return 2
    sys.stdout.write(text())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""The configuration's JSON Schema (generator/config.schema.json, shipped as package data):
equal to what config_schema.build() makes of config.py and the targets, valid JSON Schema, and
in agreement with the tool on the project's, the golden cases' and the docs' configurations (every TOML
block of README.md and docs/**/*.md that configures errcodegen)."""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from errcodegen import config, config_schema

from .conftest import ROOT
from .readme_snippets import documents

SCHEMA = json.loads(config_schema.SCHEMA_FILE.read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)


def _errors(table: Any) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in VALIDATOR.iter_errors(table)]


def test_the_shipped_schema_is_the_one_the_tool_makes() -> None:
    assert config_schema.SCHEMA_FILE.read_text(encoding="utf-8") == config_schema.text(), (
        "refresh it: python -m errcodegen.config_schema --write"
    )
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


def _toml_blocks(markdown: str) -> list[str]:
    return re.findall(r"^```toml\n(.*?)^```", markdown, flags=re.S | re.M)


def _configurations() -> list[tuple[str, dict[str, Any]]]:
    found = [("pyproject.toml", tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8")))]
    found += [
        (p.relative_to(ROOT).as_posix(), tomllib.loads(p.read_text(encoding="utf-8")))
        for p in sorted((ROOT / "tests" / "cases").glob("*/pyproject.toml"))
    ]
    for doc in documents(ROOT):
        for i, block in enumerate(_toml_blocks(doc.read_text(encoding="utf-8"))):
            if "tool.errcodegen" in block:
                name = doc.relative_to(ROOT).as_posix()
                found.append((f"{name} block {i}", tomllib.loads(block)))  # a block that is not TOML fails here
    return found


CONFIGURATIONS = _configurations()


def test_the_docs_configure_errcodegen_in_toml_blocks() -> None:
    """The README's quick start and the full table of docs/configuration.md, at least."""
    assert sum(name.startswith("README.md ") for name, _ in CONFIGURATIONS) >= 1
    assert sum(name.startswith("docs/configuration.md ") for name, _ in CONFIGURATIONS) >= 1


@pytest.mark.parametrize(("name", "data"), CONFIGURATIONS, ids=[n for n, _ in CONFIGURATIONS])
def test_every_configuration_validates(name: str, data: dict[str, Any]) -> None:
    table = data.get("tool", {}).get("errcodegen")
    assert isinstance(table, dict), f"{name} has a [tool.errcodegen] table"
    assert _errors(table) == []


# Tables that the tool refuses for what a key holds: the schema refuses them too.
REFUSED = [
    {"sets": [{"name": "a", "pyhton": {}}]},
    {"sets": [{"name": "a", "kind": "float"}]},
    {"sets": [{"name": "a", "python": {"package": "not a name"}}]},
    {"sets": [{"name": "a", "rust": {"crate": "Upper"}}]},
    {"sets": [{"name": "a", "product": {"short": "1x"}}]},
    {"sets": [{"name": "a", "product": {"title": "x"}}]},
    {"sets": [{"name": "a", "targets": ["python", "cobol"]}]},
    {"sets": [{"name": "a", "pages": {"EN": "x.md"}}]},
    {"sets": [{"name": "a", "upstream": {"ref": "main"}}]},
    {"sets": [{"name": "a", "source": "a.md", "pages": {"en": "a.md"}}]},
    {"sets": [{"name": "a"}], "names": "x.toml"},
    {"out": "generated", "colour": "blue"},
]


@pytest.mark.parametrize("table", REFUSED, ids=[json.dumps(t) for t in REFUSED])
def test_what_the_tool_refuses_the_schema_refuses(tmp_path: Path, table: dict[str, Any]) -> None:
    assert _errors(table), "the schema accepts it"
    lines = ["[tool.errcodegen]"]
    lines += [f"{k} = {json.dumps(v)}" for k, v in table.items() if k != "sets"]
    for s in table.get("sets", []):
        lines.append("[[tool.errcodegen.sets]]")
        for k, v in s.items():
            value = json.dumps(v) if not isinstance(v, dict) else "{ " + ", ".join(f"{a} = {json.dumps(b)}" for a, b in v.items()) + " }"
            lines.append(f"{k} = {value}")
    (tmp_path / "pyproject.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "a.md").write_text("", encoding="utf-8")
    (tmp_path / "x.md").write_text("", encoding="utf-8")
    with pytest.raises(config.ConfigError):
        config.load(tmp_path / "pyproject.toml")

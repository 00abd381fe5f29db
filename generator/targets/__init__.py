"""One module per output; each turns the model into {relative path: text} and writes nothing."""

from __future__ import annotations

from typing import Any, Callable

from ..content import Content
from ..model import Document
from . import go, json_model, python, schema, strings, typescript

Target = Callable[[Document, dict[str, Any]], dict[str, Content]]

TARGETS: dict[str, Target] = {
    "python": python.render,
    "typescript": typescript.render,
    "go": go.render,
    "schema": schema.render,
    "json": json_model.render,
}

# Pages whose codes are strings (the media-processing job page): string-valued outputs.
STRING_TARGETS: dict[str, Target] = {
    "python": strings.render_python,
    "typescript": strings.render_typescript,
    "go": strings.render_go,
    "schema": strings.render_schema,
    "json": strings.render_json,
}


def declared_names() -> dict[str, frozenset[str]]:
    """Per output, the top-level names its modules declare, import or use, whatever the page."""
    return {
        "python": python.OWN_NAMES,
        "typescript": typescript.OWN_NAMES | strings.TS_NAMES,
        "go": go.FIXED_NAMES | strings.GO_NAMES,
        "schema": frozenset({schema.ANY, strings.TYPE}),
    }


def type_name_problem(name: str) -> str | None:
    """Why a category may not take the type name `name` in some output (enabled or not), or None."""
    for target, names in declared_names().items():
        if name in names:
            return f"the {target} output declares or uses {name} itself"
    if name == "Error" or not name.endswith("Error"):
        return "the go output names a category's constants after its type's prefix: <Prefix>Error"
    return None

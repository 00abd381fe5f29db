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

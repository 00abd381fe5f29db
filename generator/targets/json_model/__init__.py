"""The model itself as JSON, for any language errcodegen does not target (either kind of page)."""

from __future__ import annotations

from typing import Any, Mapping

from ...content import Content
from ...escape import DeferredEach, json_stream
from ...model import entry_json, to_json
from ...render import Renderer
from ...view import View
from ..base import Option, Target, set_words


class Json(Target):
    """`json/<file>`: `$comment` (the generated-file header) followed by the model."""

    name = "json"
    summary = "the model as JSON"
    options = {"file": Option(r"[A-Za-z0-9_][A-Za-z0-9_.-]*\.json")}
    defaults = {"int": {"file": "ci-error-codes.json"}, "string": {"file": "ci-media-processing-error-codes.json"}}
    declared = {"int": frozenset[str](), "string": frozenset[str]()}
    distinct = ("file",)

    def named_defaults(self, set_name: str) -> dict[str, str]:
        """`cos-error-codes` -> `json/cos-error-codes.json`."""
        return {"file": "-".join(set_words(set_name)) + ".json"}

    def render(self, view: View, options: Mapping[str, Any], renderer: Renderer) -> dict[str, Content]:
        file = self.option(options, "file", view.kind)
        # Each entry's data is made only when printed: the whole model as dicts at once would
        # double the peak memory of a 100 000-row page.
        # The model itself: every row an entry (a code on several rows has a `variant` each).
        product = {"name": view.product.name, "short": view.product.short}
        data = {"$comment": view.header, "product": product, **to_json(view.model, each=lambda entries: DeferredEach(entries, entry_json))}
        return {f"json/{file}": json_stream(data)}


TARGET = Json()

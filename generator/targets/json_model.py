"""The model itself as JSON, for any language errcodegen does not target."""

from __future__ import annotations

from typing import Any

from functools import partial

from ..escape import Deferred, json_value, json_stream
from ..content import Content
from ..model import Document, entry_json, to_json
from ..render import header_line

DEFAULT_FILE = "ci-error-codes.json"


def render(doc: Document, options: dict[str, Any]) -> dict[str, Content]:
    """Return `json/<file>`: `$comment` (the generated-file header) followed by the model."""
    # Each entry's data is made only when printed: the whole model as dicts at once would
    # double the peak memory of a 100 000-row page.
    data = {"$comment": header_line(doc), **to_json(doc, lambda e: Deferred(partial(entry_json, e)))}
    return {f"json/{options.get('file', DEFAULT_FILE)}": json_stream(data)}

"""The model itself as JSON, for any language errcodegen does not target."""

from __future__ import annotations

from typing import Any

from ..escape import json_value
from ..model import Document, to_json
from ..render import header_line

DEFAULT_FILE = "ci-error-codes.json"


def render(doc: Document, options: dict[str, Any]) -> dict[str, str]:
    """Return `json/<file>`: `$comment` (the generated-file header) followed by the model."""
    data = {"$comment": header_line(doc), **to_json(doc)}
    return {f"json/{options.get('file', DEFAULT_FILE)}": json_value(data, indent=2) + "\n"}

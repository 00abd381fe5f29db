"""stub"""
from typing import Any
from ..model import Document


def render(doc: Document, options: dict[str, Any]) -> dict[str, str]:
    return {}

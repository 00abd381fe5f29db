"""Checks run on rendered files before anything is written: each must at least load."""

from __future__ import annotations

import json


class ValidationError(Exception):
    """A rendered file that would not load; nothing has been written."""


def validate(files: dict[str, str]) -> None:
    """Raise ValidationError unless every Python file compiles and every JSON file parses."""
    for path, text in files.items():
        try:
            if path.endswith(".py"):
                compile(text, path, "exec", dont_inherit=True)
            elif path.endswith(".json"):
                json.loads(text)
        except (SyntaxError, ValueError) as exc:
            raise ValidationError(f"rendered {path} does not load: {exc}") from None
        if "\r" in text or (text and not text.endswith("\n")) or text.startswith("\ufeff"):
            raise ValidationError(f"rendered {path} is not LF-terminated UTF-8 text")

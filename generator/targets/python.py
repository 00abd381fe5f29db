"""The Python package: one IntEnum per category, lookups by code and by X-ErrNo header."""

from __future__ import annotations

from typing import Any

from ..content import Content
from ..model import Document
from ..render import header_line, render_template
from .locales import category_texts, entry_texts, other_locales

DEFAULT_PACKAGE = "ci_error_codes"

# Names the Python modules (module.py.j2, strings.py.j2) declare, import or use at top level:
# a category's class named like one would replace it (keywords cannot be class names at all).
OWN_NAMES = frozenset(
    {"Any", "EnumMeta", "IntEnum", "StrEnum", "Final", "NamedTuple", "DeprecationWarning", "AttributeError"}
    | {"CIError", "Category", "CategoryText", "LocalizedText", "ErrorCode", "Variant", "SeeAlso"}
    | {"CATEGORIES", "DEFAULT_LOCALE", "DEPRECATED", "LOCALES", "VARIANTS", "None", "True", "False"}
    | {"annotations", "warnings", "lookup", "from_header", "from_response"}
)


def render(doc: Document, options: dict[str, Any]) -> dict[str, Content]:
    """Return the package's `__init__.py` and `py.typed` under `python/<package>/`."""
    package = options.get("package", DEFAULT_PACKAGE)
    text = render_template(
        "python/module.py.j2",
        doc=doc,
        header=header_line(doc),
        other_locales=other_locales(doc),
        entry_texts=entry_texts,
        category_texts=category_texts,
    )
    base = f"python/{package}"
    return {f"{base}/__init__.py": text, f"{base}/py.typed": ""}

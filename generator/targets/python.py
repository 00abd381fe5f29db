"""The Python package: one IntEnum per category (integer codes, lookups by code and by X-ErrNo
header), or one StrEnum of every code with its variants (symbolic codes)."""

from __future__ import annotations

from typing import Any, Mapping

from ..content import Content
from ..render import render_template
from ..view import View
from .base import Option, Target, python_package_problem, register

# Names the Python modules (module.py.j2, strings.py.j2) declare, import or use at top level:
# a category's class named like one would replace it (keywords cannot be class names at all).
OWN_NAMES = frozenset(
    {"Any", "EnumMeta", "IntEnum", "StrEnum", "Final", "NamedTuple", "DeprecationWarning", "AttributeError"}
    | {"CIError", "Category", "CategoryText", "LocalizedText", "ErrorCode", "Variant", "SeeAlso"}
    | {"CATEGORIES", "DEFAULT_LOCALE", "DEPRECATED", "LOCALES", "VARIANTS", "None", "True", "False"}
    | {"annotations", "warnings", "lookup", "from_header", "from_response"}
)

# black's line length: the generated module is black's style by construction.
LINE_LENGTH = 88


def _layout(view: View) -> dict[str, bool]:
    """What black would decide about the module's layout, decided here instead of in the template."""
    # black keeps a one-element tuple on one line when it fits: its trailing comma is not "magic".
    one = view.categories[0].name if len(view.categories) == 1 else None
    categories = f"CATEGORIES: Final[tuple[type[CIError], ...]] = ({one},)"
    locales = f'LOCALES: Final[tuple[str, ...]] = ("{view.locales[0]}",)'  # a locale tag needs no escape
    return {
        "categories_on_one_line": one is not None and len(categories) <= LINE_LENGTH,
        "locales_on_one_line": len(view.locales) == 1 and len(locales) <= LINE_LENGTH,
    }


class Python(Target):
    """`python/<package>/__init__.py` and `py.typed`."""

    name = "python"
    options = {"package": Option(r"[A-Za-z_][A-Za-z0-9_]*", "name", check=python_package_problem)}
    defaults = {"int": {"package": "ci_error_codes"}, "string": {"package": "ci_media_processing_errors"}}
    declared = {"int": OWN_NAMES, "string": OWN_NAMES}

    def render(self, view: View, options: Mapping[str, Any]) -> dict[str, Content]:
        package = self.option(options, "package", view.kind)
        if view.kind == "string":
            text = render_template("python/strings.py.j2", view=view)
        else:
            text = render_template("python/module.py.j2", view=view, **_layout(view))
        return {f"python/{package}/__init__.py": text, f"python/{package}/py.typed": ""}


TARGET = register(Python())
DEFAULT_PACKAGE = Python.defaults["int"]["package"]


def render(doc: Any, options: Mapping[str, Any]) -> dict[str, Content]:
    """The target applied to a document (or its view)."""
    return TARGET(doc, options)

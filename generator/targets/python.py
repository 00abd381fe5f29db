"""The Python package: one IntEnum per category (integer codes, lookups by code and by X-ErrNo
header), or one str Enum of every code with its variants (symbolic codes); CPython 3.9 or later."""

from __future__ import annotations

import builtins
from typing import Any, Mapping

from ..content import Content
from ..escape import Escaped
from ..model import Category
from ..render import render_template
from ..view import RETRYABLE_STATUSES, View
from .base import Option, Target, folder_problem, python_package_problem, register, set_words

# Names the Python modules (module.py.j2, strings.py.j2) declare, import or use at top level:
# a category's class named like one would replace it (keywords cannot be class names at all).
OWN_NAMES = frozenset(
    {"Any", "EnumMeta", "IntEnum", "StrEnum", "Final", "NamedTuple", "DeprecationWarning", "AttributeError"}
    | {"CIError", "Category", "CategoryText", "LocalizedText", "ErrorCode", "Variant", "SeeAlso"}
    | {"CATEGORIES", "DEFAULT_LOCALE", "DEPRECATED", "LOCALES", "VARIANTS", "None", "True", "False"}
    | {"annotations", "warnings", "lookup", "from_header", "from_response", "cast"}
    | {"CIException", "Exception", "BaseException", "ValueError", "exception_for", "raise_for_header"}
    | {"raise_for_response", "NoReturn", "parent_of", "subcodes", "is_within"}
    | {"Iterable", "Literal", "Protocol", "threading", "error_for", "from_cos_error", "keep_headers"}
    # A category's exception is `<Category>Exception` (`exception_name`): a category whose
    # exception would be a built-in one (`BaseError` -> BaseException) is refused.
    | {"BaseError"}
)

# black's line length: the generated module is black's style by construction.
LINE_LENGTH = 88


def _layout(view: View) -> dict[str, bool]:
    """What black would decide about the module's layout, decided here instead of in the template."""
    # black keeps a one-element tuple on one line when it fits: its trailing comma is not "magic".
    one = view.categories[0].name if len(view.categories) == 1 else None
    categories = f"CATEGORIES: Final[tuple[type[{root_names(view)[1]}], ...]] = ({one},)"
    locales = f'LOCALES: Final[tuple[str, ...]] = ("{view.locales[0]}",)'  # a locale tag needs no escape
    return {
        "categories_on_one_line": one is not None and len(categories) <= LINE_LENGTH,
        "locales_on_one_line": len(view.locales) == 1 and len(locales) <= LINE_LENGTH,
    }


def exception_name(type_name: str) -> str:
    """The exception class of a category's type: `DownloadError` -> `DownloadException`."""
    base = type_name[: -len("Error")] if type_name.endswith("Error") else type_name
    return f"{base}Exception"


def root_names(view: View) -> tuple[str, str]:
    """The product-named root types: the exception (`COSException`) and, on a page of integer
    codes, the base class of the category enums (`CIError`): from `view.type_prefix`."""
    return f"{view.type_prefix}Exception", f"{view.type_prefix}Error"


# The names of the product-named types, which the static `OWN_NAMES` (kept for the reserved-name
# sets: a category may not take them whatever the product) lists for the default product.
_ROOT_DEFAULTS = frozenset({"CIError", "CIException"})


def _exceptions(view: View) -> list[tuple[Category, str]]:
    """(category, exception name) per category, in order; a clash with a declared name refused
    (the product-named root types' included)."""
    out = []
    root, base = root_names(view)
    roots = {root} if view.kind == "string" else {root, base}
    for name in sorted(roots):
        if name in OWN_NAMES - _ROOT_DEFAULTS or hasattr(builtins, name):
            raise ValueError(f"product short name {view.type_prefix!r}: its type {name} is already declared in the module; give the set a product.short")
    seen = {c.name for c in view.categories}
    for name in sorted(roots & seen):
        raise ValueError(f"product short name {view.type_prefix!r}: its type {name} is also a category's; give the set a product.short")
    seen |= roots
    for c in view.categories:
        name = exception_name(c.name)
        if name in OWN_NAMES or name in seen:
            raise ValueError(f"category {c.id!r}: its exception {name} is already declared in the module")
        seen.add(name)
        out.append((c, name))
    return out


def _int_tuple(values: tuple[int, ...]) -> Escaped:
    """A tuple of ints as Python (and black) spells it: `(403,)`, `(429, 503)`."""
    return Escaped(f"({', '.join(str(int(v)) for v in values)}{',' if len(values) == 1 else ''})")


def _error_data(view: View) -> dict[str, Any]:
    """What the errors read: the status class of categories, the statuses of each code's rows
    in each category (integer pages), the throttling codes, the retryable statuses."""
    by_id = {c.id: c for c in view.categories}
    statuses: dict[tuple[str, int | str], list[int]] = {}
    for c, e in view.model.entries():
        if e.http_status is not None and c.id in by_id:
            found = statuses.setdefault((c.id, e.code), [])
            if e.http_status not in found:
                found.append(e.http_status)
    root, base = root_names(view)
    return {
        "root": root,
        "base": base,
        "status_classes": [(c, view.status_classes[c.id]) for c in view.categories if c.id in view.status_classes],
        "row_statuses": [(by_id[k], code, _int_tuple(tuple(s))) for (k, code), s in statuses.items()],
        "retryable_codes": view.retryable_codes,
        "retryable_statuses": _int_tuple(RETRYABLE_STATUSES),
    }


# A PEP 440 version (no local part: an index refuses those).
VERSION = r"[0-9]+(\.[0-9]+)*((a|b|rc)[0-9]+)?(\.post[0-9]+)?(\.dev[0-9]+)?"


class Python(Target):
    """`python/<package>/__init__.py`, `py.typed` and `pyproject.toml` (an installable distribution:
    `pip install python/<package>`)."""

    name = "python"
    options = {
        "package": Option(r"[A-Za-z_][A-Za-z0-9_]*", "name", check=python_package_problem),
        "dir": Option(r"[A-Za-z0-9_][A-Za-z0-9_.-]*", check=folder_problem),
        "version": Option(VERSION, "version", path=False),
    }
    defaults = {
        "int": {"package": "ci_error_codes", "dir": "ci-error-codes", "version": "0.1.0"},
        "string": {"package": "ci_media_processing_errors", "dir": "ci-media-processing-error-codes", "version": "0.1.0"},
    }
    declared = {"int": OWN_NAMES, "string": OWN_NAMES}
    distinct = ("package", "dir")

    def named_defaults(self, set_name: str) -> dict[str, str]:
        """`cos-error-codes` -> the package `cos_error_codes` in `python/cos-error-codes/`."""
        return {"package": "_".join(set_words(set_name)), "dir": "-".join(set_words(set_name))}

    def render(self, view: View, options: Mapping[str, Any]) -> dict[str, Content]:
        package = self.option(options, "package", view.kind)
        folder = self.option(options, "dir", view.kind)
        version = self.option(options, "version", view.kind)
        if view.kind == "string":
            text = render_template("python/strings.py.j2", view=view, exceptions=_exceptions(view), **_error_data(view))
            python = "3.9"
        else:
            text = render_template(
                "python/module.py.j2", view=view, exceptions=_exceptions(view), **_layout(view), **_error_data(view)
            )
            python = "3.9"
        project = render_template(
            "python/pyproject.toml.j2",
            view=view,
            package=Escaped(package),  # checked: an identifier
            version=Escaped(version),  # checked: a PEP 440 version
            python=Escaped(python),
        )
        # `python/<dir>/`: a project whose package is the folder `<package>` (built out of tree).
        return {
            f"python/{folder}/{package}/__init__.py": text,
            f"python/{folder}/{package}/py.typed": "",
            f"python/{folder}/pyproject.toml": project,
        }

    def identifiers(self, view: View) -> dict[tuple[str, int | str], str]:
        """`DownloadError.SIGNATURE_AUTHENTICATION_FAILS`; `ErrorCode.ACCESS_DENIED` for every variant."""
        return member_names(view)


def member_names(view: View) -> dict[tuple[str, int | str], str]:
    """`<Type>.<MEMBER>` per (category id, code): Python's and TypeScript's spelling of a constant."""
    if view.kind == "string":
        return {(v.category.id, k.code): f"ErrorCode.{k.name}" for k in view.codes for v in k.variants}
    return {(c.id, e.code): f"{c.name}.{e.name}" for c, e in view.entries}


TARGET = register(Python())
DEFAULT_PACKAGE = Python.defaults["int"]["package"]


def render(doc: Any, options: Mapping[str, Any]) -> dict[str, Content]:
    """The target applied to a document (or its view)."""
    return TARGET(doc, options)

"""The Python package: one IntEnum per category (integer codes, lookups by code and by X-ErrNo
header), or one str Enum of every code with its variants (symbolic codes); CPython 3.9 or later."""

from __future__ import annotations

import builtins
import keyword
import sys
import unicodedata
from typing import Any, Iterable, Mapping

from ...content import Content, later
from ...escape import Escaped
from ...model import Category
from ...render import Renderer, UserTemplateError
from ...view import RETRYABLE_STATUSES, View
from ..base import Option, Target, folder_problem, member_names, set_words
from . import escape

# Python modules a generated package must not shadow (`import typing` would find it first).
STDLIB_MODULES = frozenset(sys.stdlib_module_names) | frozenset(sys.builtin_module_names)
# Python's built-in exceptions (a fixed list, so that every Python version gives the same names):
# a category's class named like one would shadow it (the module raises AttributeError itself,
# and `from ... import *` would shadow them).
BUILTIN_ERRORS = frozenset(
    """ArithmeticError AssertionError AttributeError BlockingIOError BrokenPipeError BufferError
    ChildProcessError ConnectionAbortedError ConnectionError ConnectionRefusedError ConnectionResetError
    EOFError EnvironmentError FileExistsError FileNotFoundError FloatingPointError IOError ImportError
    IndentationError IndexError InterruptedError IsADirectoryError KeyError LookupError MemoryError
    ModuleNotFoundError NameError NotADirectoryError NotImplementedError OSError OverflowError
    PermissionError ProcessLookupError PythonFinalizationError RecursionError ReferenceError RuntimeError
    SyntaxError SystemError TabError TimeoutError TypeError UnboundLocalError UnicodeDecodeError
    UnicodeEncodeError UnicodeError UnicodeTranslateError ValueError ZeroDivisionError""".split()
)

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


def _width(text: str) -> int:
    """The width black measures a line by (wide East Asian characters count 2, combining ones 0)."""
    if text.isascii():
        return len(text)
    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in ("W", "F") else 1 for c in text)


def _wrapped(members: Iterable[tuple[Any, str, str | int]]) -> frozenset[Any]:
    """The keys of the enum members `NAME = literal` (at an indent of 4) that black splits as
    `NAME = (` / the literal / `)`: the line is longer than LINE_LENGTH and the literal alone, at an
    indent of 8, is not (else black leaves the line as it is)."""
    out = set()
    for key, name, value in members:
        literal = str(escape.py_lit(value))
        if _width(f"    {name} = {literal}") > LINE_LENGTH and _width(f"        {literal}") <= LINE_LENGTH:
            out.add(key)
    return frozenset(out)


def package_problem(value: str) -> str | None:
    """Why `value` cannot name a Python package, beyond its pattern, or None."""
    if keyword.iskeyword(value):
        return "is a Python keyword"
    if value.startswith("_") or value.endswith("_"):
        # It is also the distribution's name (its pyproject.toml's), which PEP 508 wants to start
        # and end with a letter or digit: setuptools refuses to build `_x` or `x_`.
        return "is no distribution name PEP 508 allows (one starts and ends with a letter or digit)"
    if value in STDLIB_MODULES or value in ("test", "__main__") or value.startswith("__"):
        return f"would shadow the standard library module {value}"
    return None


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
    label = "Python"
    shadowed = BUILTIN_ERRORS
    # What Python's Enum reserves (`mro`, `name`, `value`), and the UPPER_SNAKE spellings of
    # Python's constants None, True and False.
    reserved_members = frozenset({"MRO", "NAME", "VALUE", "NONE", "TRUE", "FALSE"})
    filters = escape.FILTERS
    shared_filters = {"py": frozenset({"ident"}), "toml": frozenset({"json"})}
    checked_suffixes = (".py",)
    options = {
        "package": Option(r"[A-Za-z_][A-Za-z0-9_]*", "name", check=package_problem),
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

    def check_comments(self, path: str, text: str) -> None:
        escape.check_comments(path, text)

    def check_loads(self, path: str, text: str) -> None:
        escape.check_loads(path, text)

    def format_user_output(self, name: str, text: str) -> str:
        """A Python file a user's template made (`<name>.py.j2`), laid out by black, in process
        (the project's mode); any other file as it is."""
        if not name.endswith(".py.j2"):
            return text
        import black

        try:
            return black.format_str(text, mode=black.Mode())
        except Exception as exc:  # black.InvalidInput, or any other refusal of black's
            first = (str(exc).splitlines() or [type(exc).__name__])[0]
            raise UserTemplateError(f"{name}: the template's output is not Python that black can parse: {first}") from None

    def render(self, view: View, options: Mapping[str, Any], renderer: Renderer) -> dict[str, Content]:
        package = self.option(options, "package", view.kind)
        folder = self.option(options, "dir", view.kind)
        version = self.option(options, "version", view.kind)
        exceptions = _exceptions(view)  # a clash of names is refused now, the rest made when written

        def module() -> Content:  # its context is made when the module is written (content.later)
            if view.kind == "string":
                wrapped = _wrapped((k.name, k.name, k.code) for k in view.codes)
                return renderer.render("python/strings.py.j2", view=view, exceptions=exceptions, wrapped=wrapped, **_error_data(view))
            return renderer.render(
                "python/module.py.j2",
                view=view,
                exceptions=exceptions,
                wrapped=_wrapped(((c.id, e.code), e.name, e.code) for c in view.categories for e in c.entries),
                **_layout(view),
                **_error_data(view),
            )

        text = later(module)
        python = "3.9"
        project = renderer.render(
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


TARGET = Python()

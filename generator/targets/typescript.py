"""The TypeScript module: one `as const` object per category (integer codes, lookups by code
and by X-ErrNo header), or one `ErrorCode` object of every code with its variants (symbolic
codes). No `enum`."""

from __future__ import annotations

from typing import Any, Mapping

from ..content import Content
from ..model import LOCALE_TAG, Document
from ..render import render_template
from ..view import View
from .base import Option, Target, register, typescript_file_problem
from .python import member_names

# Top-level names the module declares or uses itself; a category named like one would clash.
OWN_NAMES = frozenset(
    {"CATEGORIES", "ERRORS", "CategoryId", "CategoryInfo", "ErrorInfo", "Map", "Number", "ReadonlyMap"}
    | {"DEFAULT_LOCALE", "LOCALES", "Locale", "LocalizedText", "CategoryText", "Object", "Partial", "Readonly", "Record"}
)
# Top-level names the module for a page of symbolic codes declares.
SYMBOL_NAMES = frozenset(
    {"ErrorCode", "SeeAlso", "Variant", "VARIANTS", "CATEGORIES", "CategoryId", "CategoryInfo", "Map", "ReadonlyMap"}
)
# A JavaScript number holds every integer up to 2**53 - 1 exactly, and no further.
MAX_SAFE_INTEGER = 2**53 - 1


def _check(doc: Document) -> None:
    """Refuse what would not compile, or would compile into something else than the model."""
    for locale in doc.locales:
        # A locale is a property name of `translations`: `__proto__` would set the prototype.
        if not LOCALE_TAG.fullmatch(locale):
            raise ValueError(f"{locale!r} is not a locale tag such as en or zh")
    seen: set[str] = set()
    for c in doc.categories:
        if c.name in OWN_NAMES or c.name in seen:
            raise ValueError(f"category name {c.name} is already declared in the module")
        seen.add(c.name)
        names: set[str] = set()
        for e in c.entries:
            if isinstance(e.code, int) and abs(e.code) > MAX_SAFE_INTEGER:
                raise ValueError(f"code {e.code} of {c.name}.{e.name} is beyond a JavaScript number's exact range")
            if e.name in names or e.name == "__proto__":
                raise ValueError(f"{c.name}.{e.name} cannot be a property of the category object")
            names.add(e.name)


class TypeScript(Target):
    """`typescript/<file>`."""

    name = "typescript"
    options = {"file": Option(r"[A-Za-z0-9_][A-Za-z0-9_.-]*\.ts", check=typescript_file_problem)}
    defaults = {"int": {"file": "ciErrorCodes.ts"}, "string": {"file": "ciMediaProcessingErrorCodes.ts"}}
    declared = {"int": OWN_NAMES, "string": SYMBOL_NAMES}

    def render(self, view: View, options: Mapping[str, Any]) -> dict[str, Content]:
        file = self.option(options, "file", view.kind)
        if view.kind == "string":
            text = render_template("typescript/strings.ts.j2", view=view)
        else:
            _check(view.doc)
            text = render_template("typescript/module.ts.j2", view=view)
        return {f"typescript/{file}": text}

    def identifiers(self, view: View) -> dict[tuple[str, int | str], str]:
        """`DownloadError.SIGNATURE_AUTHENTICATION_FAILS` (the category object's property), as in Python."""
        return member_names(view)


TARGET = register(TypeScript())
DEFAULT_FILE = TypeScript.defaults["int"]["file"]


def render(doc: Any, options: Mapping[str, Any]) -> dict[str, Content]:
    """The target applied to a document (or its view)."""
    return TARGET(doc, options)

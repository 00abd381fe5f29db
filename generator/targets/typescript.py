"""The TypeScript module: one `as const` object per category, lookups by code and by X-ErrNo header."""

from __future__ import annotations

from typing import Any

from ..content import Content
from ..model import LOCALE_TAG, Document
from ..config import usable_option
from ..render import header_line, render_template
from .locales import translations

DEFAULT_FILE = "ciErrorCodes.ts"

# Top-level names the module declares or uses itself; a category named like one would clash.
OWN_NAMES = frozenset(
    {"CATEGORIES", "ERRORS", "CategoryId", "CategoryInfo", "ErrorInfo", "Map", "Number", "ReadonlyMap"}
    | {"DEFAULT_LOCALE", "LOCALES", "Locale", "LocalizedText", "CategoryText", "Object", "Partial", "Readonly", "Record"}
)
# A JavaScript number holds every integer up to 2**53 - 1 exactly, and no further.
MAX_SAFE_INTEGER = 2**53 - 1


def _check(doc: Document, file: str) -> None:
    """Refuse what would not compile, or would compile into something else than the model."""
    if not usable_option("typescript", "file", file):
        raise ValueError(f"typescript: file must be a plain *.ts file name, not {file!r}")
    for locale in doc.locales:
        # A locale is a property name of `translations`: `__proto__` would set the prototype.
        if not LOCALE_TAG.fullmatch(locale):
            raise ValueError(f"typescript: {locale!r} is not a locale tag such as en or zh")
    seen: set[str] = set()
    for c in doc.categories:
        if c.name in OWN_NAMES or c.name in seen:
            raise ValueError(f"typescript: category name {c.name} is already declared in the module")
        seen.add(c.name)
        names: set[str] = set()
        for e in c.entries:
            if isinstance(e.code, int) and abs(e.code) > MAX_SAFE_INTEGER:
                raise ValueError(f"typescript: code {e.code} of {c.name}.{e.name} is beyond a JavaScript number's exact range")
            if e.name in names or e.name == "__proto__":
                raise ValueError(f"typescript: {c.name}.{e.name} cannot be a property of the category object")
            names.add(e.name)


def render(doc: Document, options: dict[str, Any]) -> dict[str, Content]:
    """Return the module under `typescript/` (file name from options["file"], default ciErrorCodes.ts)."""
    file = options.get("file", DEFAULT_FILE)
    _check(doc, file)
    text = render_template("typescript/module.ts.j2", doc=doc, header=header_line(doc), translations=translations)
    return {f"typescript/{file}": text}

"""The TypeScript package: one `as const` object per category (integer codes, lookups by code
and by X-ErrNo header), or one `ErrorCode` object of every code with its variants (symbolic
codes); the product's root exception (`CIException`, `COSException`: `{prefix}Exception`) to
throw and catch, carrying the response, with `errorFrom` and `fromCosError` to build one
without throwing. No `enum`.

Each set is an npm package in its own folder: `package.json`, the `.ts` source, and the same
module as JavaScript (`.js`) with its declarations (`.d.ts`), all rendered from templates (the
`.ts` and `.js` from one template, the `js` flag leaving every type out): no TypeScript
compiler runs at generation time. The tests check that tsc gives the same declarations and
that the JavaScript behaves as tsc's does."""

from __future__ import annotations

from typing import Any, Mapping

from ...content import Content
from ...model import LOCALE_TAG, Category, Document, Entry
from ...render import Renderer
from ...view import RETRYABLE_STATUSES, View
from ...escape import ident, json_value
from ..base import Option, Target, folder_problem, member_names, set_words
from . import escape

# JavaScript's global error constructors: a category's object named like one would hide it.
BUILTIN_ERRORS = frozenset("AggregateError EvalError InternalError RangeError SuppressedError URIError".split())

# Top-level names the error part of either module declares or uses (targets/typescript/templates/error.ts.j2);
# the root exception, `{prefix}Exception`, is checked at render time (`_check_exception`).
ERROR_NAMES = frozenset(
    {"Fault", "HeadersLike", "ErrorParts", "ExceptionDetails", "errorFrom", "fromCosError", "unlisted"}
    | {"statusClasses", "retryableStatuses", "retryableCodes", "statusRows", "rowsOf", "categoriesOf"}
    | {"describe", "headerOf", "textOf", "firstOf", "Math", "Array", "String", "Number", "Object", "Error"}
)
# Top-level names the module declares or uses itself; a category named like one would clash.
OWN_NAMES = frozenset(
    {"CATEGORIES", "ERRORS", "CategoryId", "CategoryInfo", "ErrorInfo", "Map", "Number", "ReadonlyMap", "Variant"}
    | {"DEFAULT_LOCALE", "LOCALES", "Locale", "LocalizedText", "CategoryText", "Object", "Partial", "Readonly", "Record"}
    | {"ErrorInfoOf", "CIException", "Error", "RangeError", "JSON", "NaN", "exceptionFromHeader", "headerCode", "headerValue"}
    | {"byCode", "index", "lookup", "localize", "localizeCategory", "isLocale", "fromHeader"}
    | ERROR_NAMES
)
# Top-level names the module for a page of symbolic codes declares.
SYMBOL_NAMES = frozenset(
    {"ErrorCode", "SeeAlso", "Variant", "VARIANTS", "CATEGORIES", "CategoryId", "CategoryInfo", "Map", "ReadonlyMap"}
    | {"VariantOf", "CIException", "Error", "byCode", "index", "isErrorCode", "lookup", "fromResponse", "exceptionFromResponse"}
    | {"Object", "parentOf", "subcodes", "subcodeIndex", "isWithin"}
    | ERROR_NAMES
)
# A JavaScript number holds every integer up to 2**53 - 1 exactly, and no further.
MAX_SAFE_INTEGER = 2**53 - 1


# tsc refuses a union of more than this many object types where the module compares them
# (TS2590, "Expression produces a union type that is too complex to represent"): `ErrorInfo`
# (`Variant` on a page of symbolic codes) is one member per category. Measured with tsc 5.9:
# 1 000 categories compile, 1 001 do not, on either kind of page.
MAX_CATEGORIES = 1000


def _check_size(view: View) -> None:
    if len(view.categories) > MAX_CATEGORIES:
        raise ValueError(
            f"{len(view.categories)} categories: the module's {'Variant' if view.kind == 'string' else 'ErrorInfo'} type is a union of one type "
            f"per category, and tsc refuses one of more than {MAX_CATEGORIES} (TS2590); leave typescript out of this set's targets"
        )


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


# An npm package name without a scope: lowercase, URL-safe, at most 214 characters, not
# starting with `.` or `_` (npm's rules); it is also the package's folder.
PACKAGE = r"[a-z0-9][a-z0-9._-]{0,213}"
# A semantic version (npm refuses anything else): MAJOR.MINOR.PATCH, an optional pre-release.
VERSION = r"(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?"


# Node's built-in modules (Node 20; a fixed list, so that every machine gives the same answer):
# `require("http")` finds Node's own, never the package, and npm refuses the names for new packages.
NODE_BUILTINS = frozenset(
    """assert async_hooks buffer child_process cluster console constants crypto dgram diagnostics_channel
    dns domain events fs http http2 https inspector module net os path perf_hooks process punycode
    querystring readline repl stream string_decoder sys test timers tls trace_events tty url util v8 vm
    wasi worker_threads zlib""".split()
)


def exception_name(view: View) -> str:
    """The product's root exception: `{type_prefix}Exception` (`CIException`, `COSException`),
    refused where it would clash with a category's constant or another name the module declares."""
    name = f"{view.type_prefix}Exception"
    declared = (OWN_NAMES if view.kind == "int" else SYMBOL_NAMES) - {"CIException"}
    categories = {c.name for c in view.categories} if view.kind == "int" else set()  # top-level objects
    if name in declared or name in categories:
        raise ValueError(f"the root exception {name} (the product's short name + Exception) is already declared in the module")
    return name


def file_problem(value: str) -> str | None:
    """A `.d.ts` name would make TypeScript read the module as ambient declarations only."""
    return "is a declaration file name (.d.ts), which TypeScript reads as ambient declarations only" if value.endswith(".d.ts") else None


def package_problem(value: str) -> str | None:
    """Why `value` cannot name an npm package (beyond its pattern), or None."""
    if value in ("node_modules", "favicon.ico"):
        return "is a name npm refuses"
    if value in NODE_BUILTINS:
        return "is the name of a Node.js built-in module, which an import finds instead (npm refuses it)"
    return folder_problem(value)


def identifier(view: View, category: Category, entry: Entry) -> str:
    """The TypeScript expression that names an entry's code: `DownloadError.SIGNATURE_AUTHENTICATION_FAILS`
    (integer codes: the category object's property), `ErrorCode.ACCESS_DENIED` (symbolic codes)."""
    return member_names(view)[(category.id, entry.code)]  # spelled as in Python


def _codes_by_category(view: View) -> list[tuple[Category, list[str]]]:
    """Per category of a page of symbolic codes, its distinct codes in the page's order."""
    codes: dict[str, dict[str, None]] = {c.id: {} for c in view.categories}
    for c, e in view.entries:
        codes[c.id][str(e.code)] = None
    return [(c, list(codes[c.id])) for c in view.categories]


class TypeScript(Target):
    """`typescript/<package>/`: `package.json`, `<file>.ts`, `<file>.js` and `<file>.d.ts`."""

    name = "typescript"
    label = "TypeScript"
    shadowed = BUILTIN_ERRORS
    # JavaScript's literal and global values (null, NaN, Infinity), which a member spelled
    # like them would read as.
    reserved_members = frozenset({"NULL", "NAN", "INFINITY"})
    toolchain_folders = frozenset({"node_modules"})  # npm's
    filters = escape.FILTERS
    shared_filters = {"ts": frozenset({"ident"}), "json": frozenset({"json"})}
    checked_suffixes = (".ts", ".js", ".mts", ".cts")

    def check_comments(self, path: str, text: str) -> None:
        escape.check_comments(path, text)

    options = {
        "package": Option(PACKAGE, "package name", check=package_problem),
        "file": Option(r"[A-Za-z0-9_][A-Za-z0-9_.-]*\.ts", check=file_problem),
        "version": Option(VERSION, "version", path=False),
    }
    defaults = {
        "int": {"package": "ci-error-codes", "file": "ciErrorCodes.ts", "version": "0.1.0"},
        "string": {"package": "ci-media-processing-error-codes", "file": "ciMediaProcessingErrorCodes.ts", "version": "0.1.0"},
    }
    declared = {"int": OWN_NAMES, "string": SYMBOL_NAMES}
    distinct = ("package",)

    def named_defaults(self, set_name: str) -> dict[str, str]:
        """`cos-error-codes` -> the package `cos-error-codes` (its folder) with `cosErrorCodes.ts`."""
        words = set_words(set_name)
        return {"package": "-".join(words), "file": words[0] + "".join(w.capitalize() for w in words[1:]) + ".ts"}

    def render(self, view: View, options: Mapping[str, Any], renderer: Renderer) -> dict[str, Content]:
        package = self.option(options, "package", view.kind)
        file = self.option(options, "file", view.kind)
        version = self.option(options, "version", view.kind)
        _check_size(view)
        context: dict[str, Any]
        if view.kind == "string":
            name, context = "strings", {"codes_by_category": _codes_by_category(view)}
        else:
            _check(view.doc)
            name, context = "module", {}
        context["exception"] = ident(exception_name(view))
        context["retryable_statuses"] = RETRYABLE_STATUSES
        # The rows that give an HTTP status, for the status-wins rule of an integer page.
        context["status_rows"] = [(c, e) for c, e in view.model.entries() if e.http_status is not None]
        stem = file[: -len(".ts")]
        manifest = renderer.render(
            "typescript/package.json.j2",
            view=view,
            package=json_value(package),
            version=json_value(version),
            module=json_value(f"./{stem}.js"),
            types=json_value(f"./{stem}.d.ts"),
            files=json_value([f"{stem}.ts", f"{stem}.js", f"{stem}.d.ts"]),
        )
        return {
            f"typescript/{package}/package.json": manifest,
            f"typescript/{package}/{file}": renderer.render(f"typescript/{name}.ts.j2", view=view, js=False, **context),
            f"typescript/{package}/{stem}.js": renderer.render(f"typescript/{name}.ts.j2", view=view, js=True, **context),
            f"typescript/{package}/{stem}.d.ts": renderer.render(f"typescript/{name}.d.ts.j2", view=view, js=False, **context),
        }

    def identifiers(self, view: View) -> dict[tuple[str, int | str], str]:
        """`DownloadError.SIGNATURE_AUTHENTICATION_FAILS` (the category object's property), as in Python."""
        return member_names(view)


TARGET = TypeScript()

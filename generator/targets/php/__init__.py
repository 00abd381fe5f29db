"""The PHP library: a Composer package (`composer.json`, PSR-4 autoloading of `src/`) with no
dependency but PHP 8.1.

Integer codes: one int-backed `enum` per category (`DownloadError::SIGNATURE_AUTHENTICATION_FAILS`),
each implementing `ErrorInfo`; `{prefix}Errors` (`CIErrors`, `COSErrors`) has the lookups by code
and by `X-ErrNo` header value, every locale's texts, and the non-raising factories of the error
of a response (`from(...)`, `fromCosException($e)` reading cos-php-sdk-v5's
`ServiceResponseException` by its shape). `{prefix}Exception` is the abstract root of the errors
to throw (code, status, server message, request and trace ids, headers, previous); each category
has its concrete subclass (`DownloadError` -> `DownloadException`), and a code the page does
not list gives `{prefix}UnknownException`. Symbolic codes: one string-backed `enum ErrorCode`
(one case per distinct code) and `Variant`, one per row, as the other outputs of such a page.

Every text goes through escape.py's filters (single-quoted literals: no interpolation, no `?>`).
"""

from __future__ import annotations

from typing import Any, Iterable, Iterator, Mapping

from ...content import Content
from ...escape import Escaped, ident
from ...model import Category, Entry
from ...render import Renderer
from ...view import RETRYABLE_STATUSES, View
from ..base import Option, Target, folder_problem, product_words, set_words
from . import escape
from .escape import php_lit, php_str

# PHP's reserved words (PHP 8.2), none of which can name a class, an enum or a namespace part's
# class; `class` cannot name a constant or an enum case either. PHP compares them in any case.
RESERVED = frozenset(
    """abstract and array as bool break callable case catch class clone const continue declare default
    do echo else elseif empty enddeclare endfor endforeach endif endswitch endwhile enum eval exit extends
    false final finally float fn for foreach function global goto if implements include include_once
    instanceof insteadof int interface isset iterable list match mixed namespace never new null numeric
    object or parent print private protected public readonly require require_once resource return self
    static string switch throw trait true try unset use var void while xor yield""".split()
)

# The types each kind of page declares in its namespace, besides one enum and one exception per
# category (integer codes) and the three named from the product (`product_types`).
INT_TYPES = frozenset({"ErrorInfo", "Category", "LocalizedText", "SeeAlso", "Variant"})
STRING_TYPES = frozenset({"ErrorInfo", "Category", "SeeAlso", "Variant", "ErrorCode"})
# The largest integer a PHP int holds on a 64-bit build; PHP_INT_MIN has no literal (`-9223372036854775808` is a float).
PHP_INT_MAX = 2**63 - 1

NAMESPACE = r"[A-Za-z_][A-Za-z0-9_]*(\\[A-Za-z_][A-Za-z0-9_]*)*"
# Composer's own rule for a package name (`vendor/name`, lower case).
PACKAGE = r"[a-z0-9]([_.-]?[a-z0-9]+)*/[a-z0-9](([_.]?|-{0,2})[a-z0-9]+)*"
VENDOR = "Errcodegen"


def namespace_problem(value: str) -> str | None:
    """Why `value` cannot be the package's namespace, or None. PHP 8 reads a qualified name as one
    token, so a reserved word may be any part (`Errcodegen\\List`) but a first `namespace`."""
    first = value.split("\\")[0].lower()
    if first == "namespace":
        return "starts with `namespace`, which PHP reads as the current namespace"
    if first == "php":
        return "is in the PHP namespace, which PHP reserves for itself"
    return None


def product_types(view: View) -> dict[str, str]:
    """{template: class} of the three types named from the product: `CIErrors`, `CIException`,
    `CIUnknownException`."""
    p = view.type_prefix
    return {"Errors": f"{p}Errors", "Exception": f"{p}Exception", "UnknownException": f"{p}UnknownException"}


def exception_name(category: Category) -> str:
    """A category's exception class: `DownloadError` -> `DownloadException` (a name without the
    `Error` suffix gets `Exception` added)."""
    stem = category.name[: -len("Error")] if category.name.endswith("Error") and category.name != "Error" else category.name
    return f"{stem}Exception"


def case_name(name: str) -> str:
    """An enum case's name: the pinned name, but `class` in any case (PHP reserves it for
    `::class`) gets `_` after it (`CLASS_`), as Rust's `Self_`; `name()` gives the pinned name."""
    return f"{name}_" if name.lower() == "class" else name


def identifier(view: View, category: Category, entry: Entry) -> str:
    """`DownloadError::SIGNATURE_AUTHENTICATION_FAILS`, or `ErrorCode::ACCESS_DENIED` for a page of symbolic codes."""
    return identifiers(view)[(category.id, entry.code)]


def identifiers(view: View) -> dict[tuple[str, int | str], str]:
    """`identifier` of every entry of `view`, by (category id, code): the case of its category's
    enum (`DownloadError::SIGNATURE_AUTHENTICATION_FAILS`), or of `ErrorCode`, one case per code."""
    if view.kind == "string":
        by_code: dict[int | str, str] = {k.code: f"ErrorCode::{ident(case_name(k.name))}" for k in view.codes}
        return {(c.id, e.code): by_code[e.code] for c, e in view.entries}
    return {(c.id, e.code): f"{ident(c.name)}::{ident(case_name(e.name))}" for c, e in view.entries}


def _check(view: View) -> None:
    """Refuse, before anything is written, what PHP would refuse or read otherwise."""
    named = product_types(view)
    classes: dict[str, str] = {}

    def add(name: str, what: str) -> None:
        ident(name)
        if name.lower() in RESERVED:
            raise ValueError(f"{what}: {name} is a PHP reserved word")
        if name.lower() in classes:  # PHP compares class names in any case (and they are files)
            raise ValueError(f"{what}: the class {name} clashes with {classes[name.lower()]}")
        classes[name.lower()] = f"{what} ({name})"

    for name in sorted(STRING_TYPES if view.kind == "string" else INT_TYPES):
        add(name, "the PHP package's own type")
    for template, name in named.items():
        add(name, f"product short name {view.type_prefix!r}")
    for c in view.categories:
        if view.kind == "int":
            add(c.name, f"category {c.id!r}")
        add(exception_name(c), f"category {c.id!r}'s exception")
    groups = [("ErrorCode", [(k.code, k.name) for k in view.codes])] if view.kind == "string" else [
        (c.name, [(e.code, e.name) for e in c.entries]) for c in view.categories
    ]
    for enum, cases in groups:
        seen: dict[str, int | str] = {}
        for code, name in cases:
            spelled = case_name(name)
            if spelled in seen:
                raise ValueError(f"codes {seen[spelled]!r} and {code!r} are both the case {enum}::{spelled} in PHP")
            seen[spelled] = code
    if view.kind == "string":
        return
    for c in view.categories:
        for e in c.entries:
            if isinstance(e.code, int) and abs(e.code) > PHP_INT_MAX:
                raise ValueError(f"code {e.code} of {c.name}::{e.name} is beyond a PHP integer")


def _array(items: list[str], indent: str) -> str:
    """A PHP list of already-escaped items, one a line."""
    return "".join(_pieces(items, indent))


def _pieces(items: Iterable[str], indent: str) -> Iterator[Escaped]:
    """`_array` of `items` in pieces, each item made when it is printed (a 100 000-row table is
    never one string: the template prints them one by one)."""
    inner = indent + "    "
    empty = True
    for item in items:
        if empty:
            yield Escaped("[\n")
            empty = False
        yield Escaped(f"{inner}{item},\n")
    yield Escaped("[]" if empty else indent + "]")


def _texts(view: View, item: Entry | Category) -> str:
    """`['zh' => [description, action]]`: the other locales' texts, as their pages give them."""
    parts = [f"{php_str(t.locale)} => [{php_str(t.description)}, {php_lit(t.action)}]" for t in view.translations(item)]
    return "[" + ", ".join(parts) + "]"


def _see_also(entry_refs: tuple[tuple[str, str, int | str], ...]) -> str:
    return "[" + ", ".join(f"[{php_str(s)}, {php_str(c)}, {php_lit(code)}]" for s, c, code in entry_refs) + "]"


class Rows:
    """The PHP data tables of `{prefix}Errors`, built here so that a template line stays one call."""

    def __init__(self, view: View) -> None:
        self.view = view

    def categories(self) -> Escaped:
        """`'id' => [title, fallback, name, exception class, translations]`, in page order."""
        view = self.view
        items = [
            f"{php_str(c.id)} => [{php_str(c.title)}, {php_lit(c.fallback)}, "
            f"{php_str(c.name if view.kind == 'int' else '')}, {php_str(exception_name(c))}, {_texts(view, c) if view.kind == 'int' else '[]'}]"
            for c in view.categories
        ]
        return Escaped(_array(items, "    "))

    def rows(self) -> Iterator[Escaped]:
        """Per category id, per code: [name, deprecated, description, action, translations, variants, see-also],
        in pieces (a category's entries one by one)."""
        view = self.view

        def entry(e: Entry) -> str:
            variants = [
                f"[{php_str(v.description)}, {php_lit(v.action)}, {php_lit(v.variant[0] if v.variant else None)}, "
                f"{php_lit(v.variant[1] if v.variant else None)}, {_texts(view, v)}]"
                for v in e.variants
            ]
            return (
                f"{php_lit(e.code)} => [{php_str(e.name)}, {php_lit(e.deprecated)}, {php_str(e.description)}, "
                f"{php_lit(e.action)}, {_texts(view, e)}, [{', '.join(variants)}], {_see_also(e.see_also)}]"
            )

        if not view.categories:
            yield Escaped("[]")
            return
        yield Escaped("[\n")
        for c in view.categories:
            yield Escaped(f"        {php_str(c.id)} => ")
            yield from _pieces((entry(e) for e in c.entries), "        ")
            yield Escaped(",\n")
        yield Escaped("    ]")

    def variants(self) -> Iterator[Escaped]:
        """A page of symbolic codes: every row, [code, name, status, reason, description, action, category id, deprecated, see-also]."""
        return _pieces(
            (
                f"[{php_str(str(e.code))}, {php_str(e.name)}, {php_lit(e.http_status)}, {php_lit(e.http_reason)}, "
                f"{php_str(e.description)}, {php_lit(e.action)}, {php_str(c.id)}, {php_lit(e.deprecated)}, {_see_also(e.see_also)}]"
                for c, e in self.view.entries
            ),
            "    ",
        )

    def status_rows(self) -> Iterator[Escaped]:
        """Every row that gives an HTTP status: [category id, code, status, description], in page order."""
        return _pieces(
            (
                f"[{php_str(c.id)}, {php_lit(e.code)}, {e.http_status}, {php_str(e.description)}]"
                for c, e in self.view.model.entries()
                if e.http_status is not None
            ),
            "    ",
        )

    def retryable_codes(self) -> Escaped:
        """The codes the page marks as throttling, as a set (`[code => true]`)."""
        return Escaped("[" + ", ".join(f"{php_lit(code)} => true" for code in self.view.retryable_codes) + "]")

    def retryable_statuses(self) -> Escaped:
        return Escaped("[" + ", ".join(str(s) for s in RETRYABLE_STATUSES) + "]")

    def status_classes(self) -> Escaped:
        """`'id' => class` of each category whose rows all lie in one status class."""
        return Escaped("[" + ", ".join(f"{php_str(c)} => {k}" for c, k in self.view.status_classes.items()) + "]")


class Php(Target):
    """`php/<dir>/composer.json` and `php/<dir>/src/*.php` (PSR-4: one class a file)."""

    name = "php"
    label = "PHP"
    # PHP's constants true, false and null, whose names PHP reads in any case.
    reserved_members = frozenset({"TRUE", "FALSE", "NULL"})
    filters = escape.FILTERS
    shared_filters = {"php": frozenset({"ident"}), "json": frozenset({"json"})}
    checked_suffixes = (".php",)
    options = {
        "dir": Option(r"[A-Za-z0-9_][A-Za-z0-9_.-]*", check=folder_problem),
        "namespace": Option(NAMESPACE, "name", path=False, check=namespace_problem),
        "package": Option(PACKAGE, "name", path=False),
    }
    defaults = {
        "int": {"dir": "ci-error-codes", "namespace": "Errcodegen\\Ci", "package": "errcodegen/ci-error-codes"},
        "string": {
            "dir": "ci-media-processing-error-codes",
            "namespace": "Errcodegen\\CiMediaProcessing",
            "package": "errcodegen/ci-media-processing-error-codes",
        },
    }
    declared = {"int": INT_TYPES, "string": STRING_TYPES}
    distinct = ("dir", "namespace", "package")

    def distinct_value(self, key: str, value: str) -> str:
        """PHP's namespaces and class names are case-insensitive: `Foo\\Bar` and `foo\\bar` are
        one namespace, whose classes PHP would refuse to declare twice."""
        return value.lower() if key == "namespace" else value

    def named_defaults(self, set_name: str) -> dict[str, str]:
        """`cos-error-codes` -> `php/cos-error-codes/`, namespace `Errcodegen\\Cos` (the set's words
        less "error codes", in PascalCase), package `errcodegen/cos-error-codes`."""
        words = product_words(set_name)
        segment = "".join(w.capitalize() for w in words)
        if segment[:1].isdigit():  # a namespace's part starts with a letter: `9lives` -> `E9lives`
            segment = f"E{segment}"
        kebab = "-".join(set_words(set_name))
        return {"dir": kebab, "namespace": f"{VENDOR}\\{segment}", "package": f"{VENDOR.lower()}/{kebab}"}

    def render(self, view: View, options: Mapping[str, Any], renderer: Renderer) -> dict[str, Content]:
        folder = self.option(options, "dir", view.kind)
        namespace = self.option(options, "namespace", view.kind)
        package = self.option(options, "package", view.kind)
        _check(view)
        named = product_types(view)
        base = f"php/{folder}"
        context = {
            "view": view,
            "namespace": Escaped(namespace),  # checked: identifiers joined by backslashes
            "rows": Rows(view),
            "P": ident(view.type_prefix),
            "symbolic": view.kind == "string",
            "exception_name": lambda c: ident(exception_name(c)),
            "case_name": lambda name: ident(case_name(name)),
        }
        files: dict[str, Content] = {
            f"{base}/composer.json": renderer.render(
                "php/composer.json.j2", view=view, package=package, psr4=namespace + "\\"
            )
        }
        fixed = STRING_TYPES if view.kind == "string" else INT_TYPES
        for name in sorted(fixed):
            template = f"php/{'strings.' if view.kind == 'string' and name in ('ErrorInfo', 'Variant') else ''}{name}.php.j2"
            files[f"{base}/src/{name}.php"] = renderer.render(template, **context)
        for template, name in named.items():
            files[f"{base}/src/{name}.php"] = renderer.render(f"php/{template}.php.j2", **context)
        for index, c in enumerate(view.categories):
            files[f"{base}/src/{exception_name(c)}.php"] = renderer.render("php/CategoryException.php.j2", c=c, **context)
            if view.kind == "int":
                files[f"{base}/src/{c.name}.php"] = renderer.render("php/enum.php.j2", c=c, **context)
        return dict(sorted(files.items()))

    def check_comments(self, path: str, text: str) -> None:
        escape.check_comments(path, text)

    def identifiers(self, view: View) -> dict[tuple[str, int | str], str]:
        """{(category id, code): the enum case a program names}, for the docs page."""
        return identifiers(view)


TARGET = Php()

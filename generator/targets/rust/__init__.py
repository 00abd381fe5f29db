"""The Rust crate: one `#[non_exhaustive]` enum per category (integer codes, lookups by code and
by X-ErrNo header, a `HeaderError`; `variants()` gives every row of a code that the page lists
on several rows of a table), or one `ErrorCode` enum of every code with its variants and the
hierarchy of dotted codes (`parent()`, `subcodes()`; symbolic codes). Both have the root error
`{prefix}Error` (`CiError`, `CosError`: `type_prefix`) carrying the response (status,
server message, request and trace ids, cause), with its builder `{prefix}ErrorBuilder`, `Fault`
and `from_response` (the XML error body read without a dependency; targets/rust/templates/error.rs.j2).
No dependencies, `#![forbid(unsafe_code)]`.

The output is rustfmt-clean by construction (the generator never runs rustfmt): every text is
a field of a struct literal on its own line (rustfmt breaks every struct literal wider than 18
characters, which each of these is), and a list whose layout rustfmt would choose by width
(an array of short names) carries a comment after each element, which keeps it one element a
line; the only arrays left on one line are a single short name (`&[E3]`).
"""

from __future__ import annotations

import keyword
from typing import Any, Mapping

from ...content import Content
from ...escape import Escaped, ident
from ...model import Category, Entry
from ...naming import initialisms_as_words, pascal
from ...render import Renderer
from ...view import View
from ..base import Option, Target, folder_problem, set_words
from . import escape
from .escape import rust_lit, rust_opt_str, rust_str

# The oldest Rust the crate needs: edition 2021 (1.56); nothing the crate uses is newer
# (clippy's `incompatible_msrv` lint, run by the tests with `-D warnings`, checks the standard
# library calls against this `rust-version`).
RUST_VERSION = "1.56"
# Names the crate declares at top level beside its category enums (a category named like one
# would clash); the lower-case functions and private items cannot be a category's PascalCase
# name ending in `Error`. The root error and its builder are named from the product
# (`{prefix}Error`, checked at render time: `error_names`); the default product's are listed.
SHARED_NAMES = frozenset({"Fault", "Short", "Inner", "RETRYABLE_STATUSES", "RETRYABLE_CODES", "BLANK", "UNKNOWN", "CiError", "CiErrorBuilder"})
OWN_NAMES = frozenset(
    {"ErrorInfo", "CategoryInfo", "LocalizedText", "CategoryText", "SeeAlso", "Translation", "HeaderError"}
    | {"UnknownCode", "UnknownName", "DEFAULT_LOCALE", "LOCALES", "ALL", "CATEGORIES", "SIGNS"}
    | {"Variant", "VARIANTS"}
    | SHARED_NAMES
)
SYMBOL_NAMES = frozenset({"ErrorCode", "Variant", "SeeAlso", "CategoryInfo", "UnknownCode", "VARIANTS", "CATEGORIES"} | SHARED_NAMES)
DEFAULT_ERROR_NAMES = frozenset({"CiError", "CiErrorBuilder"})
# Crate names Cargo refuses (they are the standard library's crates) besides Rust keywords.
RESERVED_CRATES = frozenset({"std", "core", "alloc", "test", "proc_macro", "proc-macro", "build", "deps", "examples", "incremental"})
RUST_KEYWORDS = frozenset(
    """as async await break const continue crate dyn else enum extern false fn for if impl in let loop
    match mod move mut pub ref return self static struct super trait true type unsafe use where while
    abstract become box do final macro override priv typeof unsized virtual yield try gen""".split()
)


def crate_problem(value: str) -> str | None:
    """Why Cargo would refuse `value` as a package name (or its library name), or None."""
    lib = value.replace("-", "_")
    if value in RESERVED_CRATES or lib in RESERVED_CRATES:
        return "is the name of a crate of Rust's standard library, which Cargo refuses"
    if lib in RUST_KEYWORDS or keyword.iskeyword(lib):
        return "is a Rust keyword, which Cargo refuses as a crate name"
    if "__" in lib:
        return f"gives the library {lib}, which is not snake case (rustc's non_snake_case lint, an error under clippy -D warnings)"
    return folder_problem(value)


def type_prefix(view: View) -> str:
    """`product.short` as a Rust type name starts (Rust spells initialisms as words: CI -> Ci,
    CIMediaProcessing -> CiMediaProcessing, COS -> Cos)."""
    return initialisms_as_words(view.product.short)


def variant_name(name: str) -> str:
    """The Rust variant of a pinned name: PascalCase (`SIGNATURE_AUTHENTICATION_FAILS` ->
    `SignatureAuthenticationFails`); `Self` (a keyword) becomes `Self_`, and a name that would
    start with a digit gets `E` in front."""
    spelled = pascal(name)
    if spelled == "Self":
        return "Self_"
    if not spelled[:1].isalpha():
        spelled = "E" + spelled
    ident(spelled)
    return spelled


# Plain classes: a dataclass costs every run about half a millisecond to create at import.


class RustVariant:
    """One entry as Rust spells it: its variant and its row (`E<index>`) in the table `ALL`."""

    __slots__ = ("entry", "variant", "index")

    def __init__(self, entry: Entry, variant: str, index: int) -> None:
        self.entry = entry
        self.variant = variant
        self.index = index


class RustCategory:
    """One category as Rust spells it: its enum, its row in `CATEGORIES` and its variants."""

    __slots__ = ("category", "type", "index", "variants")

    def __init__(self, category: Category, type: str, index: int, variants: tuple[RustVariant, ...]) -> None:
        self.category = category
        self.type = type
        self.index = index
        self.variants = variants


def rust_model(view: View) -> list[RustCategory]:
    """The Rust names of every category and entry; refuse a name or code Rust cannot hold."""
    out: list[RustCategory] = []
    seen_types: set[str] = set()
    index = 0
    for ci, c in enumerate(view.categories):
        ident(c.name)
        if c.name in OWN_NAMES or c.name in seen_types:
            raise ValueError(f"category name {c.name} is already declared in the crate")
        seen_types.add(c.name)
        variants: list[RustVariant] = []
        names: dict[str, int | str] = {}
        for e in c.entries:
            name = variant_name(e.name)
            if name in names:
                raise ValueError(f"codes {names[name]} and {e.code} of {c.id!r} are both the variant {c.name}::{name}")
            names[name] = e.code
            variants.append(RustVariant(e, name, index))
            index += 1
        out.append(RustCategory(c, c.name, ci, tuple(variants)))
    return out


def error_names(view: View, taken: set[str]) -> tuple[Escaped, Escaped]:
    """The root error's and its builder's names, `{prefix}Error` and `{prefix}ErrorBuilder`;
    refuse one that the crate declares otherwise or that a category (`taken`) has."""
    error = f"{type_prefix(view)}Error"
    names = (ident(error), ident(f"{error}Builder"))
    own = (OWN_NAMES if view.kind == "int" else SYMBOL_NAMES) - DEFAULT_ERROR_NAMES
    for name in names:
        if name in own or name in taken:
            what = "a category's type" if name in taken else "a name the crate declares"
            raise ValueError(f"the product's error type {name} (product short name {view.product.short!r}) is {what}: configure another product short name")
    return names


def status_literal(code: int | None) -> Escaped:
    """The `Option<u16>` literal of an HTTP status or status class."""
    return Escaped("None") if code is None else Escaped(f"Some({rust_lit(code)})")


def status_classes(view: View) -> Any:
    """The function a template calls for a category's `status_class` literal."""
    return lambda c: status_literal(view.status_classes.get(c.id))


def lookup_groups(model: list[RustCategory]) -> list[tuple[int, list[tuple[RustCategory, RustVariant]]]]:
    """Every distinct code with its entries across categories, in the page's order."""
    groups: dict[int, list[tuple[RustCategory, RustVariant]]] = {}
    for g in model:
        for v in g.variants:
            code = v.entry.code
            if not isinstance(code, int) or not -(2**63) <= code < 2**63:
                raise ValueError(f"code {code!r} of {g.category.id!r} is not an i64")
            groups.setdefault(code, []).append((g, v))
    return list(groups.items())


def symbol_variants(view: View) -> list[tuple[str, Any]]:
    """(variant, code) of every code of a symbolic page; refuse two codes spelled alike."""
    out: list[tuple[str, Any]] = []
    seen: dict[str, str] = {}
    for k in view.codes:
        name = variant_name(k.name)
        if name in seen:
            raise ValueError(f"codes {seen[name]!r} and {k.code!r} are both the variant ErrorCode::{name}")
        seen[name] = k.code
        for v in k.variants:
            if v.entry.http_status is not None and not 0 <= v.entry.http_status <= 65535:
                raise ValueError(f"HTTP status {v.entry.http_status} of {k.code!r} is not a u16")
        out.append((name, k))
    return out


# Indentation by depth, and the end of a table's element: `}];` (the only one) or `},`.
PADS = tuple(Escaped(" " * (4 * depth)) for depth in range(6))
CLOSES = (Escaped("}];"), Escaped("},"))
Fields = list[tuple[str, Escaped]]


def translation_items(view: View) -> Any:
    """The function a template calls for an entry's or category's `translations`: per other
    locale its page gives, a `Translation` literal's fields (title/fallback for a category)."""

    def items(item: Entry | Category) -> list[tuple[str, Fields]]:
        return [
            ("Translation", [("locale", rust_str(t.locale)), ("text", rust_str(t.description)), ("more", rust_opt_str(t.action))])
            for t in view.translations(item)
        ]

    return items


def see_also_items(entry: Entry) -> list[tuple[str, Fields]]:
    """An entry's `see_also`: a `SeeAlso` literal's fields per reference (an integer code in decimal)."""
    return [
        ("SeeAlso", [("set", rust_str(s)), ("category", rust_str(c)), ("code", rust_str(code if isinstance(code, str) else str(rust_lit(code))))])
        for s, c, code in entry.see_also
    ]


def http_status(entry: Entry) -> Escaped:
    """The `Option<u16>` literal of a row's HTTP status."""
    if entry.http_status is not None and not 0 <= entry.http_status <= 65535:
        raise ValueError(f"HTTP status {entry.http_status} of {entry.code!r} is not a u16")
    return status_literal(entry.http_status)


def identifier(view: View, category: Category, entry: Entry) -> str:
    """The Rust path of an entry of `view`: `DownloadError::SignatureAuthenticationFails`
    (integer codes) or `ErrorCode::AccessDenied` (symbolic codes)."""
    return identifiers(view)[(category.id, entry.code)]


def identifiers(view: View) -> dict[tuple[str, int | str], str]:
    """`identifier` of every entry of `view`, by (category id, code), each code's name looked up once."""
    if view.kind == "string":
        by_code: dict[int | str, str] = {k.code: f"ErrorCode::{variant_name(k.name)}" for k in view.codes}
        return {(c.id, e.code): by_code[e.code] for c, e in view.entries}
    return {(c.id, e.code): f"{c.name}::{variant_name(e.name)}" for c, e in view.entries}


class Rust(Target):
    """`rust/<crate>/Cargo.toml` and `rust/<crate>/src/lib.rs`."""

    name = "rust"
    label = "Rust"
    filters = escape.FILTERS
    shared_filters = {"rs": frozenset({"ident"})}
    options = {
        "crate": Option(r"[a-z][a-z0-9_-]{0,63}", "name", check=crate_problem),
        "version": Option(r"(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)", "version", path=False),
    }
    defaults = {
        "int": {"crate": "ci-error-codes", "version": "0.1.0"},
        "string": {"crate": "ci-media-processing-error-codes", "version": "0.1.0"},
    }
    declared = {"int": OWN_NAMES, "string": SYMBOL_NAMES}
    distinct = ("crate",)

    def named_defaults(self, set_name: str) -> dict[str, str]:
        """`cos-error-codes` -> the crate `cos-error-codes` in `rust/cos-error-codes/`."""
        return {"crate": "-".join(set_words(set_name))}

    def render(self, view: View, options: Mapping[str, Any], renderer: Renderer) -> dict[str, Content]:
        crate = self.option(options, "crate", view.kind)
        version = self.option(options, "version", view.kind)
        retryable = [rust_str(code) if isinstance(code, str) else rust_lit(code) for code in view.retryable_codes]
        if view.kind == "string":
            codes = symbol_variants(view)
            error, builder = error_names(view, set())
            starts = [0]
            for _, k in codes:
                starts.append(starts[-1] + len(k.variants))
            lib = renderer.render(
                "rust/strings.rs.j2",
                view=view,
                codes=codes,
                starts=starts,
                rows=[v for _, k in codes for v in k.variants],
                status=http_status,
                pads=PADS,
                closes=CLOSES,
                rb=Escaped("}"),
                see_also_items=see_also_items,
                error=error,
                builder=builder,
                retryable=retryable,
                status_class=status_classes(view),
            )
        else:
            model = rust_model(view)
            lookup_groups(model)  # refuses a code beyond i64
            error, builder = error_names(view, {g.type for g in model})
            lib = renderer.render(
                "rust/lib.rs.j2",
                view=view,
                categories=model,
                error=error,
                builder=builder,
                retryable=retryable,
                status=http_status,
                status_class=status_classes(view),
                pads=PADS,
                closes=CLOSES,
                rb=Escaped("}"),
                translation_items=translation_items(view),
                see_also_items=see_also_items,
            )
        cargo = renderer.render(
            "rust/Cargo.toml.j2",
            view=view,
            crate=Escaped(crate),  # checked: [a-z][a-z0-9_-]*
            version=Escaped(version),
            rust_version=Escaped(RUST_VERSION),
        )
        return {f"rust/{crate}/Cargo.toml": cargo, f"rust/{crate}/src/lib.rs": lib}

    def identifiers(self, view: View) -> dict[tuple[str, int | str], str]:
        """{(category id, code): the qualified name of its constant}, for the docs page."""
        return identifiers(view)


TARGET = Rust()

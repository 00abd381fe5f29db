"""The Go module: one integer type per category, lookups by code and by X-ErrNo header (integer
codes), or one named string type with a constant per code and its variants (symbolic codes).
Every code type is an `error` (as `syscall.Errno` is), with `<Type>Values`, `Parse<Type>` and
`MarshalText`/`UnmarshalText`. A failed request's answer is the package's `*Error`
(targets/go/templates/response.go.j2): code, status, server message, request and trace ids, the
categories the status received picks, fault, retryable and cause; `New(Response)` makes one and
never fails, `FromError` reads Tencent's Go SDK's error by its shape (reflection: no dependency),
`ErrorFromHeader` (and `FromResponse` for symbolic codes) are built on `New`.

Every Go identifier follows Go's initialisms (`go_name`: a fixed list, staticcheck's and this
domain's), so Go's spellings differ from the names file's (`INVALID_URL` is `DownloadInvalidURL`).
The module path is `<repo>/<output folder>/<dir>`: the folder that holds go.mod, relative to the
repository root, under the configured repository (`repo`), so `go get` could fetch it.

The output is gofmt-clean by construction (the generator never runs gofmt): every
constant is its own commented spec separated by a blank line (nothing for gofmt to
align), table rows are single-line composite literals, and methods use switches.
"""

from __future__ import annotations

import re
from typing import Any, Mapping, NamedTuple

from ...escape import Escaped, ident
from ...content import Content
from ...model import Category, Document, Entry
from ...naming import camel_words
from ...render import Renderer
from ...view import RETRYABLE_STATUSES, View
from ..base import Option, Target, folder_problem, product_words, set_words
from . import escape, gomod

# The oldest Go the generated code needs, per kind of page: the error response (`Error`) unwraps to
# several errors (`Unwrap() []error`, Go 1.20), its code's and its cause; reflect's FieldByIndexErr is 1.18.
GO_VERSION = {"int": "1.20", "string": "1.20"}
# Go's `int` is 32 bits on 386, arm, mips...: a page with a code beyond it gets int64 types.
INT32_MIN, INT32_MAX = -(2**31), 2**31 - 1
# Where the output folder is when no configuration says (config.py's default `out`).
DEFAULT_OUT = "generated"
# The key under which pipeline.render_all hands the target the output folder, relative to the
# project root (POSIX, "" for the root itself): not an option a configuration can set.
OUT_KEY = "out"
# Every module in `go/<dir>/`, as every language's output in `<language>/<set>/`.
LANGUAGE_FOLDER = "go"

# staticcheck's default initialisms (ST1003, honnef.co/go/tools v0.8.2 config.go, which golint's
# list grew into), and the ones this domain needs. A word of a name (a part of UPPER_SNAKE, a run of
# letters or digits) that is one of them is written in capitals.
INITIALISMS = frozenset(
    """ACL API ASCII CPU CSS DNS EOF GUID HTML HTTP HTTPS ID IP JSON QPS RAM RPC SLA SMTP SQL SSH TCP
    TLS TTL UDP UI GID UID UUID URI URL UTF8 VM XML XMPP XSRF XSS SIP RTP AMQP DB TS""".split()
) | frozenset({"CI", "COS", "CAM", "MD5"})
# Words that are a word and an initialism run together (Tencent's AppId, SecretId).
COMPOUNDS = {"APPID": "AppID", "SECRETID": "SecretID"}
_RUNS = re.compile(r"[A-Za-z]+|[0-9]+")

# Exported names of the error response (response.go.j2), in both kinds of package.
RESPONSE_NAMES = frozenset({"Error", "Response", "New", "FromError", "Fault", "FaultClient", "FaultServer"})
# Exported names the package declares besides the per-category types, constants and functions.
FIXED_NAMES = (
    frozenset(
        {"Info", "CategoryInfo", "Categories", "All", "Lookup", "FromHeader"}
        | {"DefaultLocale", "Locales", "LocalizedText", "CategoryText"}
        | {"ErrorFromHeader", "UnknownError", "ErrMalformedHeader", "Variant"}
    )
    | RESPONSE_NAMES
)
# Exported names the package for a page of symbolic codes declares besides its constants.
SYMBOL_NAMES = (
    frozenset(
        {"ErrorCode", "Variant", "Ref", "CategoryInfo", "Categories", "Codes", "All", "Lookup", "FromResponse"}
        | {"ErrorCodeValues", "ParseErrorCode", "ErrorFromHeader", "UnknownError", "ErrMalformedHeader"}
        | {"ParentOf", "Subcodes", "IsWithin"}
    )
    | RESPONSE_NAMES
)


def folder_problem_go(value: str) -> str | None:
    """Why `value` cannot name a Go module's folder, or None: the go command ignores testdata,
    `_x` and `.x` folders, and treats vendor and internal specially."""
    if value in ("testdata", "vendor", "internal") or value[0] in "._":
        return "is a folder name the go command ignores or treats specially (testdata, vendor, internal, _x, .x)"
    return folder_problem(value)


def module_problem(value: str) -> str | None:
    """Why Go refuses `value` as a module path, or None."""
    problem = gomod.check_module_path(value)
    return f"is not a module path Go accepts: {problem}" if problem else None


def go_word(word: str) -> str:
    """One word as Go writes it: an initialism in capitals (`URL`, `AppID`), else capitalized;
    letters and digits are words of their own (`URL2` -> `URL2`, `APPID104` -> `AppID104`)."""
    upper = word.upper()
    if upper in INITIALISMS:
        return upper
    if upper in COMPOUNDS:
        return COMPOUNDS[upper]
    runs = _RUNS.findall(word)
    if len(runs) > 1:
        return "".join(go_word(run) for run in runs)
    return word[:1].upper() + word[1:].lower()


def go_name(name: str) -> str:
    """An UPPER_SNAKE name as a Go identifier: `INVALID_STYLE_NAME_ID` -> `InvalidStyleNameID`."""
    return "".join(go_word(part) for part in name.split("_") if part)


def go_type(name: str) -> str:
    """A category's type name (PascalCase) with Go's initialisms: `CiAttributeError` -> `CIAttributeError`."""
    return "".join(go_word(word) for word in camel_words(name))


def doc_sentence(name: str, text: str) -> str:
    """A doc comment's sentence for the constant `name` meaning `text` (plain text, escaped later):
    `X means signature authentication fails.` (a first word like `Signature` is lowercased, `URL` is not)."""
    text = " ".join(text.split())
    if not text:
        return f"{name} is a code the page gives no text for."
    if re.match(r"[A-Z][a-z]", text):
        text = text[0].lower() + text[1:]
    if not text.endswith((".", "!", "?", "。", "！", "？")):
        text += "."
    return f"{name} means {text}"


class GoConst:
    """One entry as Go spells it: its constant, its doc sentence and its row in the `infos` table.
    (A plain class: a dataclass costs every run about half a millisecond to create at import.)"""

    __slots__ = ("entry", "name", "index")

    def __init__(self, entry: Entry, name: str, index: int) -> None:
        self.entry = entry
        self.name = name
        self.index = index

    @property
    def doc(self) -> str:
        """The doc comment's sentence, made when printed (not held for every constant at once)."""
        return doc_sentence(self.name, self.entry.description)


class GoCategory(NamedTuple):
    """One category as Go spells it: its type, its constants and its functions."""

    category: Category
    type: str
    consts: tuple[GoConst, ...]

    @property
    def parse(self) -> str:
        """`Parse<Type>`: the constant of a name."""
        return f"Parse{self.type}"

    @property
    def values(self) -> str:
        """`<Type>Values`: every constant."""
        return f"{self.type}Values"


class GoCode(NamedTuple):
    """One code of a page of symbolic codes as Go spells it."""

    code: Any  # view.Code
    name: str
    doc: str


class _Names:
    """The exported names of one package: each claimed once, or a ValueError naming both owners."""

    def __init__(self, fixed: frozenset[str]) -> None:
        self.owners: dict[str, str] = {name: "the package's API" for name in fixed}

    def claim(self, name: str, owner: str) -> str:
        ident(name)
        if name in self.owners:
            raise ValueError(f"{owner} and {self.owners[name]} are both named {name} in Go")
        self.owners[name] = owner
        return name


def go_model(doc: Document) -> list[GoCategory]:
    """Return the Go names of every category and entry; raise on a name or code Go cannot hold."""
    names = _Names(FIXED_NAMES)
    out: list[GoCategory] = []
    index = 0
    for c in doc.categories:
        if not c.name.endswith("Error"):
            raise ValueError(f"category type {c.name!r} does not end in 'Error'")
        owner = f"category {c.id!r}"
        type_name = names.claim(go_type(c.name), owner)
        if not type_name.endswith("Error") or type_name == "Error":
            raise ValueError(f"category type {c.name!r} is {type_name!r} in Go, which does not end in 'Error'")
        prefix = type_name[: -len("Error")]
        names.claim(f"Parse{type_name}", owner)
        names.claim(f"{type_name}Values", owner)
        consts: list[GoConst] = []
        codes: set[int | str] = set()
        for e in c.entries:
            if e.code in codes:
                raise ValueError(f"code {e.code} appears twice in category {c.id!r}")
            codes.add(e.code)
            name = names.claim(prefix + go_name(e.name), f"code {e.code} of {c.id!r}")
            consts.append(GoConst(e, name, index))
            index += 1
        out.append(GoCategory(c, type_name, tuple(consts)))
    return out


def go_codes(view: View) -> list[GoCode]:
    """Return the Go constant of every code of a page of symbolic codes; raise on a clash with the
    package's API. Codes whose distinct names Go spells alike (`FOO_BAR` and `FOO__BAR`, the
    codes `FooBar` and `Foo.Bar`: Go's names have no level break) are numbered as the page's
    names are: the first code in the codes' order (one whose name has no level break first) keeps
    the name, the others get 2, 3, ... (`FooBar2`), a number no other code's name holds."""
    spelled = {k.code: go_name(k.name) for k in view.codes}
    broken = {k.code for k in view.codes if "__" in k.name.strip("_")}  # a name with a level break Go loses
    alike: dict[str, list[str]] = {}
    for code, name in spelled.items():
        alike.setdefault(name, []).append(code)
    taken = set(spelled.values())
    for name, codes in alike.items():
        for code in sorted(codes, key=lambda c: (c in broken, str(c)))[1:]:
            number = 2
            while f"{name}{number}" in taken:
                number += 1
            spelled[code] = f"{name}{number}"
            taken.add(spelled[code])
    names = _Names(SYMBOL_NAMES)
    out = []
    for k in view.codes:
        name = names.claim(spelled[k.code], f"code {k.code!r}")
        out.append(GoCode(k, name, doc_sentence(name, k.summary)))
    return out


def identifiers(view: View) -> dict[tuple[str, int | str], str]:
    """{(category id, code): Go constant} of every entry of the view."""
    if view.kind == "string":
        by_code = {g.code.code: g.name for g in go_codes(view)}
        return {(c.id, e.code): by_code[e.code] for c, e in view.entries}
    return {(g.category.id, k.entry.code): k.name for g in go_model(view.doc) for k in g.consts}


def identifier(view: View, category: Category, entry: Entry) -> str:
    """The Go identifier of one entry of the view, e.g. `DownloadInvalidURL` (a KeyError if none)."""
    return identifiers(view)[(category.id, entry.code)]


def status_rows(categories: list[GoCategory]) -> list[tuple[int, int, int]]:
    """(index in `infos`, index in its Variants or -1, HTTP status) of every row of an integer
    page that gives a status, in the page's order: the rows the status received picks."""
    out = []
    for g in categories:
        for k in g.consts:
            rows = k.entry.variants or (k.entry,)
            for j, row in enumerate(rows):
                if row.http_status is not None:
                    out.append((k.index, j if k.entry.variants else -1, row.http_status))
    return out


def module_path(repo: str, out: str, folder: str) -> str:
    """`<repo>/<out>/<folder>`: the module path of go.mod in `<out>/<folder>` of the repository `repo`."""
    return "/".join(part for part in (repo, out, folder) if part)


class Go(Target):
    """`go/<dir>/go.mod` and `go/<dir>/<package>.go` (`<dir>`: the set's name by default)."""

    name = "go"
    label = "Go"
    # Go spells a constant as its category's prefix + the PascalCase name: `Download` + `Error`
    # would be the category's own type, `DownloadError`.
    reserved_members = frozenset({"ERROR"})
    filters = escape.FILTERS
    shared_filters = {"go": frozenset({"ident"})}
    checked_suffixes = (".go",)

    def check_comments(self, path: str, text: str) -> None:
        escape.check_comments(path, text)

    def type_name_problem(self, name: str) -> str | None:
        """Beside the declared names: Go names a category's constants after its type's prefix."""
        problem = super().type_name_problem(name)
        if problem is None and (name == "Error" or not name.endswith("Error")):
            return "the go output names a category's constants after its type's prefix: <Prefix>Error"
        return problem

    options = {
        "repo": Option(r"[A-Za-z0-9][A-Za-z0-9._~/-]*", "name", path=False, check=module_problem),
        "package": Option(r"[a-z][a-z0-9_]*", "name", check=gomod.check_package),
        "dir": Option(r"[A-Za-z0-9_][A-Za-z0-9_.-]*", check=folder_problem_go),
    }
    defaults = {
        "int": {"dir": "ci-error-codes", "repo": "github.com/errcodegen/ci-error-codes", "package": "cierrors"},
        "string": {"dir": "ci-media-processing-error-codes", "repo": "github.com/errcodegen/ci-error-codes", "package": "cimperrors"},
    }
    distinct = ("dir",)

    def named_defaults(self, set_name: str) -> dict[str, str]:
        """`cos-error-codes` -> the package `coserrors` in `go/cos-error-codes/`."""
        return {"dir": "-".join(set_words(set_name)), "package": "".join(product_words(set_name)) + "errors"}
    declared = {"int": FIXED_NAMES, "string": SYMBOL_NAMES}
    top_level_codes = True
    located = True  # render_all hands it the output folder (OUT_KEY): the module path holds it

    def module(self, options: Mapping[str, Any], kind: str, out: object) -> str:
        """The module path of the output written to `out`; a ValueError when Go cannot accept it."""
        folder = self.option(options, "dir", kind)
        repo = self.option(options, "repo", kind)
        if not isinstance(out, str):
            raise ValueError(f"output folder {out!r} is not a path")
        path = module_path(repo, out, f"{LANGUAGE_FOLDER}/{folder}")
        problem = gomod.check_module_path(path)
        if problem:
            raise ValueError(f"module path {path!r} (repo {repo!r} + output folder {out!r} + dir {folder!r}) is not one Go accepts: {problem}")
        return path

    def location_problem(self, options: Mapping[str, Any], kind: str, out: str) -> str | None:
        try:
            self.module(options, kind, out)
        except ValueError as exc:
            return str(exc)
        return None

    def render(self, view: View, options: Mapping[str, Any], renderer: Renderer) -> dict[str, Content]:
        package = self.option(options, "package", view.kind)
        folder = self.option(options, "dir", view.kind)
        module = Escaped(self.module(options, view.kind, options.get(OUT_KEY, DEFAULT_OUT)))  # checked: go.mod holds it unquoted
        response = {
            "retryable_statuses": Escaped(", ".join(str(s) for s in RETRYABLE_STATUSES)),  # integers: Go literals as they are
            "retryable_codes": view.retryable_codes,
            "class_categories": [(c.id, view.status_classes[c.id]) for c in view.categories if c.id in view.status_classes],
        }
        if view.kind == "string":
            source = renderer.render("go/strings.go.j2", view=view, package=package, codes=go_codes(view), **response)
        else:
            wide = any(not INT32_MIN <= e.code <= INT32_MAX for _, e in view.entries if isinstance(e.code, int))
            categories = go_model(view.doc)
            source = renderer.render(
                "go/package.go.j2",
                view=view,
                package=package,
                categories=categories,
                wide=wide,
                int_type=Escaped("int64" if wide else "int"),
                status_rows=status_rows(categories),
                **response,
            )
        gomod_text = renderer.render("go/go.mod.j2", view=view, module=module, go_version=Escaped(GO_VERSION[view.kind]))
        return {f"{LANGUAGE_FOLDER}/{folder}/go.mod": gomod_text, f"{LANGUAGE_FOLDER}/{folder}/{package}.go": source}

    def identifiers(self, view: View) -> dict[tuple[str, int | str], str]:
        """`DownloadSignatureAuthenticationFails` (integer codes), `AccessDenied` (symbolic codes)."""
        return identifiers(view)


TARGET = Go()

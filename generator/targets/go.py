"""The Go module: one integer type per category, lookups by code and by X-ErrNo header.

The output is gofmt-clean by construction (the generator never runs gofmt): every
constant is its own commented spec separated by a blank line (nothing for gofmt to
align), table rows are single-line composite literals, and methods use switches.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..escape import Escaped, ident
from ..content import Content
from ..model import Category, Document, Entry
from ..naming import pascal
from ..config import usable_option
from ..render import header_line, render_template
from .locales import translations

DEFAULT_MODULE = "github.com/errcodegen/ci-error-codes/go/cierrors"
DEFAULT_PACKAGE = "cierrors"
# The oldest Go the generated code needs: nothing newer than Go 1.17 is used.
GO_VERSION = "1.17"
# Go's `int` is 32 bits on 386, arm, mips...: a page with a code beyond it gets int64 types.
INT32_MIN, INT32_MAX = -(2**31), 2**31 - 1

# Exported names the package declares besides the per-category types and constants.
FIXED_NAMES = frozenset(
    {"Info", "CategoryInfo", "Categories", "All", "Lookup", "FromHeader"}
    | {"DefaultLocale", "Locales", "LocalizedText", "CategoryText"}
)


@dataclass(frozen=True)
class GoConst:
    """One entry as Go spells it: its constant and its row in the `infos` table."""

    entry: Entry
    name: str
    index: int


@dataclass(frozen=True)
class GoCategory:
    """One category as Go spells it: its type and its constants."""

    category: Category
    type: str
    consts: tuple[GoConst, ...]


def module_path(value: str) -> Escaped:
    """Return a module path that Go accepts (module.CheckPath) and go.mod holds unquoted."""
    if not usable_option("go", "module", value):
        raise ValueError(f"go: not a usable module path: {value!r}")
    return Escaped(value)


def package_name(value: str) -> Escaped:
    """Return a package name that is a lower-case Go identifier, no keyword, and an importable package."""
    if not usable_option("go", "package", value):
        raise ValueError(f"go: not a usable package name: {value!r}")
    return ident(value)


def go_model(doc: Document) -> list[GoCategory]:
    """Return the Go names of every category and entry; raise on a name or code Go cannot hold."""
    owners: dict[str, str] = {name: "the package's API" for name in FIXED_NAMES}
    out: list[GoCategory] = []
    index = 0

    def claim(name: str, owner: str) -> str:
        ident(name)
        if name in owners:
            raise ValueError(f"go: {owner} and {owners[name]} are both named {name}")
        owners[name] = owner
        return name

    for c in doc.categories:
        if not c.name.endswith("Error"):
            raise ValueError(f"go: category type {c.name!r} does not end in 'Error'")
        prefix = c.name[: -len("Error")]
        claim(c.name, f"category {c.id!r}")
        consts: list[GoConst] = []
        codes: set[int | str] = set()
        for e in c.entries:
            if e.code in codes:
                raise ValueError(f"go: code {e.code} appears twice in category {c.id!r}")
            codes.add(e.code)
            name = claim(prefix + pascal(e.name), f"code {e.code} of {c.id!r}")
            consts.append(GoConst(e, name, index))
            index += 1
        out.append(GoCategory(c, c.name, tuple(consts)))
    return out


def render(doc: Document, options: dict[str, Any]) -> dict[str, Content]:
    """Return `<dir>/go.mod` and `<dir>/<package>.go` (dir: option `dir`, default `go`)."""
    package = package_name(options.get("package", DEFAULT_PACKAGE))
    folder = options.get("dir", "go")
    if not usable_option("go", "dir", folder):
        raise ValueError(f"go: dir {folder!r} must be one plain folder name")
    module = module_path(options.get("module", DEFAULT_MODULE))
    header = header_line(doc)
    wide = any(not INT32_MIN <= e.code <= INT32_MAX for _, e in doc.entries() if isinstance(e.code, int))
    source = render_template(
        "go/package.go.j2",
        doc=doc,
        header=header,
        package=package,
        categories=go_model(doc),
        translations=translations,
        wide=wide,
        int_type=Escaped("int64" if wide else "int"),
    )
    gomod = render_template("go/go.mod.j2", header=header, module=module, go_version=Escaped(GO_VERSION))
    return {f"{folder}/go.mod": gomod, f"{folder}/{package}.go": source}

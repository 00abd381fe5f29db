"""The Go module: one integer type per category, lookups by code and by X-ErrNo header (integer
codes), or one named string type with a constant per code and its variants (symbolic codes).

The output is gofmt-clean by construction (the generator never runs gofmt): every
constant is its own commented spec separated by a blank line (nothing for gofmt to
align), table rows are single-line composite literals, and methods use switches.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping

from .. import gomod
from ..escape import Escaped, ident
from ..content import Content
from ..model import Category, Document, Entry
from ..naming import pascal
from ..render import render_template
from ..view import View
from .base import Option, Target, go_folder_problem, go_module_problem, register

# The oldest Go the generated code needs: nothing newer than Go 1.17 is used.
GO_VERSION = "1.17"
# Go's `int` is 32 bits on 386, arm, mips...: a page with a code beyond it gets int64 types.
INT32_MIN, INT32_MAX = -(2**31), 2**31 - 1

# Exported names the package declares besides the per-category types and constants.
FIXED_NAMES = frozenset(
    {"Info", "CategoryInfo", "Categories", "All", "Lookup", "FromHeader"}
    | {"DefaultLocale", "Locales", "LocalizedText", "CategoryText"}
)
# Exported names the package for a page of symbolic codes declares besides its constants.
SYMBOL_NAMES = frozenset({"ErrorCode", "Variant", "Ref", "CategoryInfo", "Categories", "Codes", "All", "Lookup", "FromResponse"})


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


def go_model(doc: Document) -> list[GoCategory]:
    """Return the Go names of every category and entry; raise on a name or code Go cannot hold."""
    owners: dict[str, str] = {name: "the package's API" for name in FIXED_NAMES}
    out: list[GoCategory] = []
    index = 0

    def claim(name: str, owner: str) -> str:
        ident(name)
        if name in owners:
            raise ValueError(f"{owner} and {owners[name]} are both named {name}")
        owners[name] = owner
        return name

    for c in doc.categories:
        if not c.name.endswith("Error"):
            raise ValueError(f"category type {c.name!r} does not end in 'Error'")
        prefix = c.name[: -len("Error")]
        claim(c.name, f"category {c.id!r}")
        consts: list[GoConst] = []
        codes: set[int | str] = set()
        for e in c.entries:
            if e.code in codes:
                raise ValueError(f"code {e.code} appears twice in category {c.id!r}")
            codes.add(e.code)
            name = claim(prefix + pascal(e.name), f"code {e.code} of {c.id!r}")
            consts.append(GoConst(e, name, index))
            index += 1
        out.append(GoCategory(c, c.name, tuple(consts)))
    return out


class Go(Target):
    """`<dir>/go.mod` and `<dir>/<package>.go`."""

    name = "go"
    options = {
        "module": Option(r"[A-Za-z0-9][A-Za-z0-9._~/-]*", "name", path=False, check=go_module_problem),
        "package": Option(r"[a-z][a-z0-9_]*", "name", check=gomod.check_package),
        "dir": Option(r"[A-Za-z0-9_][A-Za-z0-9_.-]*", check=go_folder_problem),
    }
    defaults = {
        "int": {"dir": "go", "module": "github.com/errcodegen/ci-error-codes/go/cierrors", "package": "cierrors"},
        "string": {
            "dir": "go-media-processing",
            "module": "github.com/errcodegen/ci-error-codes/go-media-processing/cimperrors",
            "package": "cimperrors",
        },
    }
    declared = {"int": FIXED_NAMES, "string": SYMBOL_NAMES}
    top_level_codes = True

    def render(self, view: View, options: Mapping[str, Any]) -> dict[str, Content]:
        package = self.option(options, "package", view.kind)
        folder = self.option(options, "dir", view.kind)
        module = Escaped(self.option(options, "module", view.kind))  # checked: go.mod holds it unquoted
        if view.kind == "string":
            source = render_template("go/strings.go.j2", view=view, package=package)
        else:
            wide = any(not INT32_MIN <= e.code <= INT32_MAX for _, e in view.entries if isinstance(e.code, int))
            source = render_template(
                "go/package.go.j2",
                view=view,
                package=package,
                categories=go_model(view.doc),
                wide=wide,
                int_type=Escaped("int64" if wide else "int"),
            )
        gomod_text = render_template("go/go.mod.j2", view=view, module=module, go_version=Escaped(GO_VERSION))
        return {f"{folder}/go.mod": gomod_text, f"{folder}/{package}.go": source}

    def identifiers(self, view: View) -> dict[tuple[str, int | str], str]:
        """`DownloadSignatureAuthenticationFails` (integer codes), `AccessDenied` (symbolic codes)."""
        if view.kind == "string":
            return {(v.category.id, k.code): k.go_name for k in view.codes for v in k.variants}
        return {(g.category.id, k.entry.code): k.name for g in go_model(view.doc) for k in g.consts}


TARGET = register(Go())
DEFAULT_MODULE = Go.defaults["int"]["module"]
DEFAULT_PACKAGE = Go.defaults["int"]["package"]


def render(doc: Any, options: Mapping[str, Any]) -> dict[str, Content]:
    """The target applied to a document (or its view)."""
    return TARGET(doc, options)

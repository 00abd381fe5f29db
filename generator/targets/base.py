"""What a target is: a name, its options (with their defaults and rules), the names its output
declares, and `render(view, options) -> {path: text}` (no I/O, a large text a `Lazy`).

A target renders pages of integer codes and of symbolic codes alike, choosing its template by
the view's `kind`. It checks its own options: the configuration asks it (`option_problem`),
and `render` refuses an option no configuration checked (a direct call).
"""

from __future__ import annotations

import keyword
import re
import sys
from dataclasses import dataclass
from typing import Any, Callable, ClassVar, Mapping, TypeVar

from .. import gomod
from ..content import Content
from ..model import Document
from ..view import View
from ..write import BACKUP_MARK, TMP_MARK

# Python modules a generated package must not shadow (`import typing` would find it first).
STDLIB_MODULES = frozenset(sys.stdlib_module_names) | frozenset(sys.builtin_module_names)
# File and folder names no repository can hold on every system (before the first dot).
UNCOMMITTABLE = frozenset({"__pycache__"})
KINDS = ("int", "string")
# The key under which generate.render_all (and the configuration's checks) hand every target
# the set's name, from which its options' defaults follow (`named_defaults`): not an option a
# configuration can set.
SET_KEY = "set"
# Words of a set's name that say "error codes" rather than whose: left out of names that say
# the product (Go's package `coserrors`, Java's `io.github.errcodegen.cos`).
GENERIC_WORDS = frozenset({"error", "errors", "code", "codes", "err", "errno"})


def set_words(set_name: str) -> list[str]:
    """A set's name as lower-case ASCII words (`cos-error-codes` -> cos, error, codes); [] for a
    name with none (`错误码`: every option then keeps its kind's default)."""
    return [w.lower() for w in re.findall(r"[A-Za-z0-9]+", set_name)]


def product_words(set_name: str) -> list[str]:
    """The set's words less "error codes" (all of them when nothing else is left)."""
    words = set_words(set_name)
    return [w for w in words if w not in GENERIC_WORDS] or words


@dataclass(frozen=True)
class Option:
    """One option of a target: what its value must look like (every one becomes a path or a name)."""

    pattern: str  # the whole value must match it
    noun: str = "file name"  # what the value is called in a refusal: "name" or "file name"
    path: bool = True  # a file or folder name: no name that Windows reserves or repositories drop
    check: Callable[[str], str | None] | None = None  # any further rule: why the value is refused, or None

    def problem(self, value: object) -> str | None:
        """Why `value` cannot be this option, or None."""
        if not isinstance(value, str) or not re.fullmatch(self.pattern, value):
            return f"is not a usable {self.noun}"
        if self.path and (gomod.windows_reserved(value) or value.split(".")[0] in UNCOMMITTABLE):
            return "is a name that Windows reserves or that repositories do not hold (CON, NUL, COM1, __pycache__, ...)"
        if self.path and (TMP_MARK in value or BACKUP_MARK in value):
            return "looks like one of errcodegen's temporary files"
        return self.check(value) if self.check else None


def python_package_problem(value: str) -> str | None:
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


def folder_problem(value: str) -> str | None:
    """Why `value` cannot name a folder, beyond its pattern, or None."""
    return "ends in '.', which Windows drops" if value.endswith(".") else None


def go_folder_problem(value: str) -> str | None:
    """Why `value` cannot name a Go module's folder, or None: the go command ignores testdata,
    `_x` and `.x` folders, and treats vendor and internal specially."""
    if value in ("testdata", "vendor", "internal") or value[0] in "._":
        return "is a folder name the go command ignores or treats specially (testdata, vendor, internal, _x, .x)"
    return folder_problem(value)


def typescript_file_problem(value: str) -> str | None:
    """A `.d.ts` name would make TypeScript read the module as ambient declarations only."""
    return "is a declaration file name (.d.ts), which TypeScript reads as ambient declarations only" if value.endswith(".d.ts") else None


def go_module_problem(value: str) -> str | None:
    """Why Go refuses `value` as a module path, or None."""
    problem = gomod.check_module_path(value)
    return f"is not a module path Go accepts: {problem}" if problem else None


class Target:
    """One output language or format; subclasses set the class attributes and `render`."""

    name: ClassVar[str]
    options: ClassVar[Mapping[str, Option]]
    # Per kind of page (int, string): each option's default.
    defaults: ClassVar[Mapping[str, Mapping[str, str]]]
    # Per kind of page: the top-level names the output declares, imports or uses itself.
    declared: ClassVar[Mapping[str, frozenset[str]]]
    # True when the code constants of a page of symbolic codes are top-level names beside
    # `declared` (Go's `AccessDenied`), not members of a type (Python's `ErrorCode.ACCESS_DENIED`).
    top_level_codes: ClassVar[bool] = False
    # True when the output must know where it is written (Go's module path holds the output
    # folder): generate.render_all then adds the output folder, relative to the project root,
    # to its options under the key "out" (no option a configuration can set).
    located: ClassVar[bool] = False

    def all_declared(self) -> frozenset[str]:
        """Every name the output declares for either kind of page."""
        return frozenset().union(*self.declared.values())

    def option_problem(self, key: str, value: object) -> str | None:
        """Why `value` cannot be the option `key`, or None (the one place this is decided)."""
        return self.options[key].problem(value)

    # The options whose values two sets may not share (a package name, a folder, a file):
    # the configuration refuses two sets that would write one output (config.py).
    distinct: ClassVar[tuple[str, ...]] = ()

    def named_defaults(self, set_name: str) -> dict[str, str]:
        """The options' defaults that follow from a set's name (`cos-error-codes` -> the Python
        package `cos_error_codes`, the crate `cos-error-codes`); a target names its own."""
        return {}

    def default(self, key: str, kind: str, options: Mapping[str, Any]) -> str:
        """The value of the option `key` where `options` do not give one: the one the set's name
        gives (`named_defaults`, when render_all or the configuration handed the name under
        SET_KEY; a ValueError when that value cannot be used), else the kind's (a set whose
        name has no ASCII word)."""
        set_name = options.get(SET_KEY)
        if isinstance(set_name, str) and set_words(set_name):
            named = self.named_defaults(set_name).get(key)
            if named is not None:
                problem = self.option_problem(key, named)
                if problem is not None:  # never another set's (or product's) name in its place
                    raise ValueError(f"{named!r}, from the set's name {set_name!r}, {problem}: give the set's {self.name}.{key}")
                return named
        return self.defaults[kind][key]

    def option(self, options: Mapping[str, Any], key: str, kind: str) -> str:
        """The option `key` (given, or its default); a ValueError when it cannot be used."""
        value = options[key] if key in options else self.default(key, kind, options)
        problem = self.option_problem(key, value)
        if problem or not isinstance(value, str):
            raise ValueError(f"{key} {value!r} {problem}")
        return value

    def location_problem(self, options: Mapping[str, Any], kind: str, out: str) -> str | None:
        """Why the output, with these options, cannot be written to the folder `out` (relative to
        the project root, POSIX), or None; only a `located` target can have a reason."""
        return None

    def render(self, view: View, options: Mapping[str, Any]) -> dict[str, Content]:
        """Return every file of the output: {path relative to the output folder: text}."""
        raise NotImplementedError

    def render_across(self, views: list[View]) -> dict[str, Content]:
        """Files made from every set at once (the docs' index page searching all of them), given
        the view of each set that enables this target, in configuration order; most targets make none."""
        return {}

    def identifiers(self, view: View) -> dict[tuple[str, int | str], str]:
        """What a program using this output writes for each row, keyed by (category id, code)
        (`DownloadError.SIGNATURE_AUTHENTICATION_FAILS`); empty for an output that names no
        constant (a schema, the model). The docs target shows them; it is told no options."""
        return {}

    def __call__(self, model: Document | View, options: Mapping[str, Any]) -> dict[str, Content]:
        """`render` of a view (or of a document's view); a refusal names the target."""
        view = model if isinstance(model, View) else view_of(model)
        try:
            return self.render(view, options)
        except ValueError as exc:
            raise ValueError(f"{self.name}: {exc}") from None


# Every target by name, in the order its module was registered (targets/__init__.py).
REGISTRY: dict[str, Target] = {}

T = TypeVar("T", bound=Target)


def register(target: T) -> T:
    """Add `target` to the registry (once per name)."""
    if target.name in REGISTRY:
        raise ValueError(f"two targets are named {target.name}")
    REGISTRY[target.name] = target
    return target


def view_of(doc: Document) -> View:
    """The view of `doc` that every target renders: a code constant may take no name an output
    declares at top level beside it."""
    taken = {
        name: f"the {t.name} output's own {name}"
        for t in REGISTRY.values()
        if isinstance(t, Target) and t.top_level_codes
        for name in t.declared.get(doc.kind, frozenset())
    }
    return View(doc, taken)

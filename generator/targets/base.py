"""What a target is: a name, its options (with their defaults and rules), the names its output
declares, its templates, filters and checks, and `render(view, options, renderer) -> {path: text}`
(no I/O, a large text a `Lazy`).

A target is a package `targets/<name>/`: this class's subclass and `TARGET`, an instance of it,
in its `__init__.py`; its templates in `templates/` (named `<name>/<file>.j2` by every
template environment) and their precompiled modules in `_compiled/`. targets/registry.py lists
every target; importing a target registers nothing.

A target renders pages of integer codes and of symbolic codes alike, choosing its template by
the view's `kind`. It checks its own options: the configuration asks it (`option_problem`),
and `render` refuses an option no configuration checked (a direct call).
"""

from __future__ import annotations

import inspect
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, ClassVar, Mapping

from ..content import Content
from ..escape import Escaped
from ..filenames import BACKUP_MARK, TMP_MARK, UNCOMMITTABLE, windows_reserved
from ..render import Renderer
from ..view import View
KINDS = ("int", "string")
# The key under which pipeline.render_all (and the configuration's checks) hand every target
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
        if self.path and (windows_reserved(value) or value.split(".")[0] in UNCOMMITTABLE):
            return "is a name that Windows reserves or that repositories do not hold (CON, NUL, COM1, __pycache__, ...)"
        if self.path and (TMP_MARK in value or BACKUP_MARK in value):
            return "looks like one of errcodegen's temporary files"
        return self.check(value) if self.check else None


def folder_problem(value: str) -> str | None:
    """Why `value` cannot name a folder, beyond its pattern, or None."""
    return "ends in '.', which Windows drops" if value.endswith(".") else None


class Target:
    """One output language or format; subclasses set the class attributes and `render`."""

    name: ClassVar[str]
    # How the docs page names the language of the identifiers the target gives (`identifiers`):
    # "Python"; None for an output that names no constant (a schema, the model).
    label: ClassVar[str | None] = None
    # What `errcodegen --help` calls an output that is no language ("a JSON Schema"); a language
    # is named by its label instead.
    summary: ClassVar[str | None] = None
    options: ClassVar[Mapping[str, Option]]
    # Per kind of page (int, string): each option's default.
    defaults: ClassVar[Mapping[str, Mapping[str, str]]]
    # Per kind of page: the top-level names the output declares, imports or uses itself.
    declared: ClassVar[Mapping[str, frozenset[str]]]
    # True when the code constants of a page of symbolic codes are top-level names beside
    # `declared` (Go's `AccessDenied`), not members of a type (Python's `ErrorCode.ACCESS_DENIED`).
    top_level_codes: ClassVar[bool] = False
    # True when the output must know where it is written (Go's module path holds the output
    # folder): pipeline.render_all then adds the output folder, relative to the project root,
    # to its options under the key "out" (no option a configuration can set).
    located: ClassVar[bool] = False
    # Type names a category must not take because of this output beyond `declared`: a language's
    # built-in error types, which a generated module would shadow. A derived category name avoids
    # them and the declared names it could be (registry.shadowed_types); a names file may not give them.
    shadowed: ClassVar[frozenset[str]] = frozenset()
    # Member names (UPPER_SNAKE) a code's constant may not take as they are in this output (a
    # name the language or its enum type reserves): a derived name that would be one gets
    # `_ERROR` (naming.sanitize, through registry.type_names), a names file may not give it.
    reserved_members: ClassVar[frozenset[str]] = frozenset()
    # Folders the language's toolchain writes into a project (`node_modules`): never an output
    # folder nor inside one (config.py asks every target).
    toolchain_folders: ClassVar[frozenset[str]] = frozenset()
    # The escaping filters the target's templates use beside the shared ones (render.py), by name.
    filters: ClassVar[Mapping[str, Callable[..., Escaped]]] = {}
    # The shared escaping filters (render.SHARED_FILTERS) that fit each kind of file the target
    # renders, by the file's suffix ("php": ident, "json": json): a user's template
    # `<target>/<file>.<suffix>.j2` may use these and the target's own `filters`, no other
    # escaping filter (`json` prints a double-quoted string, which PHP interpolates). Set from
    # what the built-in templates use; a test checks that they all pass.
    shared_filters: ClassVar[Mapping[str, frozenset[str]]] = {}
    # The suffixes of the rendered files (of any target) whose text this target checks
    # (`check_comments`, `check_loads`): validate.py asks every target.
    checked_suffixes: ClassVar[tuple[str, ...]] = ()

    @property
    def folder(self) -> Path:
        """The target's package folder: its templates are in `templates/`, precompiled in `_compiled/`."""
        return Path(inspect.getfile(type(self))).parent

    def check_comments(self, path: str, text: str) -> None:
        """Raise validate.ValidationError where whole lines `text` of the rendered file `path` hold a
        comment the language's toolchain would read as an instruction."""

    def check_loads(self, path: str, text: str) -> None:
        """Raise validate.ValidationError unless the whole (small) rendered file `text` loads."""

    def format_user_output(self, name: str, text: str) -> str:
        """`text`, rendered by the user's template `name` (`--templates`), laid out in the target's
        language (the built-in templates are laid out by construction and skip this); raise
        render.UserTemplateError when it cannot be."""
        return text

    def type_name_problem(self, name: str) -> str | None:
        """Why a category may not take the type name `name` in this output (enabled or not), or None."""
        if name in self.all_declared():
            return f"the {self.name} output declares or uses {name} itself"
        if name in self.shadowed:
            return f"a built-in error type that the {self.name} output would shadow"
        return None

    def all_declared(self) -> frozenset[str]:
        """Every name the output declares for either kind of page."""
        return frozenset().union(*self.declared.values())

    def option_problem(self, key: str, value: object) -> str | None:
        """Why `value` cannot be the option `key`, or None (the one place this is decided)."""
        return self.options[key].problem(value)

    # The options whose values two sets may not share (a package name, a folder, a file):
    # the configuration refuses two sets that would write one output (config.py).
    distinct: ClassVar[tuple[str, ...]] = ()

    def distinct_value(self, key: str, value: str) -> str:
        """The value of the `distinct` option `key` as the language compares it (two sets whose
        values are equal here would write one output): the value itself unless a target says."""
        return value

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

    def render(self, view: View, options: Mapping[str, Any], renderer: Renderer) -> dict[str, Content]:
        """Return every file of the output: {path relative to the output folder: text}, its
        templates rendered by `renderer` (`renderer.render("<name>/<file>.j2", **context)`)."""
        raise NotImplementedError

    def render_across(self, views: list[View], renderer: Renderer) -> dict[str, Content]:
        """Files made from every set at once (the docs' index page searching all of them), given
        the view of each set that enables this target, in configuration order; most targets make none."""
        return {}

    def identifiers(self, view: View) -> dict[tuple[str, int | str], str]:
        """What a program using this output writes for each row, keyed by (category id, code)
        (`DownloadError.SIGNATURE_AUTHENTICATION_FAILS`); empty for an output that names no
        constant (a schema, the model). The docs target shows them; it is told no options."""
        return {}

    def __call__(self, view: View, options: Mapping[str, Any], renderer: Renderer) -> dict[str, Content]:
        """`render`, with a refusal naming the target (pipeline.render_all calls it)."""
        try:
            return self.render(view, options, renderer)
        except ValueError as exc:
            raise ValueError(f"{self.name}: {exc}") from None


def member_names(view: View) -> dict[tuple[str, int | str], str]:
    """`<Type>.<MEMBER>` per (category id, code): a constant spelled as a member of its type."""
    if view.kind == "string":
        return {(v.category.id, k.code): f"ErrorCode.{k.name}" for k in view.codes for v in k.variants}
    return {(c.id, e.code): f"{c.name}.{e.name}" for c, e in view.entries}


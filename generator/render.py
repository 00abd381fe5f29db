"""The template environment of a run (`Renderer`). No I/O but reading templates.

The pipeline makes one Renderer per run from the targets it renders (targets/registry.py) and
hands it to each; a target chooses a template and its context. Nothing here knows a target:
each brings its templates' folder and its filters.

The template environment refuses to print anything that has not been through one of the
escaping filters of `escape.py` (or is a plain int or bool): a template cannot leak raw
upstream text into generated source by forgetting a filter.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.machinery
import json
import re
import shutil
from itertools import islice
from pathlib import Path
from types import CodeType
from typing import Any, Callable, Mapping, Protocol, Sequence

import jinja2
import jinja2.nodes
import jinja2.sandbox

from . import escape
from .content import Content, Emit, Lazy, deliver


class UnescapedValueError(TypeError):
    """A template tried to print a value that no escaping filter produced."""


_PRINTABLE = frozenset({escape.Escaped, int, bool})  # the common cases, by type at once


def _finalize(value: Any) -> Any:
    if type(value) in _PRINTABLE or isinstance(value, escape.Escaped):
        return value
    raise UnescapedValueError(f"template printed an unescaped {type(value).__name__}: {value!r:.60}")


# The escaping filters of the formats every target shares; each target adds its language's
# (`Target.filters`), handed in with the target.
SHARED_FILTERS: dict[str, Callable[..., escape.Escaped]] = {
    "ident": escape.ident,
    "json": escape.json_value,
    "html": escape.html,
    "html_comment": escape.html_comment,
    "html_json": escape.html_json,
    "md": escape.md,
    "md_href": escape.md_href,
}

# Beside each target's `templates/` folder: its precompiled templates and their sources' checksums.
COMPILED = "_compiled"
CHECKSUMS = "checksums.json"


class TemplateSource(Protocol):
    """What a template environment reads from a target (targets/base.py): its name, the folder
    holding `templates/` (named `<name>/<file>`) and `_compiled/`, and its filters."""

    @property
    def name(self) -> str: ...

    @property
    def folder(self) -> Path: ...

    @property
    def filters(self) -> Mapping[str, Callable[..., escape.Escaped]]: ...

    def format_user_output(self, name: str, text: str) -> str: ...
    @property
    def shared_filters(self) -> Mapping[str, frozenset[str]]: ...


def _checksum(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def module_name(template: str) -> str:
    """The precompiled module of a target's template, named after it: `strings.ErrorCode.java.j2`
    -> `strings_ErrorCode_java` (one file name per template, whatever the case of the disk)."""
    return re.sub(r"\W", "_", template.removesuffix(".j2"))


@functools.lru_cache(maxsize=None)
def _module_code(path: str, stamp: tuple[int, int]) -> CodeType:
    """The code of a precompiled template module (through Python's bytecode cache); each
    environment runs it into a namespace of its own, which Jinja binds to that environment."""
    name = f"errcodegen_template_{module_name(Path(path).name)}"
    code = importlib.machinery.SourceFileLoader(name, path).get_code(name)
    assert code is not None
    return code


class _BuiltinLoader(jinja2.BaseLoader):
    """The built-in templates: `<target>/<file>` is the file `<file>` of the target's `templates/`
    folder. Each is loaded from its precompiled module (shipped in the package, made by
    `python -m errcodegen.targets.compile`) while its source's checksum is the one it was
    compiled from; anything else is compiled from the source as usual.

    Compiling the templates was most of a first run's time on a real page; with this, the
    first run after an install is as fast as later ones, with no per-user cache.
    """

    def __init__(self, targets: Sequence[TemplateSource], precompiled: bool = True) -> None:
        self.folders = {t.name: t.folder / "templates" for t in targets}
        self.compiled = {t.name: t.folder / COMPILED for t in targets}
        self.sums: dict[str, dict[str, str]] = {}
        for name, compiled in self.compiled.items():
            try:
                self.sums[name] = json.loads((compiled / CHECKSUMS).read_text(encoding="utf-8")) if precompiled else {}
            except (OSError, ValueError):
                self.sums[name] = {}

    def _path(self, template: str) -> tuple[str, str, Path]:
        target, _, local = template.partition("/")
        folder = self.folders.get(target)
        if folder is None or not local or "/" in local or local.startswith("."):
            raise jinja2.TemplateNotFound(template)
        return target, local, folder / local

    def get_source(self, environment: jinja2.Environment, template: str) -> tuple[str, str | None, Callable[[], bool] | None]:
        path = self._path(template)[2]
        try:
            source = path.read_text(encoding="utf-8")
        except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
            raise jinja2.TemplateNotFound(template) from None
        mtime = path.stat().st_mtime_ns
        return source, str(path), lambda: path.is_file() and path.stat().st_mtime_ns == mtime

    def list_templates(self) -> list[str]:
        return sorted(f"{name}/{p.name}" for name, folder in self.folders.items() for p in folder.glob("*.j2") if p.is_file())

    def load(self, environment: jinja2.Environment, name: str, globals: Any = None) -> jinja2.Template:
        target, local, path = self._path(name)
        expected = self.sums.get(target, {}).get(local)
        module = self.compiled[target] / f"{module_name(local)}.py"
        if expected is not None and path.is_file() and _checksum(path) == expected and module.is_file():
            stat = module.stat()
            namespace: dict[str, Any] = {"__name__": f"errcodegen_template_{target}_{module_name(local)}", "__file__": str(module)}
            exec(_module_code(str(module), (stat.st_mtime_ns, stat.st_size)), namespace)
            return environment.template_class.from_module_dict(environment, namespace, globals or {})
        return super().load(environment, name, globals)


class _UserLoader(jinja2.FileSystemLoader):
    """The user's templates: files of the folder itself, never a symlink that leads out of it,
    each checked by `check(name, source)` as it is read (the filters it may use)."""

    def __init__(self, folder: Path, check: Callable[[str, str], None]) -> None:
        super().__init__(str(folder))
        self.folder = folder.resolve()
        self.served: set[str] = set()  # the names of the templates this loader gave (not the built-in ones)
        self.check = check

    def get_source(self, environment: jinja2.Environment, template: str) -> tuple[str, str, Callable[[], bool]]:
        source, filename, uptodate = super().get_source(environment, template)
        if not Path(filename).resolve().is_relative_to(self.folder):
            raise jinja2.TemplateError(f"{template}: the user's template is a symlink out of its folder; copy the file there instead")
        self.check(template, source)
        self.served.add(template)
        return source, filename, uptodate


class UserTemplateError(ValueError):
    """A user's template failed: a filter that does not fit its language, an error while it
    rendered, a Python file that black cannot parse (nothing is written)."""


def refused_filter(env: jinja2.Environment, name: str, source: str, target: TemplateSource | None, escaping: frozenset[str]) -> str | None:
    """The first escaping filter (of `escaping`) that the template `name` (`<target>/<file>.<suffix>.j2`,
    of source `source`) uses and that does not fit its language, or None: a template may use its
    target's own filters and the shared ones the target declares for the suffix (`shared_filters`).
    Jinja's own filters make no printable text and are not escaping ones."""
    suffix = name.removesuffix(".j2").rpartition("/")[2].rpartition(".")[2]
    allowed = frozenset(target.filters) | target.shared_filters.get(suffix, frozenset()) if target else frozenset()
    for node in env.parse(source, name).find_all(jinja2.nodes.Filter):  # `{% filter %}` blocks hold one too
        if node.name in escaping and node.name not in allowed:
            return str(node.name)
    return None


class Renderer:
    """The one template environment of a run: strict, no HTML autoescape, escaping filters only.

    It holds the built-in templates of the `targets` handed in (each `<target>/<file>.j2`) and
    their filters beside the shared ones; the pipeline makes one per run and hands it to every
    target. `custom` is a folder of the user's templates: a file there is used in place of the
    built-in template of the same relative path (the rest stay built-in). Every template, the
    user's included, prints only values that an escaping filter produced. With the user's
    templates, the environment is Jinja's ImmutableSandboxedEnvironment: a template reaches no
    attribute starting with `_`, no function but the filters and Jinja's own globals, and
    changes no list or dict of its context (the built-in ones render the same bytes there:
    they never need more); and the output of a template the user's folder gave is laid out by
    the target that owns it (`format_user_output`: black for Python), so that a user's template
    need not lay out code by hand (the built-in templates are laid out by construction, tested,
    and skip that step).
    """

    def __init__(self, targets: Sequence[TemplateSource], custom: Path | None = None, precompiled: bool = True) -> None:
        self.targets = {t.name: t for t in targets}
        builtin = _BuiltinLoader(targets, precompiled)
        self.custom = custom
        self.user = None if custom is None else _UserLoader(custom, self._check_user)
        loader: jinja2.BaseLoader = builtin if self.user is None else jinja2.ChoiceLoader([self.user, builtin])
        kind = jinja2.Environment if custom is None else jinja2.sandbox.ImmutableSandboxedEnvironment
        self.env = kind(
            loader=loader,
            undefined=jinja2.StrictUndefined,
            autoescape=False,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
            finalize=_finalize,
        )
        filters = dict(SHARED_FILTERS)
        for target in targets:
            for key, function in target.filters.items():
                if filters.get(key, function) is not function:
                    raise ValueError(f"two filters are named {key} (target {target.name})")
                filters[key] = function
        self.env.filters.update(filters)
        self._escaping = frozenset(filters)

    def _check_user(self, name: str, source: str) -> None:
        """Refuse a user's template that uses an escaping filter not fit for its language."""
        refused = refused_filter(self.env, name, source, self.targets.get(name.partition("/")[0]), self._escaping)
        if refused is not None:
            raise UserTemplateError(f"{name}: the filter {refused} does not escape for this file's language; use the target's own filters")

    def render(self, name: str, **context: Any) -> Content:
        """Render the template `name` (`python/module.py.j2`), when the text is written.

        The text is pushed in batches of fragments: a 100 000-row page renders millions of them,
        and an output is never held whole unless a caller asks for `text()`.
        """
        template = self.env.get_template(name)  # loaded (and checked) now, rendered later

        def produce(write: Emit) -> None:
            # The template's root function itself, as `Template.generate` runs it but without its
            # generator around each of millions of fragments (a twentieth of the writing's time).
            pieces = template.root_render_func(template.new_context(context))
            batch: list[str] = [""]
            # Fragments taken 16 384 at a time by islice (in C): most are a few characters, and a
            # loop of Python over millions of them was a sixth of a large page's time.
            while batch:
                write("".join(batch))
                try:
                    batch = list(islice(pieces, 16384))
                except UnescapedValueError as exc:
                    raise UnescapedValueError(f"{name}: {exc}") from None
                except jinja2.UndefinedError as exc:  # a user's template asking for what its context lacks
                    raise jinja2.UndefinedError(f"{name}: {exc.message}") from None
                except jinja2.exceptions.SecurityError as exc:  # a user's template reaching past the sandbox
                    raise jinja2.exceptions.SecurityError(f"{name}: the template sandbox refused it: {exc.message}") from None
                except (UserTemplateError, jinja2.TemplateSyntaxError):  # each names its template already
                    raise
                except jinja2.TemplateNotFound as exc:  # an include or import of no template (or of a path)
                    if self.custom is None:
                        raise
                    raise UserTemplateError(f"{name}: it includes {exc.name}, which is neither a template of the folder nor a built-in one") from None
                except Exception as exc:  # a user's template that recurses, overflows, calls a filter on nothing, ...
                    if self.custom is None:  # the built-in templates fail loudly, with the template's lines in the traceback
                        self.env.handle_exception()
                    reason = (str(exc).splitlines() or ["no message"])[0] or type(exc).__name__
                    raise UserTemplateError(f"{name}: the template failed while it rendered: {reason}") from None

        if self.user is not None and name in self.user.served:  # the user's template, not a built-in one
            owner = self.targets.get(name.partition("/")[0])
            if owner is not None:
                return owner.format_user_output(name, Lazy(produce).text())
        return deliver(Lazy(produce))


def compile_templates(target: TemplateSource, out: Path) -> None:
    """Write the precompiled modules of `target`'s templates, and their sources' checksums, into `out`."""
    env = Renderer((target,), precompiled=False).env
    source = target.folder / "templates"
    out.mkdir(parents=True, exist_ok=True)
    sums = {}
    seen: dict[str, str] = {}
    for path in sorted(source.glob("*.j2")):
        module = module_name(path.name)
        if module.lower() in seen:
            raise ValueError(f"{path.name} and {seen[module.lower()]} would be one compiled module on a case-insensitive disk")
        seen[module.lower()] = path.name
        code = env.compile(path.read_text(encoding="utf-8"), f"{target.name}/{path.name}", None, raw=True, defer_init=True)
        (out / f"{module}.py").write_text(code, encoding="utf-8")
        sums[path.name] = _checksum(path)
    (out / CHECKSUMS).write_text(json.dumps(sums, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def compile_builtin(targets: Sequence[TemplateSource]) -> None:
    """Refresh every target's precompiled templates (its `_compiled/` folder)."""
    for target in targets:
        out = target.folder / COMPILED
        shutil.rmtree(out, ignore_errors=True)
        if (target.folder / "templates").is_dir():  # a target that renders no template has none
            compile_templates(target, out)


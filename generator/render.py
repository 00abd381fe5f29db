"""The one template environment and `render_template`. No I/O but reading templates.

The targets (targets/) choose a template and its context; generate.py runs every target.

The template environment refuses to print anything that has not been through one of the
escaping filters of `escape.py` (or is a plain int or bool): a template cannot leak raw
upstream text into generated source by forgetting a filter.
"""

from __future__ import annotations

import hashlib
import json
import threading
from itertools import islice
from pathlib import Path
from typing import Any, Callable

import jinja2
import jinja2.sandbox

from . import escape
from .content import Content, Emit, Lazy, deliver

def _templates() -> Path:
    """The built-in templates: package data `errcodegen/templates` in an installed package
    (the top-level `templates/` of the source tree, mapped there at build time), beside this
    module (importlib.resources would find the same folder, after importing zipfile and its
    readers: a few milliseconds of every start); in the source tree itself, that top-level folder."""
    here = Path(__file__).resolve().parent
    installed = here / "templates"
    return installed if installed.is_dir() else here.parent / "templates"


TEMPLATES = _templates()


class UnescapedValueError(TypeError):
    """A template tried to print a value that no escaping filter produced."""


_PRINTABLE = frozenset({escape.Escaped, int, bool})  # the common cases, by type at once


def _finalize(value: Any) -> Any:
    if type(value) in _PRINTABLE or isinstance(value, escape.Escaped):
        return value
    raise UnescapedValueError(f"template printed an unescaped {type(value).__name__}: {value!r:.60}")


_FILTERS: dict[str, Callable[..., escape.Escaped]] = {
    "ident": escape.ident,
    "py_str": escape.py_str,
    "py_opt_str": escape.py_opt_str,
    "py_comment": escape.py_comment,
    "ts_str": escape.ts_str,
    "ts_opt_str": escape.ts_opt_str,
    "ts_doc": escape.ts_doc,
    "ts_comment": escape.ts_comment,
    "go_str": escape.go_str,
    "go_comment": escape.go_comment,
    "py_lit": escape.py_lit,
    "ts_lit": escape.ts_lit,
    "go_lit": escape.go_lit,
    "go_code_str": escape.go_code_str,
    "java_str": escape.java_str,
    "java_opt_str": escape.java_opt_str,
    "java_lit": escape.java_lit,
    "java_doc": escape.java_doc,
    "java_comment": escape.java_comment,
    "xml_comment": escape.xml_comment,
    "rust_str": escape.rust_str,
    "rust_opt_str": escape.rust_opt_str,
    "rust_comment": escape.rust_comment,
    "rust_lit": escape.rust_lit,
    "rust_toml_str": escape.rust_toml_str,
    "json": escape.json_value,
    "html": escape.html,
    "html_comment": escape.html_comment,
    "html_json": escape.html_json,
    "md": escape.md,
    "md_href": escape.md_href,
    "py_doc": escape.py_doc,
}


COMPILED = Path(__file__).resolve().parent / "_compiled_templates"
CHECKSUMS = "checksums.json"


def _checksum(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class _BuiltinLoader(jinja2.BaseLoader):
    """The built-in templates: precompiled modules (shipped in the package, made by
    `python -m errcodegen.render --compile`), each used only while its source's checksum is
    the one it was compiled from; anything else is compiled from `templates/` as usual.

    Compiling the templates was most of a first run's time on a real page; with this, the
    first run after an install is as fast as later ones, with no per-user cache.
    """

    def __init__(self, source: Path, compiled: Path = COMPILED) -> None:
        self.files = jinja2.FileSystemLoader(str(source))
        self.source = source
        self.modules = jinja2.ModuleLoader(str(compiled))
        try:
            self.sums: dict[str, str] = json.loads((compiled / CHECKSUMS).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            self.sums = {}

    def get_source(self, environment: jinja2.Environment, template: str) -> tuple[str, str | None, Callable[[], bool] | None]:
        return self.files.get_source(environment, template)

    def list_templates(self) -> list[str]:
        return self.files.list_templates()

    def load(self, environment: jinja2.Environment, name: str, globals: Any = None) -> jinja2.Template:
        path = self.source.joinpath(*name.split("/"))
        if name in self.sums and path.is_file() and _checksum(path) == self.sums[name]:
            return self.modules.load(environment, name, globals)
        return self.files.load(environment, name, globals)


class _UserLoader(jinja2.FileSystemLoader):
    """The user's templates: files of the folder itself, never a symlink that leads out of it."""

    def __init__(self, folder: Path) -> None:
        super().__init__(str(folder))
        self.folder = folder.resolve()

    def get_source(self, environment: jinja2.Environment, template: str) -> tuple[str, str, Callable[[], bool]]:
        source, filename, uptodate = super().get_source(environment, template)
        if not Path(filename).resolve().is_relative_to(self.folder):
            raise jinja2.TemplateError(f"{template}: the user's template is a symlink out of its folder; copy the file there instead")
        return source, filename, uptodate


def environment(template_dir: Path = TEMPLATES, custom: Path | None = None, precompiled: bool = True) -> jinja2.Environment:
    """Return the one template environment: strict, no HTML autoescape, escaping filters only.

    `custom` is a folder of the user's templates: a file there is used in place of the
    built-in template of the same relative path (the rest stay built-in). Every template,
    the user's included, prints only values that an escaping filter produced. With the
    user's templates, the environment is Jinja's ImmutableSandboxedEnvironment: a template
    reaches no attribute starting with `_`, no function but the filters and Jinja's own
    globals, and changes no list or dict of its context (the built-in ones render the same
    bytes there: they never need more).
    """
    builtin: jinja2.BaseLoader = _BuiltinLoader(template_dir) if precompiled else jinja2.FileSystemLoader(str(template_dir))
    loader = builtin if custom is None else jinja2.ChoiceLoader([_UserLoader(custom), builtin])
    kind = jinja2.Environment if custom is None else jinja2.sandbox.ImmutableSandboxedEnvironment
    env = kind(
        loader=loader,
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        finalize=_finalize,
    )
    env.filters.update(_FILTERS)
    return env


def compile_builtin(target: Path, template_dir: Path = TEMPLATES) -> None:
    """Write the precompiled built-in templates and their checksums into `target`."""
    env = environment(template_dir, precompiled=False)
    target.mkdir(parents=True, exist_ok=True)
    env.compile_templates(str(target), zip=None, filter_func=lambda n: n.endswith(".j2"), ignore_errors=False)
    sums = {name: _checksum(template_dir.joinpath(*name.split("/"))) for name in sorted(env.list_templates(filter_func=lambda n: n.endswith(".j2")))}
    (target / CHECKSUMS).write_text(json.dumps(sums, indent=2, sort_keys=True) + "\n", encoding="utf-8")


_CUSTOM: Path | None = None


def use_templates(folder: Path | None) -> None:
    """Render with the user's templates in `folder` (None: the built-in ones only)."""
    global _ENV, _CUSTOM
    _CUSTOM, _ENV = folder, None


_ENV: jinja2.Environment | None = None
# One environment is made at a time: two threads rendering at once (the tests build outputs in
# parallel) would otherwise each make one, and the one dropped takes its precompiled templates'
# package out of sys.modules (jinja2.ModuleLoader's finalizer) while the other still imports them.
_ENV_LOCK = threading.Lock()


def _environment() -> jinja2.Environment:
    global _ENV
    with _ENV_LOCK:
        if _ENV is None:
            _ENV = environment(custom=_CUSTOM)
        return _ENV


def render_template(name: str, **context: Any) -> Content:
    """Render one template of `templates/` with the shared environment, when the text is written.

    The text is pushed in batches of fragments: a 100 000-row page renders millions of them,
    and an output is never held whole unless a caller asks for `text()`.
    """
    template = _environment().get_template(name)  # loaded (and checked) now, rendered later

    def produce(write: Emit) -> None:
        pieces = template.generate(**context)
        batch: list[str] = [""]
        try:
            # Fragments taken 16 384 at a time by islice (in C): most are a few characters, and a
            # loop of Python over millions of them was a sixth of a large page's time.
            while batch:
                write("".join(batch))
                batch = list(islice(pieces, 16384))
        except UnescapedValueError as exc:
            raise UnescapedValueError(f"{name}: {exc}") from None
        except jinja2.UndefinedError as exc:  # a user's template asking for what its context lacks
            raise jinja2.UndefinedError(f"{name}: {exc.message}") from None
        except jinja2.exceptions.SecurityError as exc:  # a user's template reaching past the sandbox
            raise jinja2.exceptions.SecurityError(f"{name}: the template sandbox refused it: {exc.message}") from None

    return deliver(Lazy(produce))


def __getattr__(name: str) -> Callable[..., dict[str, Any]]:
    """`render.render_all`, for callers of its old place: the dispatch lives in generate.py
    (which imports the targets, which import this module), so it is imported only when asked for."""
    if name == "render_all":
        from .generate import render_all

        return render_all
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


if __name__ == "__main__":  # `python -m errcodegen.render --compile`: refresh the precompiled templates
    import shutil
    import sys

    if sys.argv[1:] != ["--compile"]:
        sys.exit("usage: python -m errcodegen.render --compile")
    shutil.rmtree(COMPILED, ignore_errors=True)
    compile_builtin(COMPILED)

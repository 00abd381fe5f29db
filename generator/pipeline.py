"""The library API: a configuration in, `{path: content}` and diagnostics out.

Everything between the configuration and the writer lives here: reading and merging each
set's pages, applying its names file, cross-referencing the sets, rendering and validating
the outputs. Nothing here writes, prints or exits; the only I/O is reading pages, names
files and the configuration. The command line (`cli.py`) parses arguments, calls
`run`/`build_models`/`render_models`, hands the files to `write.py`, prints, and sets the
exit status.

    from errcodegen import config, pipeline
    result = pipeline.run(config.load(Path("pyproject.toml")))
    result.files        # {"python/ci_error_codes/__init__.py": text, ...}
    result.names        # [(names file, its new text), ...]
    result.diagnostics  # every warning and error of every set's pages (info ones too)
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Callable, Mapping

from . import config as config_mod
from . import upstream_lock
from .content import Content, Emit, Lazy, lazily, text
from .model import Diagnostic, Document
from .names import NamesFile
from .naming import assign_names
from .parse import parse_bytes, read_page, require_error_table, select_sections
from .render import Renderer
from .targets import registry
from .targets.base import SET_KEY, Target
from .targets.registry import view_of
from .validate import checked
from .view import View

# Called now and then while a page's table rows are read: (the page as shown, rows so far).
Progress = Callable[[str, int], None]


class Trouble(Exception):
    """Bad usage or unusable input: one line (the command line prints it and exits 2)."""


@dataclass(frozen=True)
class Result:
    """What one run makes: every output file, every names file's new text, and the models."""

    config: config_mod.Config
    docs: tuple[Document, ...]
    files: dict[str, Any]  # {path relative to config.out: str or content.Lazy}
    names: tuple[tuple[Path, str], ...]  # (names file, its text as the run would write it)

    @property
    def diagnostics(self) -> list[Diagnostic]:
        """Every diagnostic of every set, in set order (run warnings included)."""
        return [d for doc in self.docs for d in doc.diagnostics]


def configure(
    file: Path | None, source: str | None = None, out: str | None = None, cwd: Path | None = None, templates: str | None = None
) -> config_mod.Config:
    """Load the configuration from `file` (defaults when None), then apply `source`/`out`/`templates`
    overrides (`out` relative to `cwd`); raise Trouble naming the key when it cannot be used."""
    try:
        cfg = config_mod.load(file)
        if source:
            cfg = cfg.with_source(Path(source).resolve())
        if out:
            cfg = cfg.with_out(out, cwd or Path.cwd())
        if templates:
            cfg = replace(cfg, templates=config_mod.checked_templates((cwd or Path.cwd()) / templates, "--templates"))
    except config_mod.ConfigError as exc:
        raise Trouble(str(exc)) from None
    return cfg


def _read(
    path: Path,
    shown: str,
    kind: str,
    progress: Progress | None,
    pages: Mapping[Path, bytes] | None = None,
    sections: config_mod.Sections | None = None,
    where: str = "sections",
) -> Document:
    """One page as a set reads it: whole, as `kind`; or, with `sections`, each table with its own
    kind and then the chosen part (see `parse.select_sections`)."""
    if sections is not None:
        doc = _read(path, shown, "auto", progress, pages)
        return require_error_table(select_sections(doc, sections.include, sections.exclude, kind, where))
    if pages is not None and path in pages:  # `update`: the fetched bytes, before they are written
        return require_error_table(parse_bytes(pages[path], shown, kind))
    if progress is None:
        return read_page(path, shown, kind)
    return read_page(path, shown, kind, progress=lambda rows: progress(shown, rows))


def assemble_set(
    cfg: config_mod.Config,
    out_set: config_mod.OutputSet,
    progress: Progress | None = None,
    pages: Mapping[Path, bytes] | None = None,
    lock: Mapping[str, Any] | None = None,
) -> Document:
    """Parse one set's pages, merge their locales and name it with its names file, errors and all
    (what `lint` with no FILE reports; `build_set` refuses a model with errors).

    `pages` gives some pages' bytes in place of the files (`update`, before it writes them);
    `lock` is the upstream lock file's records (read from disk when None), cited in the headers.
    """
    from .merge import merge

    (locale, path), *others = out_set.pages
    where = f"{out_set.key}.sections"
    doc = _read(path, cfg.display(path), out_set.kind, progress, pages, out_set.sections, where)
    cited = upstream_lock.citation(upstream_lock.load_lock(cfg.upstream_lock) if lock is None else lock, doc.source, doc.sha256)
    doc = replace(doc, locale=locale, locales=(locale,), sources=((doc.source, doc.sha256),), upstream=cited, product=out_set.product)
    for other_locale, other_path in others:
        other = _read(other_path, cfg.display(other_path), out_set.kind, progress, pages, out_set.sections, where)
        doc = merge(doc, other_locale, other)
    return NamesFile.load(out_set.names, cfg.display(out_set.names), registry.type_names()).apply(doc)


def build_set(
    cfg: config_mod.Config,
    out_set: config_mod.OutputSet,
    progress: Progress | None = None,
    pages: Mapping[Path, bytes] | None = None,
    lock: Mapping[str, Any] | None = None,
) -> Document:
    """Parse one set's pages, merge their locales and name it; raise Trouble on unusable input."""
    doc = assemble_set(cfg, out_set, progress, pages, lock)
    errors = [d for d in doc.diagnostics if d.severity == "error"]
    if errors:
        more = f" (and {len(errors) - 1} more errors: run `errcodegen lint`)" if len(errors) > 1 else ""
        raise Trouble(errors[0].format() + more)
    return doc


def build_models(
    cfg: config_mod.Config,
    progress: Progress | None = None,
    pages: Mapping[Path, bytes] | None = None,
    lock: Mapping[str, Any] | None = None,
) -> list[Document]:
    """Build every set's model, then note where two sets name the same symbol (`pages`, `lock`: see assemble_set)."""
    from .merge import cross_reference

    lock = upstream_lock.load_lock(cfg.upstream_lock) if lock is None else lock
    return cross_reference([s.name for s in cfg.sets], [build_set(cfg, s, progress, pages, lock) for s in cfg.sets])


def render_all(
    doc: Document,
    options: Mapping[str, Any] | None = None,
    enabled: tuple[str, ...] | None = None,
    lazy: bool = False,
    out: str | None = None,
    view: View | None = None,
    renderer: Renderer | None = None,
    targets: tuple[Target, ...] | None = None,
) -> dict[str, Any]:
    """Every output file of `doc` (unchecked): {path relative to the output folder: text}, from
    each of `targets` (the registry's by default) that `enabled` names (every one by default).

    `out` is the output folder relative to the project root (POSIX, "" for the root), handed to
    the targets that must know where they are written (`Target.located`); None: their default.
    With `lazy`, a large text is a `Lazy`, made only when it is written (see content.py). `view`
    is `doc`'s view when the caller has made it already (shared by every target); `renderer`
    the run's template environment (by default, the built-in templates of `targets`).
    """
    targets = registry.TARGETS if targets is None else targets
    options = options or {}
    view = view or view_of(doc, targets)  # built once, shared by every target
    renderer = renderer or Renderer(targets)
    files: dict[str, Content] = {}
    for target in targets:
        if enabled is not None and target.name not in enabled:
            continue
        with lazily():
            given = {**options.get(target.name, {}), **({SET_KEY: doc.set_name} if doc.set_name else {})}
            made = target(view, {**given, "out": out} if target.located and out is not None else given, renderer)
        for path, content in made.items():
            if path in files:
                raise ValueError(f"two targets write {path}")
            files[path] = content if lazy else text(content)
    return dict(sorted(files.items()))


def render_models(cfg: config_mod.Config, docs: list[Document], lazy: bool = False) -> dict[str, Any]:
    """Render every set's outputs: {path: text}, checked (with `lazy`: made and checked when written)."""
    from .names import RunWarning

    targets = registry.TARGETS
    try:
        renderer = Renderer(targets, cfg.templates)  # the run's one template environment
    except ValueError as exc:
        raise Trouble(f"cannot render: {exc}") from None
    files: dict[str, Any] = {}
    across: dict[str, list[View]] = {}  # per target, the views of the sets that enable it
    for out_set, doc in zip(cfg.sets, docs):
        doc = replace(doc, diagnostics=tuple(d for d in doc.diagnostics if not isinstance(d, RunWarning)))
        view = view_of(doc, targets)  # one per set, for its own outputs and for those made across sets
        for name in out_set.enabled:
            across.setdefault(name, []).append(view)
        try:
            rendered = render_all(doc, out_set.targets, out_set.enabled, lazy=lazy, out=cfg.out_in_root(), view=view, renderer=renderer, targets=targets)
        except ValueError as exc:  # a target refused the model or an option (name clash, bad path)
            raise Trouble(f"{cfg.display(out_set.source)}: cannot render: {exc}") from None
        for rel in rendered:
            if rel in files:
                raise Trouble(f"set {out_set.name!r} writes {rel}, which another set writes too: give its targets other names")
        files.update(rendered)
    for target in targets:
        if not across.get(target.name):
            continue
        try:
            with lazily():  # a large text is a Lazy, as render_all's are
                made = target.render_across(across[target.name], renderer)
        except ValueError as exc:
            raise Trouble(f"cannot render: {target.name}: {exc}") from None
        for rel, content in made.items():
            if rel in files:
                raise Trouble(f"{target.name} writes {rel} across every set, which a set writes too: give its targets other names")
            files[rel] = content if lazy else text(content)
    # The one place outputs are checked: a text now, a Lazy as it is written.
    return checked(dict(sorted(files.items())), targets)


def names_files(cfg: config_mod.Config, docs: list[Document] | tuple[Document, ...]) -> tuple[tuple[Path, str], ...]:
    """Each set's names file and the text that records its model's names."""
    return tuple((s.names, NamesFile.from_model(doc).dumps()) for s, doc in zip(cfg.sets, docs))


def names_contents(cfg: config_mod.Config, docs: list[Document] | tuple[Document, ...]) -> tuple[tuple[Path, Lazy], ...]:
    """`names_files`, each text made when it is written (a 100 000-code record is never one string)."""

    def record(doc: Document) -> Lazy:
        def produce(write: Emit) -> None:
            for piece in NamesFile.from_model(doc).pieces():
                write(piece)

        return Lazy(produce)

    return tuple((s.names, record(doc)) for s, doc in zip(cfg.sets, docs))


def stale_names(cfg: config_mod.Config, docs: list[Document] | tuple[Document, ...]) -> list[str]:
    """Unified diffs of the names files that differ from what the models record (one per file)."""
    diffs = []
    for out_set, doc in zip(cfg.sets, docs):
        names_diff = NamesFile.from_model(doc).diff_against(out_set.names, cfg.display(out_set.names))
        if names_diff:
            diffs.append(names_diff)
    return diffs


def pruned_names(cfg: config_mod.Config, out_set: config_mod.OutputSet) -> tuple[NamesFile, list[str]]:
    """`out_set`'s names file without its retired codes and categories, and what that removes
    (`prune` saves it)."""
    return NamesFile.load(out_set.names, cfg.display(out_set.names), registry.type_names()).pruned()


def run(cfg: config_mod.Config, lazy: bool = True, progress: Progress | None = None) -> Result:
    """The whole pipeline for `cfg`: models, outputs and names files (nothing written).

    With `lazy` (the default) large outputs are `content.Lazy`, made and checked while they
    are written (`write.write_tree` or `content.emit`); without it every file is a checked str.
    """
    docs = build_models(cfg, progress)
    files = render_models(cfg, docs, lazy=lazy)
    return Result(cfg, tuple(docs), files, names_files(cfg, docs))


def read_raw(path: str, kind: str = "int", progress: Progress | None = None) -> Document:
    """One page on its own, unnamed (`diff` compares two of them)."""
    return _read(Path(path), path, kind, progress)


def read_named(path: str, kind: str = "int", names: Path | None = None, progress: Progress | None = None) -> Document:
    """One page on its own (`parse`, `lint`): named by `names` as `generate` does (its retirement
    warnings included), else with derived names."""
    doc = _read(Path(path), path, kind, progress)
    if names is not None:
        return NamesFile.load(names, types=registry.type_names()).apply(doc)
    return assign_names(doc, types=registry.type_names())

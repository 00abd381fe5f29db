"""Command line: `errcodegen generate|check|parse|lint|diff|prune` (also `python -m errcodegen`).

Exit status: 0 success; 1 differences found or errors reported; 2 bad usage or input
that cannot be used (one line on stderr naming the file and line), `generated/` untouched.
"""

from __future__ import annotations

import argparse
import signal
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any, Mapping, Sequence

import jinja2

from . import config as config_mod
from .content import emit, lazily
from .render import UnescapedValueError, use_templates
from .escape import one_line
from .model import Diagnostic, Document, to_json
from .naming import assign_names
from .parse import InputError, parse_bytes, read_page, require_error_table
from .names import NamesError
from .upstream import UpstreamError
from .validate import ValidationError
from .write import WriteError

EXIT_OK, EXIT_FOUND, EXIT_TROUBLE = 0, 1, 2


class Trouble(Exception):
    """Bad usage or unusable input: printed as one line, exit status 2."""


def _print_diagnostics(diagnostics: Sequence[Diagnostic], strict: bool = False) -> None:
    for d in diagnostics:
        severity = "error" if strict and d.severity == "warning" else d.severity
        print(d.format(severity), file=sys.stderr)


def _is_error(d: Diagnostic, strict: bool) -> bool:
    return d.severity == "error" or (strict and d.severity == "warning")


def _config_file(args: argparse.Namespace) -> Path | None:
    """--config, else the nearest pyproject.toml with [tool.errcodegen] from here upward, else None."""
    if args.config:
        if not Path(args.config).is_file():
            raise Trouble(f"{args.config}: no such configuration file")
        return Path(args.config)
    found = config_mod.find(Path.cwd())
    if found is None:
        print(
            "errcodegen: no pyproject.toml with [tool.errcodegen] here or above; using the defaults "
            f"(source = {config_mod.DEFAULT_SOURCE!r}, out = 'generated', in {Path.cwd()})",
            file=sys.stderr,
        )
    return found


def _load_config(args: argparse.Namespace) -> config_mod.Config:
    try:
        cfg = config_mod.load(_config_file(args))
    except config_mod.ConfigError as exc:
        raise Trouble(str(exc)) from None
    try:
        if getattr(args, "source", None):
            cfg = cfg.with_source(Path(args.source).resolve())
        if getattr(args, "out", None):
            cfg = cfg.with_out(args.out, Path.cwd())
        if getattr(args, "templates", None):
            cfg = replace(cfg, templates=config_mod.checked_templates(Path(args.templates), "--templates"))
    except config_mod.ConfigError as exc:
        raise Trouble(str(exc)) from None
    return cfg


def build_set(
    cfg: config_mod.Config, out_set: config_mod.OutputSet, pages: Mapping[Path, bytes] | None = None, lock: Mapping[str, Any] | None = None
) -> Document:
    """Parse one set's pages, merge their locales and name it; raise Trouble on unusable input.

    `pages` gives some pages' bytes in place of the files (`update`, before it writes them);
    `lock` is the upstream lock file's records (read from disk when None), cited in the headers.
    """
    from .merge import merge
    from .names import NamesFile
    from . import upstream

    def read(path: Path) -> Document:
        if pages is not None and path in pages:
            return require_error_table(parse_bytes(pages[path], cfg.display(path), out_set.kind))
        return read_page(path, cfg.display(path), out_set.kind)

    (locale, path), *others = out_set.pages
    doc = read(path)
    cited = upstream.citation(upstream.load_lock(cfg.upstream_lock) if lock is None else lock, doc.source, doc.sha256)
    doc = replace(doc, locale=locale, locales=(locale,), sources=((doc.source, doc.sha256),), upstream=cited)
    for other_locale, other_path in others:
        doc = merge(doc, other_locale, read(other_path))
    doc = NamesFile.load(out_set.names, cfg.display(out_set.names)).apply(doc)
    errors = [d for d in doc.diagnostics if d.severity == "error"]
    if errors:
        more = f" (and {len(errors) - 1} more errors: run `errcodegen lint`)" if len(errors) > 1 else ""
        raise Trouble(errors[0].format() + more)
    return doc


def build_models(cfg: config_mod.Config, pages: Mapping[Path, bytes] | None = None, lock: Mapping[str, Any] | None = None) -> list[Document]:
    """Build every set's model, then note where two sets name the same symbol (`pages`, `lock`: see build_set)."""
    from .merge import cross_reference
    from . import upstream

    lock = upstream.load_lock(cfg.upstream_lock) if lock is None else lock
    return cross_reference([s.name for s in cfg.sets], [build_set(cfg, s, pages, lock) for s in cfg.sets])


def build_model(cfg: config_mod.Config) -> Document:
    """Build the first set's model (the common case of a single page)."""
    return build_models(cfg)[0]


def render_models(cfg: config_mod.Config, docs: list[Document], lazy: bool = False) -> dict[str, Any]:
    """Render every set's outputs: {path: text}, checked (with `lazy`: made and checked when written)."""
    from .names import RunWarning
    from .render import render_all
    from .validate import validate

    files: dict[str, Any] = {}
    for out_set, doc in zip(cfg.sets, docs):
        doc = replace(doc, diagnostics=tuple(d for d in doc.diagnostics if not isinstance(d, RunWarning)))
        try:
            rendered = render_all(doc, out_set.targets, out_set.enabled, lazy=lazy)
        except ValueError as exc:  # a target refused the model or an option (name clash, bad path)
            raise Trouble(f"{cfg.display(out_set.source)}: cannot render: {exc}") from None
        for rel in rendered:
            if rel in files:
                raise Trouble(f"set {out_set.name!r} writes {rel}, which another set writes too: give its targets other names")
        files.update(rendered)
    if not lazy:
        validate(files)
    return dict(sorted(files.items()))


def render_model(cfg: config_mod.Config, doc: Document) -> dict[str, str]:
    """Render and validate the outputs of a single-set configuration."""
    return render_models(cfg, [doc])


def _preview(args: argparse.Namespace) -> bool:
    """A run on another page or into another folder: it reads the names files but never writes them."""
    return bool(getattr(args, "source", None) or getattr(args, "out", None))


def cmd_generate(args: argparse.Namespace) -> int:
    from .lock import project_lock
    from .names import NamesFile
    from .write import recover, write_tree

    cfg = _load_config(args)
    with project_lock(cfg.root, exclusive=True, wait=not args.no_wait):
        done = recover(cfg.root)
        if done:
            print(f"errcodegen: {done}", file=sys.stderr)
        docs = build_models(cfg)
        for doc in docs:
            _print_diagnostics([d for d in doc.diagnostics if d.severity != "info"])
        use_templates(cfg.templates)
        files = render_models(cfg, docs, lazy=True)
        names = [] if _preview(args) else [(s.names, NamesFile.from_model(doc).dumps()) for s, doc in zip(cfg.sets, docs)]
        result = write_tree(cfg.out, files, also=names, root=cfg.root, dry_run=args.dry_run)
    verb = "would " if args.dry_run else ""
    for rel in result.written:
        print(f"{verb}write {rel}", file=sys.stderr)
    for rel in result.removed:
        print(f"{verb}remove {rel} (errcodegen wrote it; no output now)", file=sys.stderr)
    for rel in result.left_alone:
        print(f"errcodegen: left {rel} alone: errcodegen wrote it but it was edited since; delete it if it is not yours", file=sys.stderr)
    if _preview(args) and not args.dry_run:
        print("errcodegen: --source/--out given: the names files were read, not updated", file=sys.stderr)
    if result.interrupted:
        print("errcodegen: interrupted after the write had started: it was completed", file=sys.stderr)
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from .lock import project_lock
    from .names import NamesFile
    from .write import pending, stale

    cfg = _load_config(args)
    with project_lock(cfg.root, exclusive=False, wait=not args.no_wait):
        if pending(cfg.root):
            print("errcodegen: an interrupted write is pending; run `errcodegen generate` to finish it", file=sys.stderr)
            return EXIT_FOUND
        docs = build_models(cfg)
        # --strict: warnings (such as most of a page's codes retired at once) are errors.
        warnings = [d for doc in docs for d in doc.diagnostics if d.severity == "warning"] if args.strict else []
        _print_diagnostics(warnings, strict=True)
        use_templates(cfg.templates)
        files = render_models(cfg, docs, lazy=True)
        diffs = stale(cfg.out, files)
        if not _preview(args):
            for out_set, doc in zip(cfg.sets, docs):
                names_diff = NamesFile.from_model(doc).diff_against(out_set.names, cfg.display(out_set.names))
                if names_diff:
                    diffs.append(names_diff)
    for diff in diffs:
        sys.stdout.write(diff)
    if diffs:
        print(f"errcodegen: {len(diffs)} file(s) stale; run `make generate`", file=sys.stderr)
        return EXIT_FOUND
    return EXIT_FOUND if warnings else EXIT_OK


def _read(path: str, kind: str = "int") -> Document:
    return assign_names(read_page(path, path, kind))


def cmd_parse(args: argparse.Namespace) -> int:
    from functools import partial

    from .escape import Deferred, json_stream
    from .model import entry_json

    doc = _read(args.file, args.kind)
    _print_diagnostics(doc.diagnostics)
    # Printed piece by piece, each entry made only when printed: a 100 000-row page's model
    # as one string (and as dicts) would cost hundreds of megabytes.
    with lazily():
        printed = json_stream(to_json(doc, lambda e: Deferred(partial(entry_json, e))))
    emit(printed, sys.stdout.write)
    return EXIT_FOUND if doc.has_errors else EXIT_OK


def cmd_lint(args: argparse.Namespace) -> int:
    if args.names:  # named as generate names it: the names file's warnings (codes retired) too
        from .names import NamesFile

        doc = NamesFile.load(Path(args.names)).apply(read_page(args.file, args.file, args.kind))
    else:
        doc = _read(args.file, args.kind)
    _print_diagnostics(doc.diagnostics, args.strict)
    return EXIT_FOUND if any(_is_error(d, args.strict) for d in doc.diagnostics) else EXIT_OK


def _pinned_names(args: argparse.Namespace) -> str | None:
    """diff's default --names: the names file of the configuration's first set of the same kind, if any."""
    try:
        found = Path(args.config) if args.config else config_mod.find(Path.cwd())
        if found is None:
            return None
        cfg = config_mod.load(found)
    except config_mod.ConfigError:
        return None  # no usable configuration: names derived from OLD, as without one
    for out_set in cfg.sets:
        if out_set.kind == args.kind and out_set.names.is_file():
            print(f"errcodegen: OLD named by {cfg.display(out_set.names)} (set {out_set.name}); --names none derives names from OLD", file=sys.stderr)
            return str(out_set.names)
    return None


def cmd_diff(args: argparse.Namespace) -> int:
    from . import diff

    names = None
    chosen = args.names if args.names is not None else _pinned_names(args)
    if chosen and chosen != "none":
        from .names import NamesFile

        names = NamesFile.load(Path(chosen))
    old, new = read_page(args.old, args.old, args.kind), read_page(args.new, args.new, args.kind)
    _print_diagnostics([d for d in old.diagnostics + new.diagnostics if d.severity != "info"])
    errors = [d for d in old.diagnostics + new.diagnostics if d.severity == "error"]
    if errors:
        # A row that cannot be read would show up as a removed code: refuse rather than mislead.
        raise Trouble(f"{errors[0].format()} (diff needs pages that generate accepts)")
    report = diff.compare(old, new, names)
    diff.write(report, args.format, sys.stdout)  # streamed: a big report is never one string
    if args.fail_on_breaking:
        return EXIT_FOUND if report.breaking else EXIT_OK
    return EXIT_OK if report.empty else EXIT_FOUND


def cmd_update(args: argparse.Namespace) -> int:
    """Fetch each set's pages from upstream, report what changed by meaning, write and regenerate (see upstream.py)."""
    from . import upstream
    from .lock import project_lock
    from .names import NamesFile
    from .write import recover, write_tree

    cfg = _load_config(args)
    sets = upstream.selected_sets(cfg, args.set)

    def log(line: str) -> None:
        print(line, file=sys.stderr)

    def save_report(report: str) -> None:
        if args.report:  # bytes: written as they are, like a page
            target = Path(args.report).resolve()
            write_tree(target.parent, {}, also=[(target, report.encode("utf-8"))], root=cfg.root, manifest=False)

    with project_lock(cfg.root, exclusive=not args.dry_run, wait=not args.no_wait):
        if not args.dry_run:
            done = recover(cfg.root)
            if done:
                print(f"errcodegen: {done}", file=sys.stderr)
        outcome = upstream.find_pages(cfg, sets, args.ref, log)  # fetched and compared; nothing written yet
        report = upstream.format_report(outcome, args.format)
        pages = upstream.page_overrides(outcome)
        docs = build_models(cfg, pages, outcome.lock)
        for doc in docs:
            _print_diagnostics([d for d in doc.diagnostics if d.severity != "info"])
        use_templates(cfg.templates)
        if args.dry_run:  # made and checked as generate would; nothing written (the cache may have been filled)
            render_models(cfg, docs)
        else:
            files = render_models(cfg, docs, lazy=True)
            also: list[tuple[Path, Any]] = [(s.names, NamesFile.from_model(doc).dumps()) for s, doc in zip(cfg.sets, docs)]
            also += sorted(pages.items())
            lock_text = upstream.lock_text(cfg, outcome)
            if lock_text is not None and cfg.upstream_lock is not None:
                also.append((cfg.upstream_lock, lock_text))
            result = write_tree(cfg.out, files, also=also, root=cfg.root)
            for rel in result.written:
                print(f"write {rel}", file=sys.stderr)
            for rel in result.removed:
                print(f"remove {rel} (errcodegen wrote it; no output now)", file=sys.stderr)
        save_report(report)
    sys.stdout.write(report)
    if args.fail_on_breaking:
        return EXIT_FOUND if outcome.breaking else EXIT_OK
    return EXIT_FOUND if outcome.changed else EXIT_OK


def cmd_prune(args: argparse.Namespace) -> int:
    from .lock import project_lock
    from .names import NamesFile

    cfg = _load_config(args)
    with project_lock(cfg.root, exclusive=True, wait=not args.no_wait):
        for out_set in cfg.sets:
            record = NamesFile.load(out_set.names, cfg.display(out_set.names))
            kept, removed = record.pruned()
            for item in removed:
                print(f"{'would prune' if args.dry_run else 'pruned'} {item}", file=sys.stderr)
            if removed and not args.dry_run:
                kept.save(out_set.names, cfg.root)
                print(f"errcodegen: {len(removed)} retired item(s) removed from {cfg.display(out_set.names)}; run `make generate`", file=sys.stderr)
    return EXIT_OK


def cmd_export_templates(args: argparse.Namespace) -> int:
    """Copy the built-in templates into DIR for editing; never overwrite a file that is there."""
    from .render import TEMPLATES

    target = Path(args.dir)
    sources = sorted(p for p in TEMPLATES.rglob("*.j2") if p.is_file())
    clashes = [str(target / p.relative_to(TEMPLATES)) for p in sources if (target / p.relative_to(TEMPLATES)).exists()]
    if clashes:
        raise Trouble(f"{clashes[0]} exists (and {len(clashes) - 1} more): export-templates never overwrites; choose an empty folder")
    if target.exists() and not target.is_dir():
        raise Trouble(f"{target}: not a folder")
    for source in sources:
        dest = target / source.relative_to(TEMPLATES)
        dest.parent.mkdir(parents=True, exist_ok=True)
        with open(dest, "xb") as handle:
            handle.write(source.read_bytes())
        print(f"wrote {dest}", file=sys.stderr)
    print(f"errcodegen: edit what you need and delete the rest; use them with `generate --templates {target}` or templates = {str(target)!r} in [tool.errcodegen]", file=sys.stderr)
    return EXIT_OK


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("errcodegen")
    except PackageNotFoundError:
        return "(not installed)"


def parser() -> argparse.ArgumentParser:
    """Return the argument parser of every subcommand."""
    top = argparse.ArgumentParser(
        prog="errcodegen",
        description="Generate Python, TypeScript, Go, JSON Schema and JSON constants from "
        "Tencent Cloud Infinite's error-code pages.",
        epilog="Exit status: 0 success; 1 differences or errors found; 2 bad usage or unusable input.",
    )
    top.add_argument(
        "--config",
        help="pyproject.toml to read [tool.errcodegen] from (default: the nearest one with that table, from the current folder upward)",
    )
    top.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    sub = top.add_subparsers(dest="command", required=True)
    gen = sub.add_parser("generate", help="write every output")
    gen.add_argument("--out", help="output folder (default: [tool.errcodegen] out)")
    gen.add_argument("--source", help="source page (default: [tool.errcodegen] source); the names files are then only read")
    gen.add_argument("--dry-run", action="store_true", help="make and check everything, list what would change, write nothing")
    gen.add_argument("--no-wait", action="store_true", help="exit 2 instead of waiting when another run holds the project's lock")
    gen.add_argument("--templates", metavar="DIR", help="use DIR's templates in place of the built-in ones of the same relative path")
    gen.set_defaults(func=cmd_generate)
    chk = sub.add_parser("check", help="exit 1 and print a diff when the outputs are stale")
    chk.add_argument("--out", help="output folder (default: [tool.errcodegen] out)")
    chk.add_argument("--source", help="source page (default: [tool.errcodegen] source)")
    chk.add_argument("--no-wait", action="store_true", help="exit 2 instead of waiting when a run holds the project's lock")
    chk.add_argument("--strict", action="store_true", help="treat warnings as errors (print them; exit 1)")
    chk.add_argument("--templates", metavar="DIR", help="as for generate")
    chk.set_defaults(func=cmd_check)
    par = sub.add_parser("parse", help="print the model of a page as JSON")
    par.add_argument("file")
    par.add_argument("--kind", choices=("int", "string"), default="int", help="codes are integers (default) or symbols")
    par.set_defaults(func=cmd_parse)
    lint = sub.add_parser("lint", help="print every diagnostic of a page")
    lint.add_argument("file")
    lint.add_argument("--strict", action="store_true", help="treat warnings as errors")
    lint.add_argument("--names", help="names file to apply, as generate does (reports codes it would retire)")
    lint.add_argument("--kind", choices=("int", "string"), default="int", help="codes are integers (default) or symbols")
    lint.set_defaults(func=cmd_lint)
    dif = sub.add_parser("diff", help="compare two versions of a page by meaning")
    dif.add_argument("old")
    dif.add_argument("new")
    dif.add_argument("--format", choices=("text", "markdown", "json"), default="text")
    dif.add_argument("--fail-on-breaking", action="store_true", help="exit 1 only for breaking changes")
    dif.add_argument(
        "--names",
        help="names file that names OLD (default: the pinned names file of the configuration's first set of this --kind, "
        "else names derived from OLD; `none`: derived from OLD)",
    )
    dif.add_argument("--kind", choices=("int", "string"), default="int", help="codes are integers (default) or symbols")
    dif.set_defaults(func=cmd_diff)
    exp = sub.add_parser(
        "export-templates",
        help="copy the built-in templates into DIR, to edit and use with --templates",
        epilog="Exit status: 0 copied; 2 a file is already there (nothing is overwritten).",
    )
    exp.add_argument("dir", metavar="DIR")
    exp.set_defaults(func=cmd_export_templates)
    upd = sub.add_parser(
        "update",
        help="fetch each set's pages from its upstream git repository, report what changed, regenerate",
        epilog="Exit status: 0 no change by meaning; 1 changes (with --fail-on-breaking: breaking ones); "
        "2 trouble (no network, unknown ref, path not found: nothing written).",
    )
    upd.add_argument("--set", metavar="NAME", help="only this set (default: every set with an upstream)")
    upd.add_argument("--ref", help="branch, tag or commit to fetch (default: the set's ref, else the default branch)")
    upd.add_argument("--dry-run", action="store_true", help="print the report; write nothing (the cache may be filled)")
    upd.add_argument("--report", metavar="FILE", help="write the report to FILE too")
    upd.add_argument("--format", choices=("text", "markdown", "json"), default="text")
    upd.add_argument("--fail-on-breaking", action="store_true", help="exit 1 only for breaking changes")
    upd.add_argument("--no-wait", action="store_true", help="exit 2 instead of waiting when another run holds the project's lock")
    upd.set_defaults(func=cmd_update)
    pru = sub.add_parser("prune", help="remove retired codes and categories from the names file")
    pru.add_argument("--dry-run", action="store_true", help="only list what would be removed")
    pru.add_argument("--no-wait", action="store_true", help="exit 2 instead of waiting when another run holds the project's lock")
    pru.set_defaults(func=cmd_prune)
    return top


def _on_sigterm(signum: int, frame: object) -> None:
    from .write import Interrupted

    raise Interrupted(signum)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status.

    SIGINT and SIGTERM end a run with one line and status 130 or 143 when nothing was
    written; one that arrives while files are being renamed into place waits until the write
    is complete (status 0, and a line saying so). A killed run is repaired by the next one.
    """
    from .lock import LockBusy
    from .write import Interrupted

    args = parser().parse_args(argv)
    previous = signal.signal(signal.SIGTERM, _on_sigterm) if _main_thread() else None
    try:
        return int(args.func(args))
    except (Trouble, InputError, WriteError, NamesError, ValidationError, LockBusy, UpstreamError) as exc:
        print(f"errcodegen: {one_line(str(exc))}", file=sys.stderr)
        return EXIT_TROUBLE
    except (UnescapedValueError, jinja2.TemplateError) as exc:  # a template (the user's, most likely)
        where = f"{exc.filename}:{exc.lineno}: " if isinstance(exc, jinja2.TemplateSyntaxError) else ""
        print(f"errcodegen: {one_line(where + type(exc).__name__ + ': ' + str(exc))}", file=sys.stderr)
        return EXIT_TROUBLE
    except OSError as exc:  # a path that is a folder, a file that cannot be read, ...
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"errcodegen: {one_line(where + (exc.strerror or str(exc)))}", file=sys.stderr)
        return EXIT_TROUBLE
    except (KeyboardInterrupt, Interrupted) as exc:
        number = exc.args[0] if isinstance(exc, Interrupted) else signal.SIGINT
        print(f"errcodegen: interrupted ({signal.Signals(number).name}); nothing was written", file=sys.stderr)
        return 128 + int(number)
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


def _main_thread() -> bool:
    import threading

    return threading.current_thread() is threading.main_thread()

"""Command line: `errcodegen generate|check|parse|lint|diff|prune` (also `python -m errcodegen`).

Exit status: 0 success; 1 differences found or errors reported; 2 bad usage or input
that cannot be used (one line on stderr naming the file and line), `generated/` untouched.
"""

from __future__ import annotations

import argparse
import signal
import sys
from pathlib import Path
from typing import Sequence

from . import config as config_mod
from . import pipeline
from .content import emit, lazily
from .escape import one_line
from .model import Diagnostic, to_json
from .parse import InputError, read_page
from .names import NamesError
from .pipeline import Trouble
from .validate import ValidationError
from .write import WriteError

EXIT_OK, EXIT_FOUND, EXIT_TROUBLE = 0, 1, 2


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
        file = _config_file(args)
    except config_mod.ConfigError as exc:  # a pyproject.toml on the way up that is not TOML
        raise Trouble(str(exc)) from None
    return pipeline.configure(file, getattr(args, "source", None), getattr(args, "out", None), Path.cwd())


def _preview(args: argparse.Namespace) -> bool:
    """A run on another page or into another folder: it reads the names files but never writes them."""
    return bool(getattr(args, "source", None) or getattr(args, "out", None))


def cmd_generate(args: argparse.Namespace) -> int:
    from .lock import project_lock
    from .write import recover, write_tree

    cfg = _load_config(args)
    with project_lock(cfg.root, exclusive=True, wait=not args.no_wait):
        done = recover(cfg.root)
        if done:
            print(f"errcodegen: {done}", file=sys.stderr)
        docs = pipeline.build_models(cfg)
        for doc in docs:
            _print_diagnostics([d for d in doc.diagnostics if d.severity != "info"])
        files = pipeline.render_models(cfg, docs, lazy=True)
        names = [] if _preview(args) else list(pipeline.names_files(cfg, docs))
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
    from .write import pending, stale

    cfg = _load_config(args)
    with project_lock(cfg.root, exclusive=False, wait=not args.no_wait):
        if pending(cfg.root):
            print("errcodegen: an interrupted write is pending; run `errcodegen generate` to finish it", file=sys.stderr)
            return EXIT_FOUND
        docs = pipeline.build_models(cfg)
        # --strict: warnings (such as most of a page's codes retired at once) are errors.
        warnings = [d for doc in docs for d in doc.diagnostics if d.severity == "warning"] if args.strict else []
        _print_diagnostics(warnings, strict=True)
        files = pipeline.render_models(cfg, docs, lazy=True)
        diffs = stale(cfg.out, files)
        if not _preview(args):
            diffs.extend(pipeline.stale_names(cfg, docs))
    for diff in diffs:
        sys.stdout.write(diff)
    if diffs:
        print(f"errcodegen: {len(diffs)} file(s) stale; run `make generate`", file=sys.stderr)
        return EXIT_FOUND
    return EXIT_FOUND if warnings else EXIT_OK


def cmd_parse(args: argparse.Namespace) -> int:
    from functools import partial

    from .escape import Deferred, json_stream
    from .model import entry_json

    doc = pipeline.read_named(args.file, args.kind)
    _print_diagnostics(doc.diagnostics)
    # Printed piece by piece, each entry made only when printed: a 100 000-row page's model
    # as one string (and as dicts) would cost hundreds of megabytes.
    with lazily():
        printed = json_stream(to_json(doc, lambda e: Deferred(partial(entry_json, e))))
    emit(printed, sys.stdout.write)
    return EXIT_FOUND if doc.has_errors else EXIT_OK


def cmd_lint(args: argparse.Namespace) -> int:
    # With --names, named as generate names it: the names file's warnings (codes retired) too.
    doc = pipeline.read_named(args.file, args.kind, Path(args.names) if args.names else None)
    _print_diagnostics(doc.diagnostics, args.strict)
    return EXIT_FOUND if any(_is_error(d, args.strict) for d in doc.diagnostics) else EXIT_OK


def cmd_diff(args: argparse.Namespace) -> int:
    from . import diff

    names = None
    if args.names:
        from .names import NamesFile

        names = NamesFile.load(Path(args.names))
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
    gen.set_defaults(func=cmd_generate)
    chk = sub.add_parser("check", help="exit 1 and print a diff when the outputs are stale")
    chk.add_argument("--out", help="output folder (default: [tool.errcodegen] out)")
    chk.add_argument("--source", help="source page (default: [tool.errcodegen] source)")
    chk.add_argument("--no-wait", action="store_true", help="exit 2 instead of waiting when a run holds the project's lock")
    chk.add_argument("--strict", action="store_true", help="treat warnings as errors (print them; exit 1)")
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
    dif.add_argument("--names", help="names file that names OLD (default: names derived from OLD)")
    dif.add_argument("--kind", choices=("int", "string"), default="int", help="codes are integers (default) or symbols")
    dif.set_defaults(func=cmd_diff)
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
    except (Trouble, InputError, WriteError, NamesError, ValidationError, LockBusy) as exc:
        print(f"errcodegen: {one_line(str(exc))}", file=sys.stderr)
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

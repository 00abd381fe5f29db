"""Command line: `errcodegen generate|check|parse|lint|diff|prune` (also `python -m errcodegen`).

It only parses arguments, calls the pipeline (`pipeline.py`) and the writer (`write.py`),
prints (`term.py`: colour and the progress line on a terminal), and sets the exit status.

Exit status: 0 success; 1 differences found or errors reported; 2 bad usage or input
that cannot be used (one line on stderr naming the file and line), `generated/` untouched.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
from pathlib import Path
from typing import Any, Sequence

import jinja2

from . import config as config_mod
from . import pipeline
from .content import emit, lazily
from .render import UnescapedValueError, UserTemplateError
from .escape import one_line
from .model import LOCALE_TAG, Diagnostic, to_json
from .parse import InputError
from .names import NamesError
from .pipeline import Trouble
from .term import COLOR_MODES, ProgressLine, is_terminal, paint, use_color
from .upstream_lock import UpstreamError
from .validate import ValidationError
from .write import Result as WriteResult, WriteError

EXIT_OK, EXIT_FOUND, EXIT_TROUBLE = 0, 1, 2

# Set by `main` from --color, NO_COLOR and whether stderr is a terminal (see term.py).
_color = False


def _say(line: str) -> None:
    """Print one line on stderr, its severity word coloured when colour is on."""
    print(paint(line, _color), file=sys.stderr)


def _print_diagnostics(diagnostics: Sequence[Diagnostic], strict: bool = False) -> None:
    for d in diagnostics:
        severity = "error" if strict and d.severity == "warning" else d.severity
        _say(d.format(severity))


def _progress() -> ProgressLine:
    """The progress line of big pages: on stderr when it is a terminal, never otherwise."""
    return ProgressLine(sys.stderr, is_terminal(sys.stderr))


def _is_error(d: Diagnostic, strict: bool) -> bool:
    return d.severity == "error" or (strict and d.severity == "warning")


def _config_file(args: argparse.Namespace) -> Path | None:
    """--config, else the nearest pyproject.toml with [tool.errcodegen] from here upward, else None."""
    if args.config is not None:
        config = Path(args.config)
        if not config.exists():
            raise Trouble(f"{args.config}: no such configuration file")
        if not config.is_file():
            raise Trouble(f"{args.config}: not a regular file (a configuration file is a pyproject.toml)")
        return config
    found = config_mod.find(Path.cwd())
    if found is None:
        print(
            "errcodegen: no pyproject.toml with [tool.errcodegen] here or above; using the defaults "
            f"(source = {config_mod.DEFAULT_SOURCE!r}, out = 'generated', in {Path.cwd()})",
            file=sys.stderr,
        )
    return found


def _load_config(args: argparse.Namespace) -> config_mod.Config:
    _check_paths(args)
    try:
        file = _config_file(args)
    except config_mod.ConfigError as exc:  # a pyproject.toml on the way up that is not TOML
        raise Trouble(str(exc)) from None
    return pipeline.configure(
        file, getattr(args, "source", None), getattr(args, "out", None), Path.cwd(), getattr(args, "templates", None)
    )


def _check_paths(args: argparse.Namespace) -> None:
    """An empty --out, --source or --templates is a mistake, not "the default"."""
    for option in ("out", "source", "templates"):
        if getattr(args, option, None) == "":
            raise Trouble(f"--{option} must not be empty")


def _recover(cfg: config_mod.Config, refuse: bool = False) -> None:
    """Finish or undo a write that a killed run left (see write.py), or, for a run that must
    write nothing (a dry run, a preview), refuse to go on while one is pending."""
    from .write import pending, recover

    if not pending(cfg.root):
        return
    if refuse:
        raise Trouble("an interrupted write is pending: run `errcodegen generate` (no --dry-run, --source or --out) to finish it first")
    out = cfg.out.resolve()
    own = {s.names.resolve() for s in cfg.sets} | {path.resolve() for s in cfg.sets for _, path in s.pages}
    if cfg.upstream_lock is not None:
        own.add(cfg.upstream_lock.resolve())

    def writable(path: Path) -> bool:
        return path.resolve().is_relative_to(out) or path.resolve() in own

    done = recover(cfg.root, writable)
    if done:
        print(f"errcodegen: {done}", file=sys.stderr)


def _preview(args: argparse.Namespace) -> bool:
    """A run on another page or into another folder: it reads the names files but never writes them."""
    return bool(getattr(args, "source", None) or getattr(args, "out", None))


def cmd_generate(args: argparse.Namespace) -> int:
    from .lock import project_lock
    from .write import write_tree

    cfg = _load_config(args)
    with project_lock(cfg.root, exclusive=True, wait=not args.no_wait):
        _recover(cfg, refuse=args.dry_run or _preview(args))
        with _progress() as progress:
            docs = pipeline.build_models(cfg, progress)
        for doc in docs:
            _print_diagnostics([d for d in doc.diagnostics if d.severity != "info"])
        files = pipeline.render_models(cfg, docs, lazy=True)
        names = [] if _preview(args) else list(pipeline.names_contents(cfg, docs))
        result = write_tree(cfg.out, files, also=names, root=cfg.root, dry_run=args.dry_run, jobs=_jobs(args.jobs, docs))
    _report_write(result, args.dry_run)
    if _preview(args) and not args.dry_run:
        print("errcodegen: --source/--out given: the names files were read, not updated", file=sys.stderr)
    return EXIT_OK


# Past this many rows in all, one process makes every file by default: a helper forked from the
# writer comes to hold much of the models again (every object it reads is copied), and the
# memory of a large run matters more than its time.
JOBS_ROWS = 20_000
JOBS_MAX = 4


def _jobs(asked: int | None, docs: Sequence[Any]) -> int:
    """How many processes make the files (`--jobs`, else: the processors this run may use, at
    most JOBS_MAX, when the models hold at most JOBS_ROWS rows; else 1)."""
    if asked is not None:
        return asked
    rows = sum(len(category.entries) for doc in docs for category in doc.categories)
    if rows > JOBS_ROWS:
        return 1
    try:
        cpus = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not on Linux
        cpus = os.cpu_count() or 1
    return max(1, min(cpus, JOBS_MAX))


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if not 1 <= value <= 64:
        raise argparse.ArgumentTypeError(f"expected a number of processes from 1 to 64, not {text!r}")
    return value


def _report_write(result: WriteResult, dry_run: bool = False) -> None:
    """What a write changed (or, in a dry run, would change), a line each on stderr."""
    verb = "would " if dry_run else ""
    for rel in result.written:
        print(f"{verb}write {rel}", file=sys.stderr)
    for rel in result.removed:
        print(f"{verb}remove {rel} (errcodegen wrote it; no output now)", file=sys.stderr)
    for rel in result.left_alone:
        print(f"errcodegen: left {rel} alone: errcodegen wrote it but it was edited since; delete it if it is not yours", file=sys.stderr)
    if result.interrupted:
        print("errcodegen: interrupted after the write had started: it was completed", file=sys.stderr)


def cmd_check(args: argparse.Namespace) -> int:
    from .lock import project_lock
    from .write import pending, stale

    cfg = _load_config(args)
    with project_lock(cfg.root, exclusive=False, wait=not args.no_wait):
        if pending(cfg.root):
            print("errcodegen: an interrupted write is pending; run `errcodegen generate` to finish it", file=sys.stderr)
            return EXIT_FOUND
        with _progress() as progress:
            docs = pipeline.build_models(cfg, progress)
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
        print(f"errcodegen: {len(diffs)} file(s) stale; run `errcodegen generate`", file=sys.stderr)
        return EXIT_FOUND
    return EXIT_FOUND if warnings else EXIT_OK


def cmd_parse(args: argparse.Namespace) -> int:
    from .escape import DeferredEach, json_stream
    from .model import entry_json

    with _progress() as progress:
        doc = pipeline.read_named(args.file, args.kind, progress=progress)
    _print_diagnostics(doc.diagnostics)
    # Printed piece by piece, each entry made only when printed: a 100 000-row page's model
    # as one string (and as dicts) would cost hundreds of megabytes.
    with lazily():
        printed = json_stream(to_json(doc, each=lambda entries: DeferredEach(entries, entry_json)))
    emit(printed, sys.stdout.write)
    return EXIT_FOUND if doc.has_errors else EXIT_OK


def cmd_lint(args: argparse.Namespace) -> int:
    if args.file is None:
        return _lint_configured(args)
    # With --names, named as generate names it: the names file's warnings (codes retired) too.
    with _progress() as progress:
        doc = pipeline.read_named(args.file, args.kind or "int", _names_file(args.names) if args.names else None, progress)
    _print_diagnostics(doc.diagnostics, args.strict)
    return EXIT_FOUND if any(_is_error(d, args.strict) for d in doc.diagnostics) else EXIT_OK


def _lint_configured(args: argparse.Namespace) -> int:
    """`lint` with no FILE: every set of the configuration, each page with its set's kind, merged
    and named with its names file as `generate` builds it (but every diagnostic is printed)."""
    if args.names or args.kind:
        raise Trouble("lint: --names and --kind go with a FILE; without one, each set's own are used")
    cfg = _load_config(args)
    found = False
    for out_set in cfg.sets:
        with _progress() as progress:
            doc = pipeline.assemble_set(cfg, out_set, progress)
        _print_diagnostics(doc.diagnostics, args.strict)
        found = found or any(_is_error(d, args.strict) for d in doc.diagnostics)
    return EXIT_FOUND if found else EXIT_OK


def _names_file(given: str) -> Path:
    """The names file a --names option gives: one that is not there is a mistyped name, not an
    empty names file (a new set's names file is made by generate, never given to lint or diff)."""
    path = Path(given)
    if not path.exists():
        raise Trouble(f"--names {given}: no such names file")
    return path


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
    from .targets.registry import type_names

    names = None
    chosen = args.names if args.names is not None else _pinned_names(args)
    if chosen and chosen != "none":
        from .names import NamesFile

        names = NamesFile.load(_names_file(chosen), types=type_names())
    # One page unnamed at a time: OLD is named (and its unnamed model dropped) before NEW is read,
    # NEW's unnamed model dropped once named; two 100 000-row pages fit in a third less memory.
    with _progress() as progress:
        old = pipeline.read_raw(args.old, args.kind, progress)
        diagnostics = old.diagnostics
        named: Any = None
        if not old.has_errors:
            try:
                named = diff.named_old(old, names, type_names())
            except Exception as exc:  # raised below, after both pages' diagnostics, as before
                named = exc
        del old
        new = pipeline.read_raw(args.new, args.kind, progress)
    diagnostics += new.diagnostics
    _print_diagnostics([d for d in diagnostics if d.severity != "info"])
    errors = [d for d in diagnostics if d.severity == "error"]
    if errors or named is None:
        # A row that cannot be read would show up as a removed code: refuse rather than mislead.
        raise Trouble(f"{errors[0].format()} (diff needs pages that generate accepts)")
    if isinstance(named, Exception):
        raise named
    old_named, record = named
    del named
    new_named = record.apply(new)
    del new, record
    report = diff.compare_named(old_named, new_named)  # holds both models: it makes each change when written
    del old_named, new_named
    diff.write(report, args.format, sys.stdout)  # streamed: a big report is never one string, nor a list of changes
    if args.fail_on_breaking:
        return EXIT_FOUND if report.breaking else EXIT_OK
    return EXIT_OK if report.empty else EXIT_FOUND


def cmd_update(args: argparse.Namespace) -> int:
    """Fetch each set's pages from upstream, report what changed by meaning, write and regenerate (see upstream.py)."""
    from . import upstream
    from .lock import project_lock
    from .write import write_alone, write_tree

    cfg = _load_config(args)
    sets = upstream.selected_sets(cfg, args.set)
    for out_set in sets:
        for locale, _ in out_set.pages:
            problem = config_mod.update_page_problem(cfg, out_set, locale)
            if problem:
                raise Trouble(problem)
    report_path = _report_path(cfg, args.report) if args.report is not None else None

    def log(line: str) -> None:
        print(line, file=sys.stderr)

    def save_report(report: str) -> None:
        if report_path is not None:  # on its own, no part of the project's write (it may lie outside)
            write_alone(report_path, report.encode("utf-8"))

    with project_lock(cfg.root, exclusive=not args.dry_run, wait=not args.no_wait):
        _recover(cfg, refuse=args.dry_run)
        outcome = upstream.find_pages(cfg, sets, args.ref, log)  # fetched and compared; nothing written yet
        report = upstream.format_report(outcome, args.format)
        pages = upstream.page_overrides(outcome)
        docs = pipeline.build_models(cfg, pages=pages, lock=outcome.lock)
        for doc in docs:
            _print_diagnostics([d for d in doc.diagnostics if d.severity != "info"])
        if args.dry_run:  # made and checked as generate would; nothing written (the cache may have been filled)
            pipeline.render_models(cfg, docs)
        else:
            files = pipeline.render_models(cfg, docs, lazy=True)
            also: list[tuple[Path, Any]] = list(pipeline.names_files(cfg, docs))
            also += sorted(pages.items())
            lock_text = upstream.lock_text(cfg, outcome)
            if lock_text is not None and cfg.upstream_lock is not None:
                also.append((cfg.upstream_lock, lock_text))
            _report_write(write_tree(cfg.out, files, also=also, root=cfg.root, jobs=_jobs(args.jobs, docs)))
        save_report(report)
    sys.stdout.write(report)
    if args.fail_on_breaking:
        return EXIT_FOUND if outcome.breaking else EXIT_OK
    return EXIT_FOUND if outcome.changed else EXIT_OK


def cmd_init(args: argparse.Namespace) -> int:
    """Print (or, with --write, add to pyproject.toml) the minimal set table for a page."""
    from . import scaffold

    page = Path(args.page)
    if not page.is_file():
        raise Trouble(f"{args.page}: no such page (a markdown file)")
    if args.locale is not None and not LOCALE_TAG.fullmatch(args.locale):
        raise Trouble(f"--locale {args.locale!r} is not a locale tag such as en or zh")
    try:
        args.page.encode("utf-8")
    except UnicodeEncodeError:
        raise Trouble(f"{args.page!r}: the page's file name is not UTF-8; rename it (a pyproject.toml is UTF-8)") from None
    # The project's file (the first pyproject.toml upward, as `generate` finds it), else a new one here.
    pyproject = Path(args.config) if args.config else (config_mod.nearest(Path.cwd()) or Path.cwd() / "pyproject.toml")
    if pyproject.is_symlink() or (pyproject.exists() and not pyproject.is_file()):
        raise Trouble(f"{pyproject}: not a regular file: nothing added")
    try:
        if args.write:
            scaffold.existing(pyproject)  # refused before the page is read
        with _progress() as progress:
            doc = pipeline.read_raw(str(page), "auto", progress)
        _print_diagnostics(doc.diagnostics)
        if doc.has_errors:
            raise Trouble(f"{args.page}: the page has errors (above); `generate` would refuse it: nothing suggested")
        relative = Path(os.path.relpath(page.resolve(), pyproject.parent.resolve())).as_posix()
        name = scaffold.set_name(page, args.name)
        text = scaffold.tables(doc, relative, name, args.locale or scaffold.locale_of(doc))
        if args.write:
            scaffold.add_to(pyproject, text)
            print(f"errcodegen: added to {pyproject.name}: {text.count('[[tool.errcodegen.sets]]')} set(s); run `errcodegen generate`", file=sys.stderr)
        else:
            sys.stdout.write(text)
    except scaffold.InitError as exc:
        raise Trouble(str(exc)) from None
    return EXIT_OK


def _report_path(cfg: config_mod.Config, raw: str) -> Path:
    """`update --report FILE`, checked (see config.report_problem): a new file, or an earlier report."""
    from .fsread import read_regular
    from .upstream import is_report

    if raw == "" or "\x00" in raw:
        raise Trouble("--report must name a file")
    path = Path(os.path.abspath(raw))
    problem = config_mod.report_problem(cfg, path, raw)
    if problem:
        raise Trouble(f"{problem}: the report goes to a new file or over an earlier report")
    if path.exists():
        try:
            earlier = read_regular(path, 64 << 20)
        except OSError as exc:
            raise Trouble(f"--report {raw!r}: {exc.strerror or exc}") from None
        if not is_report(earlier):
            raise Trouble(f"--report {raw!r} exists and is not a report errcodegen wrote: choose a new file or move it away")
    return path


def cmd_prune(args: argparse.Namespace) -> int:
    from .write import write_tree
    from .lock import project_lock

    cfg = _load_config(args)
    with project_lock(cfg.root, exclusive=True, wait=not args.no_wait):
        _recover(cfg, refuse=args.dry_run)
        for out_set in cfg.sets:
            kept, removed = pipeline.pruned_names(cfg, out_set)
            for item in removed:
                print(f"{'would prune' if args.dry_run else 'pruned'} {item}", file=sys.stderr)
            if removed and not args.dry_run:
                write_tree(out_set.names.parent, {}, also=[(out_set.names, kept.dumps())], root=cfg.root, manifest=False)
                print(f"errcodegen: {len(removed)} retired item(s) removed from {cfg.display(out_set.names)}; run `errcodegen generate`", file=sys.stderr)
    return EXIT_OK


def cmd_export_templates(args: argparse.Namespace) -> int:
    """Copy the built-in templates into DIR for editing; never overwrite a file that is there."""
    from .targets.registry import TARGETS

    target = Path(args.dir)
    # Each target's templates, under the names a --templates folder overrides: `<target>/<file>.j2`.
    sources = sorted((f"{t.name}/{p.name}", p) for t in TARGETS for p in (t.folder / "templates").glob("*.j2") if p.is_file())
    clashes = [str(target / rel) for rel, _ in sources if (target / rel).exists()]
    if clashes:
        raise Trouble(f"{clashes[0]} exists (and {len(clashes) - 1} more): export-templates never overwrites; choose an empty folder")
    if target.exists() and not target.is_dir():
        raise Trouble(f"{target}: not a folder")
    for rel, source in sources:
        dest = target / rel
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


class _VersionAction(argparse._VersionAction):
    """`--version`, the installed version looked up only when asked: importing importlib.metadata
    and finding the distribution cost every run about 12 ms of its start-up."""

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, values: Any, option_string: str | None = None) -> None:
        self.version = f"%(prog)s {_version()}"
        super().__call__(parser, namespace, values, option_string)


EXIT_TWO = "2 bad usage, or input that cannot be used (one line on stderr naming the file and line, or the key)"
EXIT_SIGNALS = "130/143 interrupted by SIGINT/SIGTERM"
CONFIG_HELP = (
    "pyproject.toml to read [tool.errcodegen] from (default: the nearest one with that table, "
    "from the current folder upward)"
)
JOBS_HELP = (
    f"processes that make the files (default: as many as the processors, at most {JOBS_MAX}, "
    f"when the pages hold at most {JOBS_ROWS} rows in all, else 1); the output is the same"
)
COLOR_HELP = (
    "colour the severity of diagnostics (error red, warning yellow): auto (the default) only when "
    "stderr is a terminal and NO_COLOR is unset or empty; always; never"
)


def _exits(*lines: str) -> str:
    return "exit status:\n" + "".join(f"  {line}\n" for line in lines)


def parser() -> argparse.ArgumentParser:
    """Return the argument parser of every subcommand."""
    from .targets.registry import TARGETS

    formatter = argparse.RawDescriptionHelpFormatter
    labels = [t.label for t in TARGETS if t.label]  # every language, in the registry's order
    others = [t.summary for t in TARGETS if not t.label and t.summary]  # the other outputs, likewise

    def listed(items: list[str]) -> str:
        return ", ".join(items[:-1]) + " and " + items[-1] if len(items) > 1 else "".join(items)

    top = argparse.ArgumentParser(
        prog="errcodegen",
        description=f"Generate {listed(labels)} errors, {listed(others)} from Tencent Cloud's error-code pages.",
        epilog=_exits(
            "0 success",
            "1 differences or errors found (see each subcommand's --help)",
            EXIT_TWO,
            EXIT_SIGNALS,
        ),
        formatter_class=formatter,
    )
    top.add_argument("--config", metavar="FILE", help=CONFIG_HELP)
    top.add_argument("--color", choices=COLOR_MODES, default="auto", help=COLOR_HELP)
    top.add_argument("--version", action=_VersionAction, help="print the version and exit 0")
    # --color is accepted after the subcommand too; SUPPRESS keeps the top-level value otherwise.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--color", choices=COLOR_MODES, default=argparse.SUPPRESS, help=COLOR_HELP)
    sub = top.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, summary: str, *exits: str) -> argparse.ArgumentParser:
        signals = () if any(line.startswith("130") for line in exits) else (EXIT_SIGNALS,)
        return sub.add_parser(
            name,
            help=summary,
            description=summary,
            epilog=_exits(*exits, EXIT_TWO, *signals),
            parents=[common],
            formatter_class=formatter,
        )

    no_wait = "exit 2 instead of waiting when another run holds the project's lock"
    gen = command(
        "generate",
        "write every output of every configured set, and the names files",
        "0 written (with --dry-run: made and checked, what would change listed, nothing written)",
        "130/143 interrupted by SIGINT/SIGTERM before the write (nothing written)",
    )
    gen.add_argument("--out", metavar="DIR", help="output folder, relative to the current folder (default: [tool.errcodegen] out); the names files are then only read")
    gen.add_argument("--source", metavar="FILE", help="page to read instead of the configured one (default: [tool.errcodegen] source); the names files are then only read")
    gen.add_argument("--dry-run", action="store_true", help="make and check everything, list what would change, write nothing")
    gen.add_argument("--no-wait", action="store_true", help=no_wait)
    gen.add_argument("--templates", metavar="DIR", help="use DIR's templates in place of the built-in ones of the same relative path")
    gen.add_argument("--jobs", metavar="N", type=_positive, help=JOBS_HELP)
    gen.set_defaults(func=cmd_generate)
    chk = command(
        "check",
        "exit 1 and print a unified diff when the outputs or names files are stale",
        "0 up to date",
        "1 stale (a unified diff on stdout), a killed run's write pending, or, with --strict, a warning",
    )
    chk.add_argument("--out", metavar="DIR", help="output folder to compare (default: [tool.errcodegen] out); the names files are then not compared")
    chk.add_argument("--source", metavar="FILE", help="page to read instead of the configured one; the names files are then not compared")
    chk.add_argument("--no-wait", action="store_true", help="exit 2 instead of waiting when a run holds the project's lock")
    chk.add_argument("--strict", action="store_true", help="treat warnings as errors (print them; exit 1)")
    chk.add_argument("--templates", metavar="DIR", help="as for generate")
    chk.set_defaults(func=cmd_check)
    kind_help = (
        "codes are integers (int, the default) or symbols (string, as on the media-processing job page); "
        "auto: each table with its own kind, integer only when every code in it is one (a page with both, such as COS's, is read whole)"
    )
    par = command("parse", "print the model of a page as JSON on stdout (diagnostics on stderr)", "0 no errors", "1 the page has errors")
    par.add_argument("file", metavar="FILE", help="the markdown page to read")
    par.add_argument("--kind", choices=("int", "string", "auto"), default="int", help=kind_help)
    par.set_defaults(func=cmd_parse)
    lint = command(
        "lint",
        "print every diagnostic of a page as file:line:col: severity: message",
        "0 no errors",
        "1 errors (with --strict: warnings too)",
    )
    lint.add_argument(
        "file",
        metavar="FILE",
        nargs="?",
        help="the markdown page to lint (default: every page of every configured set, each with its set's kind "
        "and names file, merged as generate merges them)",
    )
    lint.add_argument("--strict", action="store_true", help="treat warnings as errors (for CI pipelines that want upstream irregularities to stop the build)")
    lint.add_argument("--names", metavar="FILE", help="with FILE: names file to apply, as generate does (reports the codes it would retire)")
    lint.add_argument("--kind", choices=("int", "string", "auto"), default=None, help="with FILE: " + kind_help)
    lint.set_defaults(func=cmd_lint)
    dif = command(
        "diff",
        "compare two versions of a page by meaning: codes and categories added, retired, changed, moved",
        "0 no changes",
        "1 changes (with --fail-on-breaking: breaking changes only)",
    )
    dif.add_argument("old", metavar="OLD", help="the previous version of the page")
    dif.add_argument("new", metavar="NEW", help="the new version of the page")
    dif.add_argument("--format", choices=("text", "markdown", "json"), default="text", help="report format: text (the default), markdown (for a pull request) or json")
    dif.add_argument("--fail-on-breaking", action="store_true", help="exit 1 only for breaking changes")
    dif.add_argument(
        "--names",
        metavar="FILE",
        help="names file that names OLD (default: the pinned names file of the configuration's first set of this --kind, "
        "else names derived from OLD; `none`: derived from OLD)",
    )
    dif.add_argument("--kind", choices=("int", "string", "auto"), default="int", help=kind_help)
    dif.set_defaults(func=cmd_diff)
    exp = command(
        "export-templates",
        "copy the built-in templates into DIR, to edit and use with generate --templates DIR",
        "0 copied",
        "2 a file is already there (nothing is overwritten)",
    )
    exp.add_argument("dir", metavar="DIR", help="the folder to copy them into (created if missing)")
    exp.set_defaults(func=cmd_export_templates)
    upd = command(
        "update",
        "fetch each set's pages from its upstream git repository, report what changed by meaning, regenerate",
        "0 no change by meaning",
        "1 changes (with --fail-on-breaking: breaking ones)",
        "2 trouble (no network, unknown ref, path not found: nothing written)",
    )
    upd.add_argument("--set", metavar="NAME", help="only this set (default: every set with an upstream)")
    upd.add_argument("--ref", help="branch, tag or commit to fetch (default: the set's ref, else the default branch)")
    upd.add_argument("--dry-run", action="store_true", help="print the report; write nothing (the cache may be filled)")
    upd.add_argument("--report", metavar="FILE", help="write the report to FILE too")
    upd.add_argument("--format", choices=("text", "markdown", "json"), default="text", help="report format: text, markdown (for a pull request) or json")
    upd.add_argument("--fail-on-breaking", action="store_true", help="exit 1 only for breaking changes")
    upd.add_argument("--no-wait", action="store_true", help=no_wait)
    upd.add_argument("--jobs", metavar="N", type=_positive, help=JOBS_HELP)
    upd.set_defaults(func=cmd_update)
    ini = command(
        "init",
        "print the minimal [[tool.errcodegen.sets]] table for a page (kind detected per table); --write adds it",
        "0 printed (or added)",
    )
    ini.add_argument("page", metavar="PAGE", help="the markdown page to configure (tables of integer or symbolic codes, or both)")
    ini.add_argument("--name", metavar="NAME", help="the set's name (default: the page's file name up to its first dot)")
    ini.add_argument("--locale", metavar="TAG", help="the page's locale (default: zh when its texts are mostly Chinese, else en)")
    ini.add_argument("--write", action="store_true", help="append the table to pyproject.toml (nothing else in it changes)")
    ini.set_defaults(func=cmd_init)
    pru = command(
        "prune",
        "remove retired codes and categories from the names files (then run generate)",
        "0 done (or, with --dry-run, listed)",
    )
    pru.add_argument("--dry-run", action="store_true", help="only list what would be removed")
    pru.add_argument("--no-wait", action="store_true", help=no_wait)
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

    global _color
    args = parser().parse_args(argv)
    _color = use_color(args.color, sys.stderr, os.environ)
    previous = signal.signal(signal.SIGTERM, _on_sigterm) if _main_thread() else None
    try:
        return int(args.func(args))
    except (Trouble, InputError, WriteError, NamesError, ValidationError, LockBusy, UpstreamError) as exc:
        _say(f"errcodegen: {one_line(str(exc))}")
        return EXIT_TROUBLE
    except (UnescapedValueError, jinja2.TemplateError) as exc:  # a template (the user's, most likely)
        where = f"{exc.filename}:{exc.lineno}: " if isinstance(exc, jinja2.TemplateSyntaxError) else ""
        print(f"errcodegen: {one_line(where + str(exc))}", file=sys.stderr)
        return EXIT_TROUBLE
    except UserTemplateError as exc:  # a user's template failed while its output was written
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

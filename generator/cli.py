"""Command line: `errcodegen generate|check|parse|lint|diff|prune` (also `python -m generator`).

Exit status: 0 success; 1 differences found or errors reported; 2 bad usage or input
that cannot be used (one line on stderr naming the file and line), `generated/` untouched.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path
from typing import Sequence

from . import config as config_mod
from .escape import one_line
from .model import Diagnostic, Document, to_json
from .naming import assign_names
from .parse import InputError, read_page
from .names import NamesError
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


def _load_config(args: argparse.Namespace) -> config_mod.Config:
    if args.config and not Path(args.config).is_file():
        raise Trouble(f"{args.config}: no such configuration file")
    try:
        cfg = config_mod.load(Path(args.config) if args.config else None)
    except config_mod.ConfigError as exc:
        raise Trouble(str(exc)) from None
    if getattr(args, "source", None):
        cfg = cfg.with_source(Path(args.source).resolve())
    if getattr(args, "out", None):
        cfg = config_mod.Config(cfg.root, Path(args.out).resolve(), cfg.sets)
    return cfg


def build_set(cfg: config_mod.Config, out_set: config_mod.OutputSet) -> Document:
    """Parse one set's pages, merge their locales and name it; raise Trouble on unusable input."""
    from .merge import merge
    from .names import NamesFile

    (locale, path), *others = out_set.pages
    doc = read_page(path, cfg.display(path), out_set.kind)
    doc = replace(doc, locale=locale, locales=(locale,), sources=((doc.source, doc.sha256),))
    for other_locale, other_path in others:
        doc = merge(doc, other_locale, read_page(other_path, cfg.display(other_path), out_set.kind))
    doc = NamesFile.load(out_set.names, cfg.display(out_set.names)).apply(doc)
    errors = [d for d in doc.diagnostics if d.severity == "error"]
    if errors:
        more = f" (and {len(errors) - 1} more errors: run `errcodegen lint`)" if len(errors) > 1 else ""
        raise Trouble(errors[0].format() + more)
    return doc


def build_models(cfg: config_mod.Config) -> list[Document]:
    """Build every set's model, then note where two sets name the same symbol."""
    from .merge import cross_reference

    return cross_reference([s.name for s in cfg.sets], [build_set(cfg, s) for s in cfg.sets])


def build_model(cfg: config_mod.Config) -> Document:
    """Build the first set's model (the common case of a single page)."""
    return build_models(cfg)[0]


def render_models(cfg: config_mod.Config, docs: list[Document]) -> dict[str, str]:
    """Render and validate every set's outputs; raise on anything that would not load."""
    from .render import render_all
    from .validate import validate

    files: dict[str, str] = {}
    for out_set, doc in zip(cfg.sets, docs):
        try:
            rendered = render_all(doc, out_set.targets, out_set.enabled)
        except ValueError as exc:  # a target refused the model or an option (name clash, bad path)
            raise Trouble(f"{cfg.display(out_set.source)}: cannot render: {exc}") from None
        for rel in rendered:
            if rel in files:
                raise Trouble(f"set {out_set.name!r} writes {rel}, which another set writes too: give its targets other names")
        files.update(rendered)
    validate(files)
    return dict(sorted(files.items()))


def render_model(cfg: config_mod.Config, doc: Document) -> dict[str, str]:
    """Render and validate the outputs of a single-set configuration."""
    return render_models(cfg, [doc])


def cmd_generate(args: argparse.Namespace) -> int:
    from .names import NamesFile
    from .write import orphans, write_tree

    cfg = _load_config(args)
    docs = build_models(cfg)
    for doc in docs:
        _print_diagnostics([d for d in doc.diagnostics if d.severity != "info"])
    files = render_models(cfg, docs)
    stale_files = orphans(cfg.out, files)
    names = [(out_set.names, NamesFile.from_model(doc).dumps()) for out_set, doc in zip(cfg.sets, docs)]
    # The names files are written in the same all-or-nothing step as the outputs.
    changed = write_tree(cfg.out, files, remove=stale_files, also=names)
    removed = {str(p.relative_to(cfg.out)) for p in stale_files}
    for rel in changed:
        shown = cfg.display(Path(rel)) if Path(rel).is_absolute() else cfg.display(cfg.out / rel)
        print(f"{'removed' if rel in removed else 'wrote'} {shown}", file=sys.stderr)
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from .names import NamesFile
    from .write import stale

    cfg = _load_config(args)
    docs = build_models(cfg)
    files = render_models(cfg, docs)
    diffs = stale(cfg.out, files)
    for out_set, doc in zip(cfg.sets, docs):
        names_diff = NamesFile.from_model(doc).diff_against(out_set.names, cfg.display(out_set.names))
        if names_diff:
            diffs.append(names_diff)
    for diff in diffs:
        sys.stdout.write(diff)
    if diffs:
        print(f"errcodegen: {len(diffs)} file(s) stale; run `make generate`", file=sys.stderr)
        return EXIT_FOUND
    return EXIT_OK


def _read(path: str, kind: str = "int") -> Document:
    return assign_names(read_page(path, path, kind))


def cmd_parse(args: argparse.Namespace) -> int:
    import json

    doc = _read(args.file, args.kind)
    _print_diagnostics(doc.diagnostics)
    sys.stdout.write(json.dumps(to_json(doc), ensure_ascii=False, indent=2) + "\n")
    return EXIT_FOUND if doc.has_errors else EXIT_OK


def cmd_lint(args: argparse.Namespace) -> int:
    doc = _read(args.file, args.kind)
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
    from .names import NamesFile

    cfg = _load_config(args)
    for out_set in cfg.sets:
        record = NamesFile.load(out_set.names, cfg.display(out_set.names))
        kept, removed = record.pruned()
        for item in removed:
            print(f"pruned {item}", file=sys.stderr)
        if removed and not args.dry_run:
            kept.save(out_set.names)
            print(f"errcodegen: {len(removed)} retired item(s) removed from {cfg.display(out_set.names)}; run `make generate`", file=sys.stderr)
    return EXIT_OK


def parser() -> argparse.ArgumentParser:
    """Return the argument parser of every subcommand."""
    top = argparse.ArgumentParser(
        prog="errcodegen",
        description="Generate Python, TypeScript, Go, JSON Schema and JSON constants from "
        "Tencent Cloud Infinite's error-code pages.",
        epilog="Exit status: 0 success; 1 differences or errors found; 2 bad usage or unusable input.",
    )
    top.add_argument("--config", help="pyproject.toml to read [tool.errcodegen] from (default: ./pyproject.toml)")
    sub = top.add_subparsers(dest="command", required=True)
    gen = sub.add_parser("generate", help="write every output")
    gen.add_argument("--out", help="output folder (default: [tool.errcodegen] out)")
    gen.add_argument("--source", help="source page (default: [tool.errcodegen] source)")
    gen.set_defaults(func=cmd_generate)
    chk = sub.add_parser("check", help="exit 1 and print a diff when the outputs are stale")
    chk.add_argument("--out", help="output folder (default: [tool.errcodegen] out)")
    chk.add_argument("--source", help="source page (default: [tool.errcodegen] source)")
    chk.set_defaults(func=cmd_check)
    par = sub.add_parser("parse", help="print the model of a page as JSON")
    par.add_argument("file")
    par.add_argument("--kind", choices=("int", "string"), default="int", help="codes are integers (default) or symbols")
    par.set_defaults(func=cmd_parse)
    lint = sub.add_parser("lint", help="print every diagnostic of a page")
    lint.add_argument("file")
    lint.add_argument("--strict", action="store_true", help="treat warnings as errors")
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
    pru.set_defaults(func=cmd_prune)
    return top


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    args = parser().parse_args(argv)
    try:
        return int(args.func(args))
    except (Trouble, InputError, WriteError, NamesError, ValidationError) as exc:
        print(f"errcodegen: {one_line(str(exc))}", file=sys.stderr)
        return EXIT_TROUBLE
    except OSError as exc:  # a path that is a folder, a file that cannot be read, ...
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"errcodegen: {one_line(where + (exc.strerror or str(exc)))}", file=sys.stderr)
        return EXIT_TROUBLE

"""`errcodegen init PAGE`: the minimal `[[tool.errcodegen.sets]]` table for a page never seen.

The page is read with each table's own kind (`--kind auto`): a page whose tables are all of
one kind gives one set of that kind; a page with both (COS's: its own symbolic codes, then a
copy of CI's integer tables) gives one set per kind, each choosing its tables by `sections`.
With `--write` the tables are appended to the project's pyproject.toml (nothing else in it
changes), once the whole file with them has been checked as `generate` would load it.
"""

from __future__ import annotations

import os
import re
import tempfile
import tomllib
import unicodedata
from pathlib import Path

from . import config as config_mod
from .escape import toml_str
from .model import Document

# A page's language, when its text says: mostly CJK letters read as Chinese.
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_LATIN = re.compile(r"[A-Za-z]")


class InitError(Exception):
    """The table cannot be made or added; the message says why, in one line."""


def set_name(page: Path, given: str | None) -> str:
    """The set's name: `--name`, else the page's file name up to its first dot in ASCII words
    (`cos-error-codes.en.md` -> cos-error-codes); a file name in other letters (`错误码_intl_en.md`)
    names nothing: the name must be given."""
    if given is not None:
        if not re.fullmatch(r"[a-z0-9][a-z0-9-]{0,63}", given):
            raise InitError(f"--name {given!r}: use lower-case ASCII letters, digits and '-' (at most 64)")
        return given
    stem = unicodedata.normalize("NFKD", page.name.split(".")[0])
    words = re.findall(r"[A-Za-z0-9]+", stem)
    name = "-".join(w.lower() for w in words)[:64].strip("-")
    if not name or not name[0].isalnum() or any(ch.isalnum() and not ch.isascii() for ch in stem):
        raise InitError(f"{page.name}: its file name is not in ASCII words to name the set by: give --name NAME")
    return name


def locale_of(doc: Document) -> str:
    """`zh` when the page's texts are mostly Chinese, else `en`."""
    texts = " ".join(f"{c.title} " + " ".join(e.description for e in c.entries) for c in doc.categories)
    return "zh" if len(_CJK.findall(texts)) > len(_LATIN.findall(texts)) else "en"


def _quote(value: str) -> str:
    """A TOML basic string (escape.py's, the one Cargo.toml's strings are written with)."""
    return str(toml_str(value))


def tables(doc: Document, page: str, name: str, locale: str) -> str:
    """The `[[tool.errcodegen.sets]]` tables for the page (one per kind of its tables)."""
    kinds: dict[str, list[str]] = {}
    for c in doc.categories:
        kinds.setdefault(c.kind or doc.kind, []).append(c.id)
    if not kinds:
        raise InitError(f"{page}: no table of error codes found (run `errcodegen lint --kind auto {page}` for why)")
    blocks = []
    folder = Path(page).parent.as_posix()
    if folder == ".." or folder.startswith("../"):  # a page outside the project: its names file is the project's
        folder = "."
    for i, (kind, ids) in enumerate(kinds.items()):
        set_id = name if i == 0 else f"{name}-{kind}"  # the page's first kind keeps the page's name
        lines = [
            "[[tool.errcodegen.sets]]",
            f"name = {_quote(set_id)}",
            f"kind = {_quote(kind)}",
            f"pages = {{ {locale} = {_quote(page)} }}",
            f"names = {_quote(('' if folder == '.' else folder + '/') + set_id + '.names.toml')}",
        ]
        if len(kinds) > 1:
            lines.append(f"sections = {{ include = [{', '.join(_quote(i) for i in ids)}] }}")
        product = config_mod.default_product(set_id)
        lines.append(f"# product = {{ name = {_quote(product.name)}, short = {_quote(product.short)} }}  # the default, from the name")
        blocks.append("\n".join(lines) + "\n")
    return "\n".join(blocks)


def existing(pyproject: Path) -> tuple[bytes, dict[str, object] | None]:
    """The configuration file's bytes and its `[tool.errcodegen]` table (None when it has none);
    an InitError when no set table can be added to it."""
    before = pyproject.read_bytes() if pyproject.exists() else b""
    try:
        data = tomllib.loads(before.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise InitError(f"{pyproject.name}: not valid TOML ({exc}): nothing added") from None
    tool = data.get("tool", {}).get("errcodegen") if isinstance(data.get("tool"), dict) else None
    if isinstance(tool, dict) and set(tool) - {"out", "templates", "sets"}:
        raise InitError(
            f"{pyproject.name}: [tool.errcodegen] configures its set by top-level keys; move them into a "
            "[[tool.errcodegen.sets]] table first: nothing added"
        )
    return before, tool if isinstance(tool, dict) else None


def add_to(pyproject: Path, text: str) -> None:
    """Append `text` to `pyproject` (creating it, or its `[tool.errcodegen]`, if missing) once the
    whole result loads as a configuration; refuse a project configured by top-level keys."""
    before, tool = existing(pyproject)
    separator = b"" if not before or before.endswith(b"\n\n") else (b"\n" if before.endswith(b"\n") else b"\n\n")
    header = b"" if isinstance(tool, dict) else b"[tool.errcodegen]\n\n"
    added = separator + header + text.encode("utf-8")
    if b"\r\n" in before:  # the file's own line endings
        added = added.replace(b"\n", b"\r\n")
    after = before + added
    folder = pyproject.parent
    fd, tmp = tempfile.mkstemp(prefix=".errcodegen-init-", suffix=".toml", dir=folder)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(after)
        try:
            config_mod.load(Path(tmp))
        except config_mod.ConfigError as exc:
            message = str(exc).replace(str(Path(tmp)), pyproject.name)
            raise InitError(f"with the new set, {message}: nothing added") from None
        if pyproject.exists():
            os.chmod(tmp, pyproject.stat().st_mode & 0o7777)
        os.replace(tmp, pyproject)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)

"""Every identifier rule: derived names, per-target spellings, reserved words, collisions.

One identifier per entry, UPPER_SNAKE, valid in Python, TypeScript and Go (Go spells it
PascalCase behind its category's prefix). Collisions inside a category are resolved by a
rule that looks only at the colliding entries' codes, never at row order.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, replace
from typing import Callable, Iterable, Mapping

from .model import Category, Diagnostic, Document, Entry

MAX_NAME = 40
MAX_WORDS = 4

# Words that carry no meaning in a constant's name.
STOP_WORDS = frozenset(
    """a an the is are was were be been being has have had this that these those it its
    of to for in on at by with from into as during because due so and or but than
    specifically consequently therefore currently may might can could should will would
    please your you we us our there which when while whose who does do did occurred
    """.split()
)
_CAMEL = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|[0-9]+")
_WORD = re.compile(r"[A-Za-z0-9]+")
_SENTENCE_END = re.compile(r"(?<=\w)\.(?:\s|$)|[。；;:：]|\n")
_CLAUSE_END = re.compile(r",| and | but | or | because |，")
_PARENTHESES = re.compile(r"\([^)]*\)|（[^）]*）")


def ascii_words(text: str) -> list[str]:
    """Return the ASCII letter/digit runs of `text` after NFKC (so `ﬁle` gives `file`)."""
    return _WORD.findall(unicodedata.normalize("NFKC", text))


def camel_words(symbol: str) -> list[str]:
    """Split a CamelCase symbol: `CIRoleNotExist` -> [CI, Role, Not, Exist]."""
    out: list[str] = []
    for chunk in ascii_words(symbol):
        out.extend(_CAMEL.findall(chunk))
    return out


def _clause(description: str) -> str:
    first = _SENTENCE_END.split(_PARENTHESES.sub(" ", description).strip(), maxsplit=1)[0]
    return _CLAUSE_END.split(first, maxsplit=1)[0]


def description_words(description: str) -> list[str]:
    """Return the meaningful words of a description's first clause."""
    words = [w for w in ascii_words(_clause(description).replace("-", " ")) if w.lower() not in STOP_WORDS]
    if not words:
        words = [w for w in ascii_words(description) if w.lower() not in STOP_WORDS]
    return words


def _join(words: Iterable[str]) -> str:
    name = ""
    for word in words:
        candidate = f"{name}_{word.upper()}" if name else word.upper()
        if len(candidate) > MAX_NAME:
            break
        name = candidate
    return name


def fallback_name(code: int | str) -> str:
    """Return the name used when nothing better can be derived (`CODE_N103` for -103)."""
    if isinstance(code, str):
        return "CODE"
    return f"CODE_N{-code}" if code < 0 else f"CODE_{code}"


def sanitize(name: str, code: int | str, reserved: frozenset[str] = frozenset()) -> str:
    """Return `name` as a valid UPPER_SNAKE identifier, or the fallback for `code`; a name in
    `reserved` (the member names the outputs reserve: `TypeNames.reserved`) gets `_ERROR`."""
    words = [w for w in re.split(r"[^A-Za-z0-9]+", unicodedata.normalize("NFKC", name)) if w]
    result = _join(words)
    if not result:
        return fallback_name(code)
    if result[0].isdigit():
        result = f"E_{result}"[:MAX_NAME]
    if result in reserved:
        result = f"{result}_ERROR"
    return result


def symbol_name(code: str, reserved: frozenset[str] = frozenset()) -> str:
    """The identifier of a symbolic code, from the code alone and with every word of it: its
    CamelCase words in UPPER_SNAKE, each `.` level apart by a double `_`, so that the levels can
    be read back (`InvalidInput.TaskDuplicated` -> `INVALID_INPUT__TASK_DUPLICATED`). Words never
    hold `_`, so `__` comes from a dot only; no length limit (the code is the identity)."""
    # Accents dropped (`é:ü` -> `E_U`); letters beyond Latin give no word (the fallback name).
    plain = "".join(ch for ch in unicodedata.normalize("NFKD", code) if not unicodedata.combining(ch))
    levels = [camel_words(part) for part in unicodedata.normalize("NFKC", plain).split(".")]
    name = "__".join("_".join(w.upper() for w in words) for words in levels if words)
    if not name:
        return fallback_name(code)
    if name[0].isdigit():
        name = f"E_{name}"
    if name in reserved:
        name = f"{name}_ERROR"
    return name


_SYMBOL_NAME = re.compile(r"[A-Z][A-Z0-9]*(?:__?[A-Z0-9]+)*")


def valid_name(name: str, code: int | str, reserved: frozenset[str] = frozenset()) -> bool:
    """True for a name a names file may give `code`: what `sanitize` keeps for an integer code;
    for a symbolic code any UPPER_SNAKE name, as long as it likes, with `__` between levels."""
    if isinstance(code, str) and _SYMBOL_NAME.fullmatch(name):
        return name not in reserved
    return sanitize(name, code, reserved) == name


def name_levels(name: str) -> list[str]:
    """The levels of a symbolic code's identifier (`symbol_name`): `A_B__C` -> [`A_B`, `C`]."""
    return name.split("__")


def derive(entry: Entry, reserved: frozenset[str] = frozenset()) -> str:
    """Return the derived name of an entry: its symbolic code (whole, see `symbol_name`), else
    its upstream symbol, else its description (these two cut at MAX_NAME characters)."""
    if isinstance(entry.code, str):
        return symbol_name(entry.code, reserved)
    symbol = entry.upstream_name
    if symbol and ascii_words(symbol):
        words = camel_words(symbol)
    else:
        words = description_words(entry.description)[:MAX_WORDS]
    return sanitize("_".join(words), entry.code, reserved)


def pascal(name: str) -> str:
    """UPPER_SNAKE -> PascalCase: `INVALID_APPID_104` -> `InvalidAppid104`; the levels of a
    dotted code stay apart: `INVALID_INPUT__TASK_DUPLICATED` -> `InvalidInput_TaskDuplicated`."""

    def one(level: str) -> str:
        return "".join(part[:1].upper() + part[1:].lower() for part in level.split("_") if part)

    if "__" not in name.strip("_"):
        return one(name)
    return "_".join(p for p in (one(level) for level in name.split("__")) if p)


def collision_key(name: str) -> str:
    """Return the key under which two names collide (NFKC, case-folded, '_' ignored but a
    level break `__` kept: `INVALID__INPUT` is not `INVALID_INPUT`)."""
    folded = unicodedata.normalize("NFKC", name).casefold()
    return ".".join(level.replace("_", "") for level in folded.strip("_").split("__"))


def _no_problem(name: str) -> str | None:
    return None


@dataclass(frozen=True)
class TypeNames:
    """What the outputs reserve of category type names, handed in by the caller from the targets
    (targets/registry.py `type_names`): `shadowed`, the names a derived category name avoids (a
    language's built-in error types, which a generated module would shadow, and the outputs' own
    types ending in `Error`); `problem`, why a names file may not give a name (or None);
    `reserved`, the member names a code's constant may not take as they are (each target's
    `reserved_members`: a name the language or its enum reserves), which get `_ERROR`."""

    shadowed: frozenset[str] = frozenset()
    reserved: frozenset[str] = frozenset()
    problem: Callable[[str], str | None] = _no_problem


# No output's reservations: a model named for no output in particular.
NO_TYPES = TypeNames()


def initialisms_as_words(short: str) -> str:
    """A product's short name with its initialisms spelt as words (`CI` -> Ci, `COS` -> Cos,
    `CIMediaProcessing` -> CiMediaProcessing): Rust's type prefix, and `product_prefix`'s."""
    words = re.findall(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]*[a-z]+|[A-Z]+|[0-9]+", short)
    return "".join(w[:1].upper() + w[1:].lower() for w in words)


def product_prefix(short: str) -> str:
    """A product's short name as the start of a type name (`initialisms_as_words`); `Page` in
    front of one that does not start with an ASCII letter."""
    prefix = initialisms_as_words(short)
    return prefix if prefix[:1].isalpha() else f"Page{prefix}"


def category_name(category_id: str, shadowed: frozenset[str] = frozenset(), reserved: frozenset[str] = frozenset(), product: str = "Page") -> str:
    """Return a category's type name: `persistence_processing` -> `PersistenceProcessingError`
    (`CiAttributeError` where the name is one of `shadowed`, after the product's short name
    `product`: a set's own product, never another's)."""
    base = pascal(sanitize(category_id, 0, reserved).upper()) if category_id else "Category"
    name = f"{base}Error"
    return f"{product_prefix(product)}{name}" if name in shadowed else name  # `attribute` -> CiAttributeError


def _suffix(code: int | str, reserved: frozenset[str]) -> str:
    if isinstance(code, str):
        return sanitize(code, code, reserved).upper()
    return f"N{-code}" if code < 0 else str(code)


def _code_order(code: int | str) -> tuple[bool, int, str]:
    return (isinstance(code, str), code if isinstance(code, int) else 0, str(code))


def _number_the_rest(cat: Category, names: dict[int, str], pinned: Mapping[tuple[str, int | str], str]) -> None:
    """Names that still collide once tagged with their codes: in the order of the codes (never
    of the rows), the first keeps its name and each other code gets `_2`, `_3`, ..."""
    for _ in range(3):
        groups: dict[str, list[Entry]] = {}
        for e in cat.entries:
            groups.setdefault(collision_key(names[id(e)]), []).append(e)
        changed = False
        for members in groups.values():
            codes = sorted({m.code for m in members}, key=_code_order)
            if len(codes) < 2:
                continue
            held = any((cat.id, m.code) in pinned for m in members)
            free = [c for c in codes if (cat.id, c) not in pinned]
            for k, code in enumerate(free):
                if k == 0 and not held:
                    continue
                tag = f"_{k + 1}"
                for m in members:
                    if m.code == code:
                        base = names[id(m)] if isinstance(m.code, str) else names[id(m)][: MAX_NAME - len(tag)].rstrip("_")
                        names[id(m)] = base + tag
                changed = True
        if not changed:
            break


def _symbol_names(doc: Document, pinned: Mapping[tuple[str, int | str], str], reserved: frozenset[str]) -> dict[str, str]:
    """The name of every symbolic code of the page. Symbolic codes are one namespace across the
    page (each output declares one constant per code): codes whose names collide once normalised
    (`ERR_ROOM_ID` and `ErrRoomId`; `TD: 0004` in one table and `TD:0004` in another) are
    numbered in the order of the codes, never of the rows: the first keeps its name, the others
    get `_2`, `_3`, ... A pinned name is kept as recorded."""
    name_of: dict[str, str] = {}
    held: set[str] = set()
    for cat in doc.categories:
        for e in cat.entries:
            if isinstance(e.code, str):
                recorded = pinned.get((cat.id, e.code))
                if recorded is not None and e.code not in held:
                    name_of[e.code] = recorded
                    held.add(e.code)
                else:
                    name_of.setdefault(e.code, derive(e, reserved))
    for _ in range(3):
        groups: dict[str, list[str]] = {}
        for code, name in name_of.items():
            groups.setdefault(collision_key(name), []).append(code)
        changed = False
        for codes in groups.values():
            if len(codes) < 2:
                continue
            free = [c for c in sorted(codes, key=_code_order) if c not in held]
            for k, code in enumerate(free):
                if k == 0 and len(free) == len(codes):
                    continue
                name_of[code] = f"{name_of[code]}_{k + 1}"
                changed = True
        if not changed:
            break
    return name_of


def assign_names(doc: Document, pinned: Mapping[tuple[str, int | str], str] | None = None, types: TypeNames = NO_TYPES) -> Document:
    """Return `doc` with every entry and category named; collisions become diagnostics."""
    pinned = pinned or {}
    diagnostics = list(doc.diagnostics)
    categories: list[Category] = []
    symbols = _symbol_names(doc, pinned, types.reserved)
    for cat in doc.categories:
        wanted = {}
        for e in cat.entries:
            wanted[id(e)] = pinned.get((cat.id, e.code)) or (symbols[e.code] if isinstance(e.code, str) else derive(e, types.reserved))
        names = dict(wanted)
        tagged: set[int] = set()
        # Every colliding entry gets its code: the result does not depend on order. A second
        # pass tags a name that meets a tagged one ("File" -1 -> FILE_1, "File 1" -3 -> FILE_1_3).
        for _ in range(3):
            groups: dict[str, list[Entry]] = {}
            for e in cat.entries:
                groups.setdefault(collision_key(names[id(e)]), []).append(e)
            changed = False
            for members in groups.values():
                if len({x.code for x in members}) < 2:
                    continue
                # How many members share each absolute code (-5 and 5): counted once per group,
                # not once per member (80 000 rows of one text made that quadratic).
                absolute = Counter(abs(m.code) if isinstance(m.code, int) else m.code for m in members)
                for m in members:
                    if id(m) in tagged or (cat.id, m.code) in pinned:
                        continue
                    key = abs(m.code) if isinstance(m.code, int) else m.code
                    ambiguous = absolute[key] > 1 or isinstance(m.code, str)
                    tag = _suffix(m.code, types.reserved) if ambiguous else str(key)
                    # Cut at a word end without its '_', so that the names file reads the name back
                    # (a symbolic code's name is never cut: it holds the whole code).
                    base = names[id(m)] if isinstance(m.code, str) else names[id(m)][: max(MAX_NAME - len(tag) - 1, 1)].rstrip("_")
                    names[id(m)] = f"{base}_{tag}"
                    tagged.add(id(m))
                    changed = True
            if not changed:
                break
        _number_the_rest(cat, names, pinned)
        used: dict[str, Entry] = {}
        for e in cat.entries:
            key = collision_key(names[id(e)])
            if key in used and used[key].code != e.code:
                diagnostics.append(
                    Diagnostic(doc.source, e.line, 1, "error", f"name {names[id(e)]} of code {e.code} collides with code {used[key].code} (line {used[key].line})")
                )
            used.setdefault(key, e)
        entries = tuple(replace(e, name=names[id(e)]) for e in cat.entries)
        categories.append(replace(cat, name=cat.name or category_name(cat.id, types.shadowed, types.reserved, doc.product.short), entries=entries))
    owners: dict[str, Category] = {}
    for cat in categories:
        # Distinct ids can still spell one type name (`download_1_2`, `download_12`; or cut at MAX_NAME).
        first = owners.setdefault(cat.name, cat)
        if first is not cat:
            diagnostics.append(
                Diagnostic(doc.source, max(cat.line, 1), 1, "error", f"type name {cat.name} of category '{cat.id}' "
                           f"is also that of category '{first.id}' (line {first.line}); set another name in the names file")
            )
    return replace(doc, categories=tuple(categories), diagnostics=tuple(diagnostics))

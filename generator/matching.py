"""Matching categories by the codes they hold: one rule for names and for locales.

Used where a heading cannot be trusted to identify a category: applying the pinned names
(`names.py`: a reworded heading keeps its recorded category) and merging the pages of two
locales (`merge.py`: headings differ by language). The rule:

- Categories of the new side are taken in order; each takes the untaken category of the
  old side that shares the most codes with it.
- Ties go to the nearest position (old index closest to the new index), then to the
  earlier old category: deterministic, whatever the hash seed.
- With `majority=True` (names), a candidate must share at least half of the codes of the
  smaller of the two: each part of a split category qualifies (the first on the page keeps
  the identity, the others are new), and a new category that took a code or two from a
  retired one does not inherit its public name. Merging locales takes any shared code: the two pages are one document, and a
  category left unmatched there would come out twice (once per language).

Candidates come from an index by code, so only categories that share a code are ever
compared: close to linear in the number of codes (a code held by k categories costs k
visits for each category holding it).
"""

from __future__ import annotations

from collections.abc import Collection, Hashable, Iterable, Sequence


class Stats:
    """What the matcher did, for tests that check its complexity without a clock."""

    __slots__ = ("visits", "scored")

    def __init__(self) -> None:
        self.visits = 0  # (code, candidate category) pairs read from the index
        self.scored = 0  # (new category, old category) pairs scored


STATS = Stats()


def match(
    old: Sequence[Collection[Hashable]],
    new: Sequence[Collection[Hashable]],
    *,
    taken: Iterable[int] = (),
    done: Iterable[int] = (),
    majority: bool = False,
) -> dict[int, int]:
    """Return {new index: old index} for the categories matched by their codes.

    `old` and `new` are each category's codes, in order. `taken` are old indexes already
    matched some other way (by id) and `done` the new indexes so matched: both are left
    out. Every old category is matched at most once. `majority`: see the module's docstring.
    """
    old_sets = [frozenset(codes) for codes in old]
    used = set(taken)
    by_code: dict[Hashable, list[int]] = {}
    for i, held in enumerate(old_sets):
        if i not in used:
            for code in held:
                by_code.setdefault(code, []).append(i)
    skip = set(done)
    matched: dict[int, int] = {}
    for j, listed in enumerate(new):
        if j in skip:
            continue
        mine = frozenset(listed)
        shared: dict[int, int] = {}
        for code in mine:
            holders = by_code.get(code)
            if holders is None:
                continue
            STATS.visits += len(holders)
            for i in holders:
                if i not in used:
                    shared[i] = shared.get(i, 0) + 1
        best: tuple[int, int, int] | None = None
        for i, count in shared.items():
            STATS.scored += 1
            if majority and count * 2 < min(len(mine), len(old_sets[i])):
                continue
            score = (count, -abs(i - j), -i)
            if best is None or score > best:
                best = score
        if best is not None:
            i = -best[2]
            matched[j] = i
            used.add(i)
    return matched

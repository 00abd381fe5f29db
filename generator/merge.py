"""Merge one page's translations into another's model, by meaning.

Categories are matched by the codes they hold and, when codes do not decide, by their
order (headings differ by language); entries by (category, code); a category's fallback
row with its twin; notes by kind and order. What exists in one language only is kept,
with the text that exists, and reported with both files' lines.
"""

from __future__ import annotations

from dataclasses import replace

from .matching import match
from .model import Category, Diagnostic, Document, Entry, Note, Text


def _match_categories(primary: Document, other: Document) -> dict[int, int]:
    """Map other's category index -> primary's, by shared codes first, then by position."""
    matched = match([[e.code for e in c.entries] for c in primary.categories], [[e.code for e in c.entries] for c in other.categories])
    taken = set(matched.values())
    for j, oc in enumerate(other.categories):
        if j not in matched and j < len(primary.categories) and j not in taken and not oc.entries:
            matched[j] = j
            taken.add(j)
    return matched


def merge(primary: Document, locale: str, other: Document) -> Document:
    """Return `primary` with `other`'s texts as the `locale` translation of each item."""
    diagnostics = list(primary.diagnostics) + list(other.diagnostics)
    matched = _match_categories(primary, other)
    by_primary = {i: j for j, i in matched.items()}
    categories: list[Category] = []
    for i, pc in enumerate(primary.categories):
        j = by_primary.get(i)
        if j is None:
            diagnostics.append(
                Diagnostic(primary.source, pc.line, 1, "warning", f"category '{pc.title}' has no {locale} counterpart in {other.source}")
            )
            categories.append(pc)
            continue
        oc = other.categories[j]
        theirs: dict[object, list[Entry]] = {}
        for e in oc.entries:
            theirs.setdefault((e.code, e.http_status), []).append(e)
        entries: list[Entry] = []
        for e in pc.entries:
            twins = theirs.get((e.code, e.http_status))
            if twins:
                t = twins.pop(0)
                entries.append(replace(e, translations=e.translations + (Text(locale, t.description, t.action),)))
            else:
                diagnostics.append(
                    Diagnostic(
                        primary.source,
                        e.line,
                        1,
                        "warning",
                        f"code {e.code} of '{pc.title}' has no {locale} text in {other.source} (category at line {oc.line})",
                    )
                )
                entries.append(e)
        for e in (e for twins in theirs.values() for e in twins):
            diagnostics.append(
                Diagnostic(
                    other.source,
                    e.line,
                    1,
                    "warning",
                    f"code {e.code} is not in '{pc.title}' of {primary.source} (line {pc.line}); kept with its {locale} text only",
                )
            )
            entries.append(replace(e, translations=(Text(locale, e.description, e.action),)))
        if (pc.fallback is None) != (oc.fallback is None):
            diagnostics.append(
                Diagnostic(primary.source, pc.line, 1, "warning", f"fallback row of '{pc.title}' exists in one language only ({other.source}:{oc.line})")
            )
        title = Text(locale, oc.title, oc.fallback)
        categories.append(replace(pc, entries=tuple(entries), translations=pc.translations + (title,)))
    for j, oc in enumerate(other.categories):
        if j not in matched:
            diagnostics.append(
                Diagnostic(other.source, oc.line, 1, "warning", f"category '{oc.title}' matches no category of {primary.source}; kept with its {locale} text only")
            )
            only = tuple(replace(e, translations=(Text(locale, e.description, e.action),)) for e in oc.entries)
            categories.append(replace(oc, entries=only, translations=(Text(locale, oc.title, oc.fallback),)))
    notes: list[Note] = []
    pool = list(other.notes)
    for n in primary.notes:
        twin = next((o for o in pool if o.kind == n.kind), None)
        if twin is not None:
            pool.remove(twin)
            notes.append(replace(n, translations=n.translations + (Text(locale, twin.text),)))
        else:
            notes.append(n)
    return replace(
        primary,
        categories=tuple(categories),
        notes=tuple(notes),
        diagnostics=tuple(sorted(diagnostics, key=lambda d: (d.file != primary.source, d.file, d.line, d.column))),
        locales=primary.locales + (locale,),
        sources=primary.sources + ((other.source, other.sha256),),
    )


def cross_reference(names: list[str], docs: list[Document]) -> list[Document]:
    """Return `docs` with `see_also` filled in where two sets name the same symbol.

    A page of symbolic codes (the media-processing job page's `InvalidArgument`) and a page
    whose table gives the same symbol as an upstream name (`1015 InvalidArgument`) point at
    each other, so that a user can go from one to the other.
    """
    symbols: dict[str, list[tuple[str, str, int | str]]] = {}
    for set_name, doc in zip(names, docs):
        for c, e in doc.entries():
            symbol = e.code if isinstance(e.code, str) else e.upstream_name
            if symbol and not e.deprecated:
                symbols.setdefault(symbol, []).append((set_name, c.id, e.code))
    result = []
    for set_name, doc in zip(names, docs):
        categories = []
        for c in doc.categories:
            entries = []
            for e in c.entries:
                symbol = e.code if isinstance(e.code, str) else e.upstream_name
                refs = tuple(sorted({r for r in symbols.get(symbol or "", []) if r[0] != set_name}, key=str))
                entries.append(replace(e, see_also=refs) if refs != e.see_also else e)
            categories.append(replace(c, entries=tuple(entries)))
        result.append(replace(doc, categories=tuple(categories), set_name=set_name))
    return result

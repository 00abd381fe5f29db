"""The texts of a document's other locales, in the shape every target renders them.

The default locale's texts are the model's own fields (`description`, `action`, `title`,
`fallback`); each other locale's are the `Text` its page gave. Every target carries those as
they are and, asked for a text in a locale, falls back to the default locale's text where
that locale has none, each text on its own (as gettext does per message): a code the
locale's page does not list gives the default description and action; a row without an
action (or a section without a fallback row) gives the default action (or fallback).
"""

from __future__ import annotations

from ..model import Category, Document, Entry, Text


def other_locales(doc: Document) -> tuple[str, ...]:
    """Return the document's locales but the default, in the configured order."""
    return tuple(locale for locale in doc.locales if locale != doc.locale)


def translations(item: Entry | Category, doc: Document) -> tuple[Text, ...]:
    """Return the item's texts in the document's other locales, in the document's locale order."""
    found = {t.locale: t for t in item.translations}
    return tuple(found[locale] for locale in other_locales(doc) if locale in found)


def entry_texts(doc: Document, locale: str) -> list[tuple[Category, Entry, Text]]:
    """Return every entry that has a text in `locale`, with that text, in document order."""
    out = []
    for c, e in doc.entries():
        text = e.text(locale)
        if text is not None:
            out.append((c, e, text))
    return out


def category_texts(doc: Document, locale: str) -> list[tuple[Category, Text]]:
    """Return every category that has a title in `locale`, with that text, in document order."""
    out = []
    for c in doc.categories:
        text = c.text(locale)
        if text is not None:
            out.append((c, text))
    return out


def localized(item: Entry, doc: Document, locale: str) -> tuple[str, str | None]:
    """Return an entry's (description, action) in `locale`: each the default locale's where it has none."""
    text = item.text(locale) if locale != doc.locale else None
    if text is None:
        return item.description, item.action
    return text.description, item.action if text.action is None else text.action

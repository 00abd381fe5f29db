from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'python/module.py.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_view = resolve('view')
    l_0_exceptions = resolve('exceptions')
    l_0_locales_on_one_line = resolve('locales_on_one_line')
    l_0_categories_on_one_line = resolve('categories_on_one_line')
    try:
        t_1 = environment.filters['ident']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'ident' found.")
    try:
        t_2 = environment.filters['py_comment']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'py_comment' found.")
    try:
        t_3 = environment.filters['py_lit']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'py_lit' found.")
    try:
        t_4 = environment.filters['py_opt_str']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'py_opt_str' found.")
    try:
        t_5 = environment.filters['py_str']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'py_str' found.")
    pass
    yield '# '
    yield str(environment.finalize(t_2(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'header'))))
    yield '\n"""Tencent Cloud Infinite (CI) error codes: one IntEnum per category of the upstream page.\n\nEvery member carries ``description``, ``action`` (None where the page lists no action),\n``category`` and ``deprecated``. ``lookup(code)`` returns every member with that code,\nacross categories; ``from_header(value)`` does the same for an ``X-ErrNo`` header value.\n``member.variants`` gives every row of the page with that code in that category (several\nwhere the page lists the code on several rows of its table).\n\n``raise_for_header(value)`` raises the ``CIException`` of an ``X-ErrNo`` header value:\none subclass per category (``DownloadError`` -> ``DownloadException``); a code of several\ncategories raises one that each of their classes catches. ``exception_for(code)`` is the\nclass it raises for a code.\n\nTexts are in the default locale, ``DEFAULT_LOCALE``; ``member.text(locale)`` and\n``member.category.text(locale)`` give them in any locale of ``LOCALES``, each text falling\nback to the default locale\'s where that locale\'s page has none.\n"""\n\nfrom __future__ import annotations\n\nimport warnings\nfrom enum import EnumMeta, IntEnum\nfrom typing import Any, Final, NamedTuple, cast\n\n__all__ = [\n    "CATEGORIES",\n    "CIError",\n    "CIException",\n    "Category",\n    "CategoryText",\n    "DEFAULT_LOCALE",\n    "DEPRECATED",\n    "LOCALES",\n    "LocalizedText",\n    "Variant",\n'
    for l_1_c in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'categories'):
        _loop_vars = {}
        pass
        yield '    "'
        yield str(environment.finalize(t_1(environment.getattr(l_1_c, 'name'))))
        yield '",\n'
    l_1_c = missing
    for (l_1__, l_1_exception) in (undefined(name='exceptions') if l_0_exceptions is missing else l_0_exceptions):
        _loop_vars = {}
        pass
        yield '    "'
        yield str(environment.finalize(t_1(l_1_exception)))
        yield '",\n'
    l_1__ = l_1_exception = missing
    yield '    "exception_for",\n    "from_header",\n    "lookup",\n    "raise_for_header",\n]\n\n\n# The locale of ``description``, ``action``, ``title`` and ``fallback``.\nDEFAULT_LOCALE: Final = '
    yield str(environment.finalize(t_5(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'locale'))))
    yield '\n'
    if (undefined(name='locales_on_one_line') if l_0_locales_on_one_line is missing else l_0_locales_on_one_line):
        pass
        yield '# Every locale of the upstream page, the default first.\nLOCALES: Final[tuple[str, ...]] = ('
        yield str(environment.finalize(t_5(environment.getitem(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'locales'), 0))))
        yield ',)\n'
    else:
        pass
        yield '# Every locale of the upstream page, the default first.\nLOCALES: Final[tuple[str, ...]] = (\n'
        for l_1_locale in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'locales'):
            _loop_vars = {}
            pass
            yield '    '
            yield str(environment.finalize(t_5(l_1_locale)))
            yield ',\n'
        l_1_locale = missing
        yield ')\n'
    yield '\n\nclass LocalizedText(NamedTuple):\n    """A code\'s texts in one locale: what it means and what to do (None: no action listed)."""\n\n    description: str\n    action: str | None\n\n\nclass Variant(NamedTuple):\n    """One row of the page for a code. A code on several rows of its table has one per row,\n    told apart by ``value``, the row\'s text in the column headed ``column``."""\n\n    code: int\n    description: str\n    action: str | None\n    column: str | None\n    value: str | None\n\n\nclass CategoryText(NamedTuple):\n    """A category\'s texts in one locale: its heading and fallback text."""\n\n    title: str\n    fallback: str | None\n\n\n'
    l_1_translated = True
    pass
    template = environment.get_template('python/category.py.j2', 'python/module.py.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'translated': l_1_translated}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    l_1_translated = missing
    yield '\n\n'
    l_1_by_class = True
    pass
    template = environment.get_template('python/retired.py.j2', 'python/module.py.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'by_class': l_1_by_class}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    l_1_by_class = missing
    yield '\n\nclass CIError(IntEnum, metaclass=_CIErrorType):\n    """Base class of every category\'s enum; it has no members of its own."""\n\n    @property\n    def category(self) -> Category:\n        """The category this code belongs to."""\n        return _CATEGORY_OF[type(self).__name__]\n\n    @property\n    def description(self) -> str:\n        """What the code means, in the upstream page\'s words."""\n        return _TEXTS[type(self).__name__, self.value][0]\n\n    @property\n    def action(self) -> str | None:\n        """What to do about it, or None where the page lists no action."""\n        return _TEXTS[type(self).__name__, self.value][1]\n\n    @property\n    def deprecated(self) -> bool:\n        """True for a code the page no longer lists, kept so that no constant vanishes."""\n        return (type(self).__name__, self.name) in _RETIRED_NAMES\n\n    @property\n    def see_also(self) -> tuple[tuple[str, str, int | str], ...]:\n        """Where other pages give the same code: (set, category, code) each."""\n        return _SEE_ALSO.get((type(self).__name__, self.value), ())\n\n    @property\n    def variants(self) -> tuple[Variant, ...]:\n        """Every row of the page with this code in this category, in the page\'s order."""\n        found = _VARIANTS.get((type(self).__name__, self.value))\n        if found is not None:\n            return found\n        return (Variant(self.value, self.description, self.action, None, None),)\n\n    def text(self, locale: str) -> LocalizedText:\n        """The description and action in ``locale``; each the default locale\'s where it has none."""\n        description, action = _TEXTS[type(self).__name__, self.value]\n        found = _TRANSLATIONS.get(locale, {}).get((type(self).__name__, self.value))\n        if found is None:\n            return LocalizedText(description, action)\n        if found.action is not None:\n            action = found.action\n        return LocalizedText(found.description, action)\n'
    for l_1_c in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'categories'):
        l_1_title = missing
        _loop_vars = {}
        pass
        l_1_title = t_2(environment.getattr(l_1_c, 'title'))
        _loop_vars['title'] = l_1_title
        yield '\n\n'
        if (undefined(name='title') if l_1_title is missing else l_1_title):
            pass
            yield '# '
            yield str(environment.finalize((undefined(name='title') if l_1_title is missing else l_1_title)))
            yield '\n'
        yield 'class '
        yield str(environment.finalize(t_1(environment.getattr(l_1_c, 'name'))))
        yield '(CIError):\n    """Codes of the category ``'
        yield str(environment.finalize(t_1(environment.getattr(l_1_c, 'id'))))
        yield '``."""\n'
        if environment.getattr(l_1_c, 'entries'):
            pass
            yield '\n'
        for l_2_e in environment.getattr(l_1_c, 'entries'):
            _loop_vars = {}
            pass
            if environment.getattr(l_2_e, 'deprecated'):
                pass
                yield '    # Deprecated: retired from the upstream page; kept so that code using it still runs.\n'
            yield '    '
            yield str(environment.finalize(t_1(environment.getattr(l_2_e, 'name'))))
            yield ' = '
            yield str(environment.finalize(t_3(environment.getattr(l_2_e, 'code'))))
            yield '\n'
        l_2_e = missing
    l_1_c = l_1_title = missing
    yield '\n\n'
    if (undefined(name='categories_on_one_line') if l_0_categories_on_one_line is missing else l_0_categories_on_one_line):
        pass
        yield 'CATEGORIES: Final[tuple[type[CIError], ...]] = ('
        yield str(environment.finalize(t_1(environment.getattr(environment.getitem(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'categories'), 0), 'name'))))
        yield ',)\n'
    elif environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'categories'):
        pass
        yield 'CATEGORIES: Final[tuple[type[CIError], ...]] = (\n'
        for l_1_c in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'categories'):
            _loop_vars = {}
            pass
            yield '    '
            yield str(environment.finalize(t_1(environment.getattr(l_1_c, 'name'))))
            yield ',\n'
        l_1_c = missing
        yield ')\n'
    if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'categories'):
        pass
        yield '\n_CATEGORY_OF: Final[dict[str, Category]] = {\n'
        for l_1_c in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'categories'):
            _loop_vars = {}
            pass
            yield '    "'
            yield str(environment.finalize(t_1(environment.getattr(l_1_c, 'name'))))
            yield '": Category(\n        '
            yield str(environment.finalize(t_5(environment.getattr(l_1_c, 'id'))))
            yield ',\n        '
            yield str(environment.finalize(t_5(environment.getattr(l_1_c, 'title'))))
            yield ',\n        '
            yield str(environment.finalize(t_4(environment.getattr(l_1_c, 'fallback'))))
            yield ',\n    ),\n'
        l_1_c = missing
        yield '}\n'
    if (not environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'categories')):
        pass
        yield 'CATEGORIES: Final[tuple[type[CIError], ...]] = ()\n\n_CATEGORY_OF: Final[dict[str, Category]] = {}\n'
    yield '\n'
    if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'entries'):
        pass
        yield '_TEXTS: Final[dict[tuple[str, int], tuple[str, str | None]]] = {\n'
        for (l_1_c, l_1_e) in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'entries'):
            _loop_vars = {}
            pass
            yield '    ("'
            yield str(environment.finalize(t_1(environment.getattr(l_1_c, 'name'))))
            yield '", '
            yield str(environment.finalize(t_3(environment.getattr(l_1_e, 'code'))))
            yield '): (\n        '
            yield str(environment.finalize(t_5(environment.getattr(l_1_e, 'description'))))
            yield ',\n        '
            yield str(environment.finalize(t_4(environment.getattr(l_1_e, 'action'))))
            yield ',\n    ),\n'
        l_1_c = l_1_e = missing
        yield '}\n'
    else:
        pass
        yield '_TEXTS: Final[dict[tuple[str, int], tuple[str, str | None]]] = {}\n'
    yield '\n# The codes the page lists on several rows of one table: every row (see ``variants``).\n'
    if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'varied'):
        pass
        yield '_VARIANTS: Final[dict[tuple[str, int], tuple[Variant, ...]]] = {\n'
        for (l_1_c, l_1_e) in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'varied'):
            _loop_vars = {}
            pass
            yield '    ("'
            yield str(environment.finalize(t_1(environment.getattr(l_1_c, 'name'))))
            yield '", '
            yield str(environment.finalize(t_3(environment.getattr(l_1_e, 'code'))))
            yield '): (\n'
            for l_2_v in environment.getattr(l_1_e, 'variants'):
                _loop_vars = {}
                pass
                yield '        Variant(\n            code='
                yield str(environment.finalize(t_3(environment.getattr(l_2_v, 'code'))))
                yield ',\n            description='
                yield str(environment.finalize(t_5(environment.getattr(l_2_v, 'description'))))
                yield ',\n            action='
                yield str(environment.finalize(t_4(environment.getattr(l_2_v, 'action'))))
                yield ',\n            column='
                yield str(environment.finalize(t_4((environment.getitem(environment.getattr(l_2_v, 'variant'), 0) if environment.getattr(l_2_v, 'variant') else None))))
                yield ',\n            value='
                yield str(environment.finalize(t_4((environment.getitem(environment.getattr(l_2_v, 'variant'), 1) if environment.getattr(l_2_v, 'variant') else None))))
                yield ',\n        ),\n'
            l_2_v = missing
            yield '    ),\n'
        l_1_c = l_1_e = missing
        yield '}\n'
    else:
        pass
        yield '_VARIANTS: Final[dict[tuple[str, int], tuple[Variant, ...]]] = {}\n'
    yield "\n# Where other pages give the same code (e.g. the job page's symbolic code).\n"
    if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'referring'):
        pass
        yield '_SEE_ALSO: Final[dict[tuple[str, int], tuple[tuple[str, str, int | str], ...]]] = {\n'
        for (l_1_c, l_1_e) in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'referring'):
            _loop_vars = {}
            pass
            yield '    ("'
            yield str(environment.finalize(t_1(environment.getattr(l_1_c, 'name'))))
            yield '", '
            yield str(environment.finalize(t_3(environment.getattr(l_1_e, 'code'))))
            yield '): (\n'
            for (l_2_s, l_2_sc, l_2_code) in environment.getattr(l_1_e, 'see_also'):
                _loop_vars = {}
                pass
                yield '        (\n            '
                yield str(environment.finalize(t_5(l_2_s)))
                yield ',\n            '
                yield str(environment.finalize(t_5(l_2_sc)))
                yield ',\n            '
                yield str(environment.finalize(t_3(l_2_code)))
                yield ',\n        ),\n'
            l_2_s = l_2_sc = l_2_code = missing
            yield '    ),\n'
        l_1_c = l_1_e = missing
        yield '}\n'
    else:
        pass
        yield '_SEE_ALSO: Final[dict[tuple[str, int], tuple[tuple[str, str, int | str], ...]]] = {}\n'
    yield '\n# The texts of the other locales as their pages give them (None: no action or fallback).\n'
    if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'other_locales'):
        pass
        yield '_TRANSLATIONS: Final[dict[str, dict[tuple[str, int], LocalizedText]]] = {\n'
        for l_1_locale in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'other_locales'):
            l_1_texts = missing
            _loop_vars = {}
            pass
            l_1_texts = context.call(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'entry_texts'), l_1_locale, _loop_vars=_loop_vars)
            _loop_vars['texts'] = l_1_texts
            if (undefined(name='texts') if l_1_texts is missing else l_1_texts):
                pass
                yield '    '
                yield str(environment.finalize(t_5(l_1_locale)))
                yield ': {\n'
                for (l_2_c, l_2_e, l_2_t) in (undefined(name='texts') if l_1_texts is missing else l_1_texts):
                    _loop_vars = {}
                    pass
                    yield '        ("'
                    yield str(environment.finalize(t_1(environment.getattr(l_2_c, 'name'))))
                    yield '", '
                    yield str(environment.finalize(t_3(environment.getattr(l_2_e, 'code'))))
                    yield '): LocalizedText(\n            '
                    yield str(environment.finalize(t_5(environment.getattr(l_2_t, 'description'))))
                    yield ',\n            '
                    yield str(environment.finalize(t_4(environment.getattr(l_2_t, 'action'))))
                    yield ',\n        ),\n'
                l_2_c = l_2_e = l_2_t = missing
                yield '    },\n'
            else:
                pass
                yield '    '
                yield str(environment.finalize(t_5(l_1_locale)))
                yield ': {},\n'
        l_1_locale = l_1_texts = missing
        yield '}\n_CATEGORY_TEXTS: Final[dict[str, dict[str, CategoryText]]] = {\n'
        for l_1_locale in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'other_locales'):
            l_1_texts = missing
            _loop_vars = {}
            pass
            l_1_texts = context.call(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'category_texts'), l_1_locale, _loop_vars=_loop_vars)
            _loop_vars['texts'] = l_1_texts
            if (undefined(name='texts') if l_1_texts is missing else l_1_texts):
                pass
                yield '    '
                yield str(environment.finalize(t_5(l_1_locale)))
                yield ': {\n'
                for (l_2_c, l_2_t) in (undefined(name='texts') if l_1_texts is missing else l_1_texts):
                    _loop_vars = {}
                    pass
                    yield '        '
                    yield str(environment.finalize(t_5(environment.getattr(l_2_c, 'id'))))
                    yield ': CategoryText(\n            '
                    yield str(environment.finalize(t_5(environment.getattr(l_2_t, 'description'))))
                    yield ',\n            '
                    yield str(environment.finalize(t_4(environment.getattr(l_2_t, 'action'))))
                    yield ',\n        ),\n'
                l_2_c = l_2_t = missing
                yield '    },\n'
            else:
                pass
                yield '    '
                yield str(environment.finalize(t_5(l_1_locale)))
                yield ': {},\n'
        l_1_locale = l_1_texts = missing
        yield '}\n'
    else:
        pass
        yield '_TRANSLATIONS: Final[dict[str, dict[tuple[str, int], LocalizedText]]] = {}\n_CATEGORY_TEXTS: Final[dict[str, dict[str, CategoryText]]] = {}\n'
    yield '\n\n'
    l_1_by_class = True
    pass
    template = environment.get_template('python/retire.py.j2', 'python/module.py.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'by_class': l_1_by_class}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    l_1_by_class = missing
    yield '\n\ndef _index() -> dict[int, tuple[CIError, ...]]:\n    index: dict[int, tuple[CIError, ...]] = {}\n    for enum_class in CATEGORIES:\n        for member in enum_class:\n            index[member.value] = index.get(member.value, ()) + (member,)\n    return index\n\n\n_BY_CODE: Final[dict[int, tuple[CIError, ...]]] = _index()\n\n\ndef lookup(code: int) -> tuple[CIError, ...]:\n    """Return every member with this code, across categories; () for an unknown code."""\n    return _BY_CODE.get(code, ())\n\n\ndef from_header(value: str | bytes | None) -> tuple[CIError, ...]:\n    """Return the members for an ``X-ErrNo`` header value such as ``" -46618 "``; () if none."""\n    if value is None:\n        return ()\n    code = _header_code(value)\n    return () if code is None else lookup(code)\n\n\ndef _header_code(value: str | bytes) -> int | None:\n    """The code of a header value (surrounding spaces, tabs and newlines ignored); None if malformed."""\n    if isinstance(value, bytes):\n        value = value.decode("ascii", "replace")\n    text = value.strip(" \\t\\r\\n")\n    digits = text[1:] if text[:1] in ("-", "+") else text\n    if not (0 < len(digits) <= 18 and digits.isascii() and digits.isdigit()):\n        return None\n    return int(text)\n\n\n# The description of a code the upstream page does not list.\n_UNKNOWN: Final = "An error code that the upstream error-code page does not list."\n\n\nclass CIException(Exception):\n    """An error code, raised: ``code``, ``errors`` (every member with that code, across\n    categories; () for an unknown code) and ``description`` (the first member\'s)."""\n\n    code: int\n    errors: tuple[CIError, ...]\n\n    def __init__(self, code: int) -> None:\n        super().__init__(code)\n        self.code = code\n        self.errors = lookup(code)\n\n    @property\n    def description(self) -> str:\n        """What the code means: the first member\'s description, or a generic text if unknown."""\n        return self.errors[0].description if self.errors else _UNKNOWN\n\n    def __str__(self) -> str:\n        names = ", ".join(f"{type(e).__name__}.{e.name}" for e in self.errors)\n        if not names:\n            return f"{self.code}: {self.description}"\n        return f"{self.code} ({names}): {self.description}"\n\n    def __reduce__(self) -> tuple[Any, ...]:\n        return (_exception, (self.code,))\n'
    for (l_1_c, l_1_exception) in (undefined(name='exceptions') if l_0_exceptions is missing else l_0_exceptions):
        _loop_vars = {}
        pass
        yield '\n\nclass '
        yield str(environment.finalize(t_1(l_1_exception)))
        yield '(CIException):\n    """Raised for a code of ``'
        yield str(environment.finalize(t_1(environment.getattr(l_1_c, 'name'))))
        yield '``."""\n'
    l_1_c = l_1_exception = missing
    yield '\n\n'
    if (undefined(name='exceptions') if l_0_exceptions is missing else l_0_exceptions):
        pass
        yield "# Each category's exception, by the name of its enum class.\n_EXCEPTION_OF: Final[dict[str, type[CIException]]] = {\n"
        for (l_1_c, l_1_exception) in (undefined(name='exceptions') if l_0_exceptions is missing else l_0_exceptions):
            _loop_vars = {}
            pass
            yield '    "'
            yield str(environment.finalize(t_1(environment.getattr(l_1_c, 'name'))))
            yield '": '
            yield str(environment.finalize(t_1(l_1_exception)))
            yield ',\n'
        l_1_c = l_1_exception = missing
        yield '}\n'
    else:
        pass
        yield "# Each category's exception, by the name of its enum class.\n_EXCEPTION_OF: Final[dict[str, type[CIException]]] = {}\n"
    yield '\n\ndef _exceptions() -> dict[int, type[CIException]]:\n    # A code of several categories: one subclass of each of their exceptions (made once).\n    shared: dict[tuple[type[CIException], ...], type[CIException]] = {}\n    index: dict[int, type[CIException]] = {}\n    for code, members in _BY_CODE.items():\n        bases = tuple(dict.fromkeys(_EXCEPTION_OF[type(m).__name__] for m in members))\n        if len(bases) == 1:\n            index[code] = bases[0]\n            continue\n        if bases not in shared:\n            name = "_".join(b.__name__ for b in bases)\n            namespace = {"__module__": __name__, "__qualname__": name, "__doc__": None}\n            shared[bases] = cast("type[CIException]", type(name, bases, namespace))\n        index[code] = shared[bases]\n    return index\n\n\n_EXCEPTION_FOR: Final[dict[int, type[CIException]]] = _exceptions()\n\n\ndef exception_for(code: int) -> type[CIException]:\n    """The exception class raised for this code: ``CIException`` for an unknown code."""\n    return _EXCEPTION_FOR.get(code, CIException)\n\n\ndef _exception(code: int) -> CIException:\n    return exception_for(code)(code)\n\n\ndef raise_for_header(value: str | bytes | None) -> None:\n    """Raise the exception of an ``X-ErrNo`` header value such as ``b" -46618\\\\n"``.\n\n    Returns None for None or a blank value; a malformed one raises ValueError.\n    """\n    if value is None:\n        return None\n    if isinstance(value, bytes):\n        value = value.decode("ascii", "replace")\n    if not value.strip(" \\t\\r\\n"):\n        return None\n    code = _header_code(value)\n    if code is None:\n        raise ValueError(f"not an X-ErrNo value: {value!r}")\n    raise _exception(code)\n'

blocks = {}
debug_info = '1=46&37=48&38=52&40=55&41=59&51=63&52=65&54=68&58=73&59=77&90=84&93=94&141=102&142=106&145=109&147=112&149=115&150=117&151=119&154=122&155=125&158=129&163=136&164=139&165=141&167=144&168=148&172=152&175=155&176=159&177=161&178=163&179=165&184=169&190=173&192=176&193=180&194=184&195=186&204=194&206=197&207=201&208=205&210=209&211=211&212=213&213=215&214=217&225=227&227=230&228=234&229=238&231=242&232=244&233=246&244=256&246=259&247=263&248=265&249=268&250=270&251=274&252=278&253=280&258=287&263=291&264=295&265=297&266=300&267=302&268=306&269=308&270=310&275=317&285=327&352=335&355=339&356=341&360=345&363=348&364=352'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'python/module.py.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_view = resolve('view')
    l_0_root = resolve('root')
    l_0_exceptions = resolve('exceptions')
    l_0_base = resolve('base')
    l_0_locales_on_one_line = resolve('locales_on_one_line')
    l_0_categories_on_one_line = resolve('categories_on_one_line')
    l_0_status_classes = resolve('status_classes')
    l_0_row_statuses = resolve('row_statuses')
    l_0_retryable_codes = resolve('retryable_codes')
    try:
        t_1 = environment.filters['ident']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'ident' found.")
    try:
        t_2 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_3 = environment.filters['py_comment']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'py_comment' found.")
    try:
        t_4 = environment.filters['py_doc']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'py_doc' found.")
    try:
        t_5 = environment.filters['py_lit']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'py_lit' found.")
    try:
        t_6 = environment.filters['py_opt_str']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'py_opt_str' found.")
    try:
        t_7 = environment.filters['py_str']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'py_str' found.")
    pass
    yield '# '
    yield str(environment.finalize(t_3(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'header'))))
    yield '\n"""'
    yield str(environment.finalize(t_4(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'product_label'))))
    yield ' error codes: one IntEnum per category of the upstream page.\n\nEvery member carries ``description``, ``action`` (None where the page lists no action),\n``category`` and ``deprecated``. ``lookup(code)`` returns every member with that code,\nacross categories; ``from_header(value)`` does the same for an ``X-ErrNo`` header value.\n``member.variants`` gives every row of the page with that code in that category (several\nwhere the page lists the code on several rows of its table).\n\n``'
    yield str(environment.finalize(t_1((undefined(name='root') if l_0_root is missing else l_0_root))))
    yield '`` is the error of a response: its code, HTTP status, the server\'s message,\nrequest and trace ids, ``fault`` and ``retryable``; one subclass per category\n(``DownloadError`` -> ``DownloadException``), and a code of several categories gives one\nthat each of their classes catches. ``error_for(status=..., headers=..., ...)`` makes it\nwithout raising, ``raise_for_header(value)`` raises it for an ``X-ErrNo`` header value,\n``from_cos_error(err)`` makes it from the Python SDK\'s ``CosServiceError`` (install\n``keep_headers`` as a ``requests`` response hook to keep ``X-ErrNo``, which the SDK drops),\nand ``exception_for(code, status)`` is its class.\n\nTexts are in the default locale, ``DEFAULT_LOCALE``; ``member.text(locale)`` and\n``member.category.text(locale)`` give them in any locale of ``LOCALES``, each text falling\nback to the default locale\'s where that locale\'s page has none.\n"""\n\nfrom __future__ import annotations\n\nimport threading\nimport warnings\nfrom enum import EnumMeta, IntEnum\nfrom typing import Any, Final, Iterable, Literal, NamedTuple, Protocol, cast\n\n__all__ = [\n    "CATEGORIES",\n    "Category",\n    "CategoryText",\n    "DEFAULT_LOCALE",\n    "DEPRECATED",\n    "LOCALES",\n    "LocalizedText",\n    "Variant",\n'
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
    yield '    "'
    yield str(environment.finalize(t_1((undefined(name='base') if l_0_base is missing else l_0_base))))
    yield '",\n    "'
    yield str(environment.finalize(t_1((undefined(name='root') if l_0_root is missing else l_0_root))))
    yield '",\n    "error_for",\n    "exception_for",\n    "from_cos_error",\n    "from_header",\n    "keep_headers",\n    "lookup",\n    "raise_for_header",\n]\n\n\n# The locale of ``description``, ``action``, ``title`` and ``fallback``.\nDEFAULT_LOCALE: Final = '
    yield str(environment.finalize(t_7(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'locale'))))
    yield '\n'
    if (undefined(name='locales_on_one_line') if l_0_locales_on_one_line is missing else l_0_locales_on_one_line):
        pass
        yield '# Every locale of the upstream page, the default first.\nLOCALES: Final[tuple[str, ...]] = ('
        yield str(environment.finalize(t_7(environment.getitem(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'locales'), 0))))
        yield ',)\n'
    else:
        pass
        yield '# Every locale of the upstream page, the default first.\nLOCALES: Final[tuple[str, ...]] = (\n'
        for l_1_locale in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'locales'):
            _loop_vars = {}
            pass
            yield '    '
            yield str(environment.finalize(t_7(l_1_locale)))
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
    yield '\n\nclass '
    yield str(environment.finalize(t_1((undefined(name='base') if l_0_base is missing else l_0_base))))
    yield '(IntEnum, metaclass=_ErrorType):\n    """Base class of every category\'s enum; it has no members of its own."""\n\n    @property\n    def category(self) -> Category:\n        """The category this code belongs to."""\n        return _CATEGORY_OF[type(self).__name__]\n\n    @property\n    def description(self) -> str:\n        """What the code means, in the upstream page\'s words."""\n        return _TEXTS[type(self).__name__, self.value][0]\n\n    @property\n    def action(self) -> str | None:\n        """What to do about it, or None where the page lists no action."""\n        return _TEXTS[type(self).__name__, self.value][1]\n\n    @property\n    def deprecated(self) -> bool:\n        """True for a code the page no longer lists, kept so that no constant vanishes."""\n        return (type(self).__name__, self.name) in _RETIRED_NAMES\n\n    @property\n    def see_also(self) -> tuple[tuple[str, str, int | str], ...]:\n        """Where other pages give the same code: (set, category, code) each."""\n        return _SEE_ALSO.get((type(self).__name__, self.value), ())\n\n    @property\n    def variants(self) -> tuple[Variant, ...]:\n        """Every row of the page with this code in this category, in the page\'s order."""\n        found = _VARIANTS.get((type(self).__name__, self.value))\n        if found is not None:\n            return found\n        return (Variant(self.value, self.description, self.action, None, None),)\n\n    def text(self, locale: str) -> LocalizedText:\n        """The description and action in ``locale``; each the default locale\'s where it has none."""\n        description, action = _TEXTS[type(self).__name__, self.value]\n        found = _TRANSLATIONS.get(locale, {}).get((type(self).__name__, self.value))\n        if found is None:\n            return LocalizedText(description, action)\n        if found.action is not None:\n            action = found.action\n        return LocalizedText(found.description, action)\n'
    for l_1_c in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'categories'):
        l_1_title = missing
        _loop_vars = {}
        pass
        l_1_title = t_3(environment.getattr(l_1_c, 'title'))
        _loop_vars['title'] = l_1_title
        yield '\n\n'
        if (undefined(name='title') if l_1_title is missing else l_1_title):
            pass
            yield '# '
            yield str(environment.finalize((undefined(name='title') if l_1_title is missing else l_1_title)))
            yield '\n'
        if (t_2(str_join(('class ', environment.getattr(l_1_c, 'name'), '(', (undefined(name='base') if l_0_base is missing else l_0_base), '):', ))) > 88):
            pass
            yield 'class '
            yield str(environment.finalize(t_1(environment.getattr(l_1_c, 'name'))))
            yield '(\n    '
            yield str(environment.finalize(t_1((undefined(name='base') if l_0_base is missing else l_0_base))))
            yield '\n):\n'
        else:
            pass
            yield 'class '
            yield str(environment.finalize(t_1(environment.getattr(l_1_c, 'name'))))
            yield '('
            yield str(environment.finalize(t_1((undefined(name='base') if l_0_base is missing else l_0_base))))
            yield '):\n'
        yield '    """Codes of the category ``'
        yield str(environment.finalize(t_1(environment.getattr(l_1_c, 'id'))))
        yield '``."""\n'
        if environment.getattr(l_1_c, 'entries'):
            pass
            yield '\n'
        for l_2_e in environment.getattr(l_1_c, 'entries'):
            l_2_wrapped = resolve('wrapped')
            _loop_vars = {}
            pass
            if environment.getattr(l_2_e, 'deprecated'):
                pass
                yield '    # Deprecated: retired from the upstream page; kept so that code using it still runs.\n'
            if ((environment.getattr(l_1_c, 'id'), environment.getattr(l_2_e, 'code')) in (undefined(name='wrapped') if l_2_wrapped is missing else l_2_wrapped)):
                pass
                yield '    '
                yield str(environment.finalize(t_1(environment.getattr(l_2_e, 'name'))))
                yield ' = (\n        '
                yield str(environment.finalize(t_5(environment.getattr(l_2_e, 'code'))))
                yield '\n    )\n'
            else:
                pass
                yield '    '
                yield str(environment.finalize(t_1(environment.getattr(l_2_e, 'name'))))
                yield ' = '
                yield str(environment.finalize(t_5(environment.getattr(l_2_e, 'code'))))
                yield '\n'
        l_2_e = l_2_wrapped = missing
    l_1_c = l_1_title = missing
    yield '\n\n'
    if (undefined(name='categories_on_one_line') if l_0_categories_on_one_line is missing else l_0_categories_on_one_line):
        pass
        yield 'CATEGORIES: Final[tuple[type['
        yield str(environment.finalize(t_1((undefined(name='base') if l_0_base is missing else l_0_base))))
        yield '], ...]] = ('
        yield str(environment.finalize(t_1(environment.getattr(environment.getitem(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'categories'), 0), 'name'))))
        yield ',)\n'
    elif environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'categories'):
        pass
        yield 'CATEGORIES: Final[tuple[type['
        yield str(environment.finalize(t_1((undefined(name='base') if l_0_base is missing else l_0_base))))
        yield '], ...]] = (\n'
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
            yield str(environment.finalize(t_7(environment.getattr(l_1_c, 'id'))))
            yield ',\n        '
            yield str(environment.finalize(t_7(environment.getattr(l_1_c, 'title'))))
            yield ',\n        '
            yield str(environment.finalize(t_6(environment.getattr(l_1_c, 'fallback'))))
            yield ',\n    ),\n'
        l_1_c = missing
        yield '}\n'
    if (not environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'categories')):
        pass
        yield 'CATEGORIES: Final[tuple[type['
        yield str(environment.finalize(t_1((undefined(name='base') if l_0_base is missing else l_0_base))))
        yield '], ...]] = ()\n\n_CATEGORY_OF: Final[dict[str, Category]] = {}\n'
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
            yield str(environment.finalize(t_5(environment.getattr(l_1_e, 'code'))))
            yield '): (\n        '
            yield str(environment.finalize(t_7(environment.getattr(l_1_e, 'description'))))
            yield ',\n        '
            yield str(environment.finalize(t_6(environment.getattr(l_1_e, 'action'))))
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
            yield str(environment.finalize(t_5(environment.getattr(l_1_e, 'code'))))
            yield '): (\n'
            for l_2_v in environment.getattr(l_1_e, 'variants'):
                _loop_vars = {}
                pass
                yield '        Variant(\n            code='
                yield str(environment.finalize(t_5(environment.getattr(l_2_v, 'code'))))
                yield ',\n            description='
                yield str(environment.finalize(t_7(environment.getattr(l_2_v, 'description'))))
                yield ',\n            action='
                yield str(environment.finalize(t_6(environment.getattr(l_2_v, 'action'))))
                yield ',\n            column='
                yield str(environment.finalize(t_6((environment.getitem(environment.getattr(l_2_v, 'variant'), 0) if environment.getattr(l_2_v, 'variant') else None))))
                yield ',\n            value='
                yield str(environment.finalize(t_6((environment.getitem(environment.getattr(l_2_v, 'variant'), 1) if environment.getattr(l_2_v, 'variant') else None))))
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
            yield str(environment.finalize(t_5(environment.getattr(l_1_e, 'code'))))
            yield '): (\n'
            for (l_2_s, l_2_sc, l_2_code) in environment.getattr(l_1_e, 'see_also'):
                _loop_vars = {}
                pass
                yield '        (\n            '
                yield str(environment.finalize(t_7(l_2_s)))
                yield ',\n            '
                yield str(environment.finalize(t_7(l_2_sc)))
                yield ',\n            '
                yield str(environment.finalize(t_5(l_2_code)))
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
                yield str(environment.finalize(t_7(l_1_locale)))
                yield ': {\n'
                for (l_2_c, l_2_e, l_2_t) in (undefined(name='texts') if l_1_texts is missing else l_1_texts):
                    _loop_vars = {}
                    pass
                    yield '        ("'
                    yield str(environment.finalize(t_1(environment.getattr(l_2_c, 'name'))))
                    yield '", '
                    yield str(environment.finalize(t_5(environment.getattr(l_2_e, 'code'))))
                    yield '): LocalizedText(\n            '
                    yield str(environment.finalize(t_7(environment.getattr(l_2_t, 'description'))))
                    yield ',\n            '
                    yield str(environment.finalize(t_6(environment.getattr(l_2_t, 'action'))))
                    yield ',\n        ),\n'
                l_2_c = l_2_e = l_2_t = missing
                yield '    },\n'
            else:
                pass
                yield '    '
                yield str(environment.finalize(t_7(l_1_locale)))
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
                yield str(environment.finalize(t_7(l_1_locale)))
                yield ': {\n'
                for (l_2_c, l_2_t) in (undefined(name='texts') if l_1_texts is missing else l_1_texts):
                    _loop_vars = {}
                    pass
                    yield '        '
                    yield str(environment.finalize(t_7(environment.getattr(l_2_c, 'id'))))
                    yield ': CategoryText(\n            '
                    yield str(environment.finalize(t_7(environment.getattr(l_2_t, 'description'))))
                    yield ',\n            '
                    yield str(environment.finalize(t_6(environment.getattr(l_2_t, 'action'))))
                    yield ',\n        ),\n'
                l_2_c = l_2_t = missing
                yield '    },\n'
            else:
                pass
                yield '    '
                yield str(environment.finalize(t_7(l_1_locale)))
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
    yield '\n\ndef _index() -> dict[int, tuple['
    yield str(environment.finalize(t_1((undefined(name='base') if l_0_base is missing else l_0_base))))
    yield ', ...]]:\n    index: dict[int, tuple['
    yield str(environment.finalize(t_1((undefined(name='base') if l_0_base is missing else l_0_base))))
    yield ', ...]] = {}\n    for enum_class in CATEGORIES:\n        for member in enum_class:\n            index[member.value] = index.get(member.value, ()) + (member,)\n    return index\n\n\n_BY_CODE: Final[dict[int, tuple['
    yield str(environment.finalize(t_1((undefined(name='base') if l_0_base is missing else l_0_base))))
    yield ', ...]]] = _index()\n\n\ndef lookup(code: int) -> tuple['
    yield str(environment.finalize(t_1((undefined(name='base') if l_0_base is missing else l_0_base))))
    yield ', ...]:\n    """Return every member with this code, across categories; () for an unknown code."""\n    return _BY_CODE.get(code, ())\n\n\ndef from_header(\n    value: str | bytes | None,\n) -> tuple['
    yield str(environment.finalize(t_1((undefined(name='base') if l_0_base is missing else l_0_base))))
    yield ', ...]:\n    """Return the members for an ``X-ErrNo`` header value such as ``" -46618 "``; () if none."""\n    if value is None:\n        return ()\n    code = _header_code(value)\n    return () if code is None else lookup(code)\n\n\ndef _header_code(value: str | bytes) -> int | None:\n    """The code of a header value (surrounding spaces, tabs and newlines ignored); None if malformed."""\n    if isinstance(value, bytes):\n        value = value.decode("ascii", "replace")\n    text = value.strip(" \\t\\r\\n")\n    digits = text[1:] if text[:1] in ("-", "+") else text\n    if not (0 < len(digits) <= 18 and digits.isascii() and digits.isdigit()):\n        return None\n    return int(text)\n\n\n# The description of a code the upstream page does not list.\n_UNKNOWN: Final = "An error code that the upstream error-code page does not list."\n\n\nclass '
    yield str(environment.finalize(t_1((undefined(name='root') if l_0_root is missing else l_0_root))))
    yield '(Exception):\n    """An error code, raised: ``code`` (the member of the error\'s category for a code the\n    page lists; else the raw value: an int, or the text of a malformed ``X-ErrNo``),\n    ``errors`` (every member with that code, across categories; () for an unknown code),\n    ``status`` (the HTTP status received), ``server_message`` (the server\'s own words),\n    ``request_id`` and ``trace_id`` (each None where not known), ``fault`` (``"server"`` or\n    ``"client"``), ``retryable`` and ``description`` (the page\'s text)."""\n\n    code: '
    yield str(environment.finalize(t_1((undefined(name='base') if l_0_base is missing else l_0_base))))
    yield ' | int | str\n    errors: tuple['
    yield str(environment.finalize(t_1((undefined(name='base') if l_0_base is missing else l_0_base))))
    yield ', ...]\n    status: int | None\n    server_message: str | None\n    request_id: str | None\n    trace_id: str | None\n\n    def __init__(\n        self,\n        code: int | str,\n        status: int | None = None,\n        *,\n        server_message: str | None = None,\n        request_id: str | None = None,\n        trace_id: str | None = None,\n    ) -> None:\n        super().__init__(code, status)\n        self.status = status\n        self.server_message = server_message\n        self.request_id = request_id\n        self.trace_id = trace_id\n        self.errors = ()\n        self.code = code\n        if isinstance(code, int) and not isinstance(code, bool):\n            self.errors = lookup(int(code))\n            self.code = self.errors[0] if self.errors else int(code)\n            for member in self.errors:\n                if isinstance(self, _EXCEPTION_OF[type(member).__name__]):\n                    self.code = member  # the member of this error\'s category\n                    break\n\n    @property\n    def description(self) -> str:\n        """What the code means: its member\'s description, or a generic text if unknown."""\n        if isinstance(self.code, '
    yield str(environment.finalize(t_1((undefined(name='base') if l_0_base is missing else l_0_base))))
    yield '):\n            return self.code.description\n        return _UNKNOWN\n\n    @property\n    def fault(self) -> Literal["client", "server"]:\n        """``"server"`` for a status of 500 or more (without a status: for an error of a\n        category whose rows are all 5xx); else ``"client"``."""\n        if self.status is not None:\n            return "server" if self.status >= 500 else "client"\n        mine = [k for k, e in _EXCEPTION_OF.items() if isinstance(self, e)]\n        server = bool(mine) and all(_STATUS_CLASSES.get(k) == 5 for k in mine)\n        return "server" if server else "client"\n\n    @property\n    def retryable(self) -> bool:\n        """True when a retry may help: a status of 429, 500, 502, 503 or 504, or a code the\n        page marks as throttling."""\n        if self.status in _RETRYABLE_STATUSES:\n            return True\n        return isinstance(self.code, int) and int(self.code) in _RETRYABLE_CODES\n\n    def _raw(self) -> int | str:\n        return int(self.code) if isinstance(self.code, int) else self.code\n\n    def __str__(self) -> str:\n        extras = (\n            ("server message", self.server_message),\n            ("request id", self.request_id),\n            ("trace id", self.trace_id),\n        )\n        return _message(str(self._raw()), self.status, self.description, extras)\n\n    def __repr__(self) -> str:\n        raw = self._raw()\n        shown = [f"code={raw if isinstance(raw, int) else _short(raw)}"]\n        if self.status is not None:\n            shown.append(f"status={self.status}")\n        if self.request_id is not None:\n            shown.append(f"request_id={_short(self.request_id)}")\n        return f"{type(self).__name__}({\', \'.join(shown)})"\n\n    def __reduce__(self) -> tuple[Any, ...]:\n        fields = (self.server_message, self.request_id, self.trace_id)\n        return (_restore, (self._raw(), self.status, *fields))\n'
    for (l_1_c, l_1_exception) in (undefined(name='exceptions') if l_0_exceptions is missing else l_0_exceptions):
        _loop_vars = {}
        pass
        yield '\n\n'
        if (t_2(str_join(('class ', l_1_exception, '(', (undefined(name='root') if l_0_root is missing else l_0_root), '):', ))) > 88):
            pass
            yield 'class '
            yield str(environment.finalize(t_1(l_1_exception)))
            yield '(\n    '
            yield str(environment.finalize(t_1((undefined(name='root') if l_0_root is missing else l_0_root))))
            yield '\n):\n'
        else:
            pass
            yield 'class '
            yield str(environment.finalize(t_1(l_1_exception)))
            yield '('
            yield str(environment.finalize(t_1((undefined(name='root') if l_0_root is missing else l_0_root))))
            yield '):\n'
        yield '    """Raised for a code of ``'
        yield str(environment.finalize(t_1(environment.getattr(l_1_c, 'name'))))
        yield '``."""\n'
    l_1_c = l_1_exception = missing
    yield '\n\n'
    if (undefined(name='exceptions') if l_0_exceptions is missing else l_0_exceptions):
        pass
        yield "# Each category's exception, by the name of its enum class.\n_EXCEPTION_OF: Final[dict[str, type["
        yield str(environment.finalize(t_1((undefined(name='root') if l_0_root is missing else l_0_root))))
        yield ']]] = {\n'
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
        yield "# Each category's exception, by the name of its enum class.\n_EXCEPTION_OF: Final[dict[str, type["
        yield str(environment.finalize(t_1((undefined(name='root') if l_0_root is missing else l_0_root))))
        yield ']]] = {}\n'
    yield '# The categories whose rows all lie in one HTTP status class (4 or 5), by enum class.\n'
    if (undefined(name='status_classes') if l_0_status_classes is missing else l_0_status_classes):
        pass
        yield '_STATUS_CLASSES: Final[dict[str, int]] = {\n'
        for (l_1_c, l_1_k) in (undefined(name='status_classes') if l_0_status_classes is missing else l_0_status_classes):
            _loop_vars = {}
            pass
            yield '    "'
            yield str(environment.finalize(t_1(environment.getattr(l_1_c, 'name'))))
            yield '": '
            yield str(environment.finalize(t_5(l_1_k)))
            yield ',\n'
        l_1_c = l_1_k = missing
        yield '}\n'
    else:
        pass
        yield '_STATUS_CLASSES: Final[dict[str, int]] = {}\n'
    yield '# The HTTP statuses of the rows of a code that the page lists with statuses.\n'
    if (undefined(name='row_statuses') if l_0_row_statuses is missing else l_0_row_statuses):
        pass
        yield '_ROW_STATUSES: Final[dict[tuple[str, int], tuple[int, ...]]] = {\n'
        for (l_1_c, l_1_code, l_1_statuses) in (undefined(name='row_statuses') if l_0_row_statuses is missing else l_0_row_statuses):
            _loop_vars = {}
            pass
            yield '    ("'
            yield str(environment.finalize(t_1(environment.getattr(l_1_c, 'name'))))
            yield '", '
            yield str(environment.finalize(t_5(l_1_code)))
            yield '): '
            yield str(environment.finalize(l_1_statuses))
            yield ',\n'
        l_1_c = l_1_code = l_1_statuses = missing
        yield '}\n'
    else:
        pass
        yield '_ROW_STATUSES: Final[dict[tuple[str, int], tuple[int, ...]]] = {}\n'
    yield '# The codes the page marks as throttling (a retry may help).\n'
    if (undefined(name='retryable_codes') if l_0_retryable_codes is missing else l_0_retryable_codes):
        pass
        yield '_RETRYABLE_CODES: Final[frozenset[int]] = frozenset(\n    {\n'
        for l_1_code in (undefined(name='retryable_codes') if l_0_retryable_codes is missing else l_0_retryable_codes):
            _loop_vars = {}
            pass
            yield '        '
            yield str(environment.finalize(t_5(l_1_code)))
            yield ',\n'
        l_1_code = missing
        yield '    }\n)\n'
    else:
        pass
        yield '_RETRYABLE_CODES: Final[frozenset[int]] = frozenset()\n'
    yield '# A code of several categories: one subclass of each of their exceptions (made once).\n_SHARED: Final[\n    dict[\n        tuple[type['
    yield str(environment.finalize(t_1((undefined(name='root') if l_0_root is missing else l_0_root))))
    yield '], ...],\n        type['
    yield str(environment.finalize(t_1((undefined(name='root') if l_0_root is missing else l_0_root))))
    yield '],\n    ]\n] = {}\n\n\ndef _categories(code: int | str, status: int | None) -> tuple[str, ...]:\n    """The categories of an error (the status received wins): those of the code\'s rows\n    with that status; else those whose rows all lie in the status\'s class; else those of\n    every row of the code (none for an unknown code)."""\n    rows: tuple[str, ...] = ()\n    by_row: tuple[str, ...] = ()\n    if isinstance(code, int) and not isinstance(code, bool):\n        rows = tuple(type(m).__name__ for m in lookup(int(code)))\n        if status is not None:\n            number = int(code)\n            listed = [k for k in rows if status in _ROW_STATUSES.get((k, number), ())]\n            by_row = tuple(listed)\n    if status is None or by_row:\n        return by_row or rows\n    by_class = tuple(k for k, c in _STATUS_CLASSES.items() if c == status // 100)\n    return by_class or rows\n\n\ndef _exception_of(\n    categories: tuple[str, ...],\n) -> type['
    yield str(environment.finalize(t_1((undefined(name='root') if l_0_root is missing else l_0_root))))
    yield ']:\n    bases = tuple(dict.fromkeys(_EXCEPTION_OF[k] for k in categories))\n    if not bases:\n        return '
    yield str(environment.finalize(t_1((undefined(name='root') if l_0_root is missing else l_0_root))))
    yield '\n    if len(bases) == 1:\n        return bases[0]\n    found = _SHARED.get(bases)\n    if found is None:\n        name = "_".join(b.__name__ for b in bases)\n        namespace = {"__module__": __name__, "__qualname__": name, "__doc__": None}\n        made = cast(\n            "type['
    yield str(environment.finalize(t_1((undefined(name='root') if l_0_root is missing else l_0_root))))
    yield ']",\n            type(name, bases, namespace),\n        )\n        found = _SHARED.setdefault(bases, made)\n    return found\n\n\ndef exception_for(\n    code: int,\n    status: int | None = None,\n) -> type['
    yield str(environment.finalize(t_1((undefined(name='root') if l_0_root is missing else l_0_root))))
    yield ']:\n    """The exception class of a code (and the HTTP status received): that of its category,\n    one that each category\'s class catches for a code of several; ``'
    yield str(environment.finalize(t_1((undefined(name='root') if l_0_root is missing else l_0_root))))
    yield '`` for\n    an unknown code."""\n    return _exception_of(_categories(code, status))\n\n\n# The class of each code without a status (made at import: a code of several categories\n# gets its class once).\n_EXCEPTION_FOR: Final[dict[int, type['
    yield str(environment.finalize(t_1((undefined(name='root') if l_0_root is missing else l_0_root))))
    yield ']]] = {\n    code: exception_for(code) for code in _BY_CODE\n}\n\n\ndef _restore(\n    code: int | str,\n    status: int | None,\n    server_message: str | None,\n    request_id: str | None,\n    trace_id: str | None,\n) -> '
    yield str(environment.finalize(t_1((undefined(name='root') if l_0_root is missing else l_0_root))))
    yield ':\n    return _exception_of(_categories(code, status))(\n        code,\n        status,\n        server_message=server_message,\n        request_id=request_id,\n        trace_id=trace_id,\n    )\n\n\n'
    template = environment.get_template('python/response.py.j2', 'python/module.py.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '\n\ndef error_for(\n    *,\n    status: int | None = None,\n    code: int | str | None = None,\n    headers: _HeaderItems | Iterable[tuple[Any, Any]] | None = None,\n    message: str | None = None,\n    request_id: str | None = None,\n    trace_id: str | None = None,\n    cause: BaseException | None = None,\n) -> '
    yield str(environment.finalize(t_1((undefined(name='root') if l_0_root is missing else l_0_root))))
    yield ':\n    """The error of a response, most specific class first; never raises.\n\n    The code is the ``X-ErrNo`` header\'s when ``headers`` has one (a malformed value: the\n    unknown error carrying it), else ``code`` (an int; any other value is kept as it is),\n    else ``""``. The status received decides the category (see\n    ``exception_for``). ``request_id`` and ``trace_id`` default to the headers\'\n    ``x-cos-request-id`` (or ``x-ci-request-id``) and ``x-cos-trace-id``; ``message`` is\n    the server\'s own; ``cause`` becomes ``__cause__``. ``headers``: a mapping, an object\n    with ``items()`` or (name, value) pairs; names in any case."""\n    found = _headers(headers)\n    received = _status(status)\n    value: int | str\n    errno = _opt(found.get("x-errno"))\n    if errno is not None:\n        number = _header_code(errno)\n        value = errno if number is None else number\n    elif isinstance(code, int) and not isinstance(code, bool):\n        value = int(code)\n    else:\n        value = _opt(code) or ""\n    ids = _ids(found)\n    error = _restore(\n        value,\n        received,\n        _opt(message),\n        _opt(request_id) or ids[0],\n        _opt(trace_id) or ids[1],\n    )\n    if isinstance(cause, BaseException):\n        error.__cause__ = cause\n    return error\n\n\ndef raise_for_header(value: str | bytes | None) -> None:\n    """Raise the error of an ``X-ErrNo`` header value such as ``b" -46618\\\\n"`` (a malformed\n    value: the unknown ``'
    yield str(environment.finalize(t_1((undefined(name='root') if l_0_root is missing else l_0_root))))
    yield '`` carrying it). Returns None for None or a blank\n    value. ``error_for(...)`` makes the error without raising it."""\n    if value is None or not _opt(value):\n        return None\n    raise error_for(headers=[("X-ErrNo", value)])\n'

blocks = {}
debug_info = '1=63&2=65&10=67&40=69&41=73&43=76&44=80&46=84&47=86&59=88&60=90&62=93&66=98&67=102&98=109&101=119&104=127&149=129&150=133&153=136&155=139&157=141&158=144&159=146&162=151&164=156&165=158&168=161&169=165&172=168&173=171&174=173&177=178&183=185&184=188&185=192&186=195&187=197&188=201&192=205&195=208&196=212&197=214&198=216&199=218&204=222&205=225&210=228&212=231&213=235&214=239&215=241&224=249&226=252&227=256&228=260&230=264&231=266&232=268&233=270&234=272&245=282&247=285&248=289&249=293&251=297&252=299&253=301&264=311&266=314&267=318&268=320&269=323&270=325&271=329&272=333&273=335&278=342&283=346&284=350&285=352&286=355&287=357&288=361&289=363&290=365&295=372&305=382&308=390&309=392&316=394&319=396&326=398&349=400&357=402&358=404&391=406&436=408&439=412&440=415&441=417&444=422&446=427&450=431&452=434&453=436&454=440&459=449&462=452&464=455&465=459&472=469&474=472&475=476&482=488&485=491&486=495&496=503&497=505&522=507&525=509&533=511&543=513&545=515&552=517&563=519&573=521&585=528&621=530'
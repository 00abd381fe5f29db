from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'python/module.py.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_header = resolve('header')
    l_0_doc = resolve('doc')
    l_0_other_locales = resolve('other_locales')
    l_0_deprecated = l_0_referring = missing
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
        t_3 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_4 = environment.filters['py_comment']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'py_comment' found.")
    try:
        t_5 = environment.filters['py_opt_str']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'py_opt_str' found.")
    try:
        t_6 = environment.filters['py_str']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'py_str' found.")
    try:
        t_7 = environment.filters['selectattr']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'selectattr' found.")
    try:
        t_8 = environment.tests['string']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No test named 'string' found.")
    pass
    yield '# '
    yield str(environment.finalize(t_4((undefined(name='header') if l_0_header is missing else l_0_header))))
    yield '\n"""Tencent Cloud Infinite (CI) error codes: one IntEnum per category of the upstream page.\n\nEvery member carries ``description``, ``action`` (None where the page lists no action),\n``category`` and ``deprecated``. ``lookup(code)`` returns every member with that code,\nacross categories; ``from_header(value)`` does the same for an ``X-ErrNo`` header value.\n\nTexts are in the default locale, ``DEFAULT_LOCALE``; ``member.text(locale)`` and\n``member.category.text(locale)`` give them in any locale of ``LOCALES``, each text falling\nback to the default locale\'s where that locale\'s page has none.\n"""\n\nfrom __future__ import annotations\n\nimport warnings\nfrom enum import EnumMeta, IntEnum\nfrom typing import Any, Final, NamedTuple\n\n__all__ = [\n    "CATEGORIES",\n    "CIError",\n    "Category",\n    "CategoryText",\n    "DEFAULT_LOCALE",\n    "DEPRECATED",\n    "LOCALES",\n    "LocalizedText",\n'
    for l_1_c in environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'categories'):
        _loop_vars = {}
        pass
        yield '    "'
        yield str(environment.finalize(t_1(environment.getattr(l_1_c, 'name'))))
        yield '",\n'
    l_1_c = missing
    yield '    "from_header",\n    "lookup",\n]\n\n\n# The locale of ``description``, ``action``, ``title`` and ``fallback``.\nDEFAULT_LOCALE: Final = '
    yield str(environment.finalize(t_6(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'locale'))))
    yield '\n'
    if (t_2(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'locales')) == 1):
        pass
        yield '# Every locale of the upstream page, the default first.\nLOCALES: Final[tuple[str, ...]] = ('
        yield str(environment.finalize(t_6(environment.getitem(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'locales'), 0))))
        yield ',)\n'
    else:
        pass
        yield '# Every locale of the upstream page, the default first.\nLOCALES: Final[tuple[str, ...]] = (\n'
        for l_1_locale in environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'locales'):
            _loop_vars = {}
            pass
            yield '    '
            yield str(environment.finalize(t_6(l_1_locale)))
            yield ',\n'
        l_1_locale = missing
        yield ')\n'
    yield '\n\nclass LocalizedText(NamedTuple):\n    """A code\'s texts in one locale: what it means and what to do (None: no action listed)."""\n\n    description: str\n    action: str | None\n\n\nclass CategoryText(NamedTuple):\n    """A category\'s texts in one locale: its heading and fallback text."""\n\n    title: str\n    fallback: str | None\n\n\nclass Category(NamedTuple):\n    """One section of the upstream page: its id, heading and fallback text."""\n\n    id: str\n    title: str\n    fallback: str | None\n\n    def text(self, locale: str) -> CategoryText:\n        """The heading and fallback in ``locale``; each the default locale\'s where it has none."""\n        found = _CATEGORY_TEXTS.get(locale, {}).get(self.id)\n        if found is None:\n            return CategoryText(self.title, self.fallback)\n        fallback = self.fallback if found.fallback is None else found.fallback\n        return CategoryText(found.title, fallback)\n\n\n'
    l_0_deprecated = t_3(context.eval_ctx, t_7(context, context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'entries')), '1.deprecated'))
    context.vars['deprecated'] = l_0_deprecated
    context.exported_vars.add('deprecated')
    if (undefined(name='deprecated') if l_0_deprecated is missing else l_0_deprecated):
        pass
        yield '# Members retired from the upstream page: reading one as an attribute warns.\n_RETIRED_NAMES: Final[frozenset[tuple[str, str]]] = frozenset(\n    {\n'
        for (l_1_c, l_1_e) in (undefined(name='deprecated') if l_0_deprecated is missing else l_0_deprecated):
            _loop_vars = {}
            pass
            yield '        ("'
            yield str(environment.finalize(t_1(environment.getattr(l_1_c, 'name'))))
            yield '", "'
            yield str(environment.finalize(t_1(environment.getattr(l_1_e, 'name'))))
            yield '"),\n'
        l_1_c = l_1_e = missing
        yield '    }\n)\n'
    else:
        pass
        yield '# Members retired from the upstream page: reading one as an attribute warns.\n_RETIRED_NAMES: Final[frozenset[tuple[str, str]]] = frozenset()\n'
    yield '\n\nclass _CIErrorType(EnumMeta):\n    """Enum metaclass: attribute access to a retired member warns (others are untouched)."""\n\n    def __getattr__(cls, name: str) -> Any:\n        if (cls.__name__, name) in _RETIRED_NAMES:\n            warnings.warn(\n                f"{cls.__name__}.{name} is retired from the upstream error-code page",\n                DeprecationWarning,\n                stacklevel=2,\n            )\n            return cls.__members__[name]\n        raise AttributeError(name)\n\n\nclass CIError(IntEnum, metaclass=_CIErrorType):\n    """Base class of every category\'s enum; it has no members of its own."""\n\n    @property\n    def category(self) -> Category:\n        """The category this code belongs to."""\n        return _CATEGORY_OF[type(self).__name__]\n\n    @property\n    def description(self) -> str:\n        """What the code means, in the upstream page\'s words."""\n        return _TEXTS[type(self).__name__, self.value][0]\n\n    @property\n    def action(self) -> str | None:\n        """What to do about it, or None where the page lists no action."""\n        return _TEXTS[type(self).__name__, self.value][1]\n\n    @property\n    def deprecated(self) -> bool:\n        """True for a code the page no longer lists, kept so that no constant vanishes."""\n        return (type(self).__name__, self.name) in _RETIRED_NAMES\n\n    @property\n    def see_also(self) -> tuple[tuple[str, str, int | str], ...]:\n        """Where other pages give the same code: (set, category, code) each."""\n        return _SEE_ALSO.get((type(self).__name__, self.value), ())\n\n    def text(self, locale: str) -> LocalizedText:\n        """The description and action in ``locale``; each the default locale\'s where it has none."""\n        description, action = _TEXTS[type(self).__name__, self.value]\n        found = _TRANSLATIONS.get(locale, {}).get((type(self).__name__, self.value))\n        if found is None:\n            return LocalizedText(description, action)\n        if found.action is not None:\n            action = found.action\n        return LocalizedText(found.description, action)\n'
    for l_1_c in environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'categories'):
        l_1_title = missing
        _loop_vars = {}
        pass
        l_1_title = t_4(environment.getattr(l_1_c, 'title'))
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
            yield str(environment.finalize(environment.getattr(l_2_e, 'code')))
            yield '\n'
        l_2_e = missing
    l_1_c = l_1_title = missing
    yield '\n\n'
    if ((t_2(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'categories')) == 1) and (t_2(environment.getattr(environment.getitem(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'categories'), 0), 'name')) <= 37)):
        pass
        yield 'CATEGORIES: Final[tuple[type[CIError], ...]] = ('
        yield str(environment.finalize(t_1(environment.getattr(environment.getitem(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'categories'), 0), 'name'))))
        yield ',)\n'
    elif environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'categories'):
        pass
        yield 'CATEGORIES: Final[tuple[type[CIError], ...]] = (\n'
        for l_1_c in environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'categories'):
            _loop_vars = {}
            pass
            yield '    '
            yield str(environment.finalize(t_1(environment.getattr(l_1_c, 'name'))))
            yield ',\n'
        l_1_c = missing
        yield ')\n'
    if environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'categories'):
        pass
        yield '\n_CATEGORY_OF: Final[dict[str, Category]] = {\n'
        for l_1_c in environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'categories'):
            _loop_vars = {}
            pass
            yield '    "'
            yield str(environment.finalize(t_1(environment.getattr(l_1_c, 'name'))))
            yield '": Category(\n        '
            yield str(environment.finalize(t_6(environment.getattr(l_1_c, 'id'))))
            yield ',\n        '
            yield str(environment.finalize(t_6(environment.getattr(l_1_c, 'title'))))
            yield ',\n        '
            yield str(environment.finalize(t_5(environment.getattr(l_1_c, 'fallback'))))
            yield ',\n    ),\n'
        l_1_c = missing
        yield '}\n'
    if (not environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'categories')):
        pass
        yield 'CATEGORIES: Final[tuple[type[CIError], ...]] = ()\n\n_CATEGORY_OF: Final[dict[str, Category]] = {}\n'
    yield '\n'
    if context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'entries')):
        pass
        yield '_TEXTS: Final[dict[tuple[str, int], tuple[str, str | None]]] = {\n'
        for (l_1_c, l_1_e) in context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'entries')):
            _loop_vars = {}
            pass
            yield '    ("'
            yield str(environment.finalize(t_1(environment.getattr(l_1_c, 'name'))))
            yield '", '
            yield str(environment.finalize(environment.getattr(l_1_e, 'code')))
            yield '): (\n        '
            yield str(environment.finalize(t_6(environment.getattr(l_1_e, 'description'))))
            yield ',\n        '
            yield str(environment.finalize(t_5(environment.getattr(l_1_e, 'action'))))
            yield ',\n    ),\n'
        l_1_c = l_1_e = missing
        yield '}\n'
    else:
        pass
        yield '_TEXTS: Final[dict[tuple[str, int], tuple[str, str | None]]] = {}\n'
    yield "\n# Where other pages give the same code (e.g. the job page's symbolic code).\n"
    l_0_referring = t_3(context.eval_ctx, t_7(context, context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'entries')), '1.see_also'))
    context.vars['referring'] = l_0_referring
    context.exported_vars.add('referring')
    if (undefined(name='referring') if l_0_referring is missing else l_0_referring):
        pass
        yield '_SEE_ALSO: Final[dict[tuple[str, int], tuple[tuple[str, str, int | str], ...]]] = {\n'
        for (l_1_c, l_1_e) in (undefined(name='referring') if l_0_referring is missing else l_0_referring):
            _loop_vars = {}
            pass
            yield '    ("'
            yield str(environment.finalize(t_1(environment.getattr(l_1_c, 'name'))))
            yield '", '
            yield str(environment.finalize(environment.getattr(l_1_e, 'code')))
            yield '): (\n'
            for (l_2_s, l_2_sc, l_2_code) in environment.getattr(l_1_e, 'see_also'):
                _loop_vars = {}
                pass
                yield '        (\n            '
                yield str(environment.finalize(t_6(l_2_s)))
                yield ',\n            '
                yield str(environment.finalize(t_6(l_2_sc)))
                yield ',\n            '
                yield str(environment.finalize((t_6(l_2_code) if t_8(l_2_code) else l_2_code)))
                yield ',\n        ),\n'
            l_2_s = l_2_sc = l_2_code = missing
            yield '    ),\n'
        l_1_c = l_1_e = missing
        yield '}\n'
    else:
        pass
        yield '_SEE_ALSO: Final[dict[tuple[str, int], tuple[tuple[str, str, int | str], ...]]] = {}\n'
    yield '\n# The texts of the other locales as their pages give them (None: no action or fallback).\n'
    if (undefined(name='other_locales') if l_0_other_locales is missing else l_0_other_locales):
        pass
        yield '_TRANSLATIONS: Final[dict[str, dict[tuple[str, int], LocalizedText]]] = {\n'
        for l_1_locale in (undefined(name='other_locales') if l_0_other_locales is missing else l_0_other_locales):
            l_1_entry_texts = resolve('entry_texts')
            l_1_texts = missing
            _loop_vars = {}
            pass
            l_1_texts = context.call((undefined(name='entry_texts') if l_1_entry_texts is missing else l_1_entry_texts), (undefined(name='doc') if l_0_doc is missing else l_0_doc), l_1_locale, _loop_vars=_loop_vars)
            _loop_vars['texts'] = l_1_texts
            if (undefined(name='texts') if l_1_texts is missing else l_1_texts):
                pass
                yield '    '
                yield str(environment.finalize(t_6(l_1_locale)))
                yield ': {\n'
                for (l_2_c, l_2_e, l_2_t) in (undefined(name='texts') if l_1_texts is missing else l_1_texts):
                    _loop_vars = {}
                    pass
                    yield '        ("'
                    yield str(environment.finalize(t_1(environment.getattr(l_2_c, 'name'))))
                    yield '", '
                    yield str(environment.finalize(environment.getattr(l_2_e, 'code')))
                    yield '): LocalizedText(\n            '
                    yield str(environment.finalize(t_6(environment.getattr(l_2_t, 'description'))))
                    yield ',\n            '
                    yield str(environment.finalize(t_5(environment.getattr(l_2_t, 'action'))))
                    yield ',\n        ),\n'
                l_2_c = l_2_e = l_2_t = missing
                yield '    },\n'
            else:
                pass
                yield '    '
                yield str(environment.finalize(t_6(l_1_locale)))
                yield ': {},\n'
        l_1_locale = l_1_entry_texts = l_1_texts = missing
        yield '}\n_CATEGORY_TEXTS: Final[dict[str, dict[str, CategoryText]]] = {\n'
        for l_1_locale in (undefined(name='other_locales') if l_0_other_locales is missing else l_0_other_locales):
            l_1_category_texts = resolve('category_texts')
            l_1_texts = missing
            _loop_vars = {}
            pass
            l_1_texts = context.call((undefined(name='category_texts') if l_1_category_texts is missing else l_1_category_texts), (undefined(name='doc') if l_0_doc is missing else l_0_doc), l_1_locale, _loop_vars=_loop_vars)
            _loop_vars['texts'] = l_1_texts
            if (undefined(name='texts') if l_1_texts is missing else l_1_texts):
                pass
                yield '    '
                yield str(environment.finalize(t_6(l_1_locale)))
                yield ': {\n'
                for (l_2_c, l_2_t) in (undefined(name='texts') if l_1_texts is missing else l_1_texts):
                    _loop_vars = {}
                    pass
                    yield '        '
                    yield str(environment.finalize(t_6(environment.getattr(l_2_c, 'id'))))
                    yield ': CategoryText(\n            '
                    yield str(environment.finalize(t_6(environment.getattr(l_2_t, 'description'))))
                    yield ',\n            '
                    yield str(environment.finalize(t_5(environment.getattr(l_2_t, 'action'))))
                    yield ',\n        ),\n'
                l_2_c = l_2_t = missing
                yield '    },\n'
            else:
                pass
                yield '    '
                yield str(environment.finalize(t_6(l_1_locale)))
                yield ': {},\n'
        l_1_locale = l_1_category_texts = l_1_texts = missing
        yield '}\n'
    else:
        pass
        yield '_TRANSLATIONS: Final[dict[str, dict[tuple[str, int], LocalizedText]]] = {}\n_CATEGORY_TEXTS: Final[dict[str, dict[str, CategoryText]]] = {}\n'
    yield '\n\ndef _retire() -> tuple[CIError, ...]:\n    retired: list[CIError] = []\n    for enum_class in CATEGORIES:\n        for member in enum_class:\n            if (enum_class.__name__, member.name) in _RETIRED_NAMES:\n                # Off the class dict, so that attribute access goes through the warning.\n                type.__delattr__(enum_class, member.name)\n                retired.append(member)\n    return tuple(retired)\n\n\n# Every member retired from the upstream page, kept so that no constant vanishes.\nDEPRECATED: Final[tuple[CIError, ...]] = _retire()\n\n\ndef _index() -> dict[int, tuple[CIError, ...]]:\n    index: dict[int, tuple[CIError, ...]] = {}\n    for enum_class in CATEGORIES:\n        for member in enum_class:\n            index[member.value] = index.get(member.value, ()) + (member,)\n    return index\n\n\n_BY_CODE: Final[dict[int, tuple[CIError, ...]]] = _index()\n\n\ndef lookup(code: int) -> tuple[CIError, ...]:\n    """Return every member with this code, across categories; () for an unknown code."""\n    return _BY_CODE.get(code, ())\n\n\ndef from_header(value: str | bytes | None) -> tuple[CIError, ...]:\n    """Return the members for an ``X-ErrNo`` header value such as ``" -46618 "``; () if none."""\n    if value is None:\n        return ()\n    if isinstance(value, bytes):\n        value = value.decode("ascii", "replace")\n    text = value.strip(" \\t")\n    digits = text[1:] if text[:1] in ("-", "+") else text\n    if not (0 < len(digits) <= 18 and digits.isascii() and digits.isdigit()):\n        return ()\n    return lookup(int(text))\n'

blocks = {}
debug_info = '1=64&28=66&29=70&37=74&38=76&40=79&44=84&45=88&81=93&82=96&86=99&87=103&148=113&149=117&152=120&154=123&156=126&157=128&158=130&161=133&162=136&165=140&170=147&172=150&173=152&175=155&176=159&180=163&183=166&184=170&185=172&186=174&187=176&192=180&198=184&200=187&201=191&202=195&203=197&212=205&213=208&215=211&216=215&217=219&219=223&220=225&221=227&232=237&234=240&235=245&236=247&237=250&238=252&239=256&240=260&241=262&246=269&251=273&252=278&253=280&254=283&255=285&256=289&257=291&258=293&263=300'
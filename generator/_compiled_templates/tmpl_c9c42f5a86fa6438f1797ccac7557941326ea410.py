from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'python/strings.py.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_header = resolve('header')
    l_0_codes = resolve('codes')
    l_0_doc = resolve('doc')
    l_0_retired = missing
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
        t_8 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    try:
        t_9 = environment.tests['string']
    except KeyError:
        @internalcode
        def t_9(*unused):
            raise TemplateRuntimeError("No test named 'string' found.")
    pass
    yield '# '
    yield str(environment.finalize(t_4((undefined(name='header') if l_0_header is missing else l_0_header))))
    yield '\n"""Tencent Cloud Infinite (CI) symbolic error codes: the ``<Code>`` of an error response.\n\n``ErrorCode`` has one member per code of the upstream page, its value the code itself\n(``ErrorCode("AccessDenied") is ErrorCode.ACCESS_DENIED``). A code can stand in several\nrows of the page, with different HTTP statuses and texts: ``member.variants`` lists them\n(``Variant(code, http_status, http_reason, description, action, category, deprecated,\nsee_also)``), ``lookup(code)`` does the same for any string, and\n``from_response(status, code)`` picks the row of one HTTP status.\n"""\n\nfrom __future__ import annotations\n\nimport warnings\nfrom enum import EnumMeta, StrEnum\nfrom typing import Any, Final, NamedTuple\n\n__all__ = [\n    "CATEGORIES",\n    "Category",\n    "DEPRECATED",\n    "ErrorCode",\n    "SeeAlso",\n    "VARIANTS",\n    "Variant",\n    "from_response",\n    "lookup",\n]\n\n\nclass Category(NamedTuple):\n    """One section of the upstream page: its id, heading and fallback text."""\n\n    id: str\n    title: str\n    fallback: str | None\n\n\nclass SeeAlso(NamedTuple):\n    """The same code on another page: that page\'s set, category and code."""\n\n    set: str\n    category: str\n    code: int | str\n\n\nclass Variant(NamedTuple):\n    """One row of the upstream page: a code with one HTTP status and text."""\n\n    code: str\n    http_status: int | None\n    http_reason: str | None\n    description: str\n    action: str | None\n    category: str\n    deprecated: bool\n    see_also: tuple[SeeAlso, ...]\n\n\n'
    l_0_retired = t_3(context.eval_ctx, t_7(context, (undefined(name='codes') if l_0_codes is missing else l_0_codes), 'deprecated'))
    context.vars['retired'] = l_0_retired
    context.exported_vars.add('retired')
    yield '# Members retired from the upstream page: reading one as an attribute warns.\n'
    if (undefined(name='retired') if l_0_retired is missing else l_0_retired):
        pass
        yield '_RETIRED_NAMES: Final[frozenset[str]] = frozenset(\n    {\n'
        for l_1_k in (undefined(name='retired') if l_0_retired is missing else l_0_retired):
            _loop_vars = {}
            pass
            yield '        "'
            yield str(environment.finalize(t_1(environment.getattr(l_1_k, 'name'))))
            yield '",\n'
        l_1_k = missing
        yield '    }\n)\n'
    else:
        pass
        yield '_RETIRED_NAMES: Final[frozenset[str]] = frozenset()\n'
    yield '\n\nclass _ErrorCodeType(EnumMeta):\n    """Enum metaclass: attribute access to a retired member warns (others are untouched)."""\n\n    def __getattr__(cls, name: str) -> Any:\n        if name in _RETIRED_NAMES:\n            warnings.warn(\n                f"{cls.__name__}.{name} is retired from the upstream error-code page",\n                DeprecationWarning,\n                stacklevel=2,\n            )\n            return cls.__members__[name]\n        raise AttributeError(name)\n\n\nclass ErrorCode(StrEnum, metaclass=_ErrorCodeType):\n    """A code of the upstream page; its value is the code, e.g. ``"AccessDenied"``."""\n\n'
    for l_1_k in (undefined(name='codes') if l_0_codes is missing else l_0_codes):
        _loop_vars = {}
        pass
        if environment.getattr(l_1_k, 'deprecated'):
            pass
            yield '    # Deprecated: retired from the upstream page; kept so that code using it still runs.\n'
        yield '    '
        yield str(environment.finalize(t_1(environment.getattr(l_1_k, 'name'))))
        yield ' = '
        yield str(environment.finalize(t_6(environment.getattr(l_1_k, 'code'))))
        yield '\n'
    l_1_k = missing
    if (undefined(name='codes') if l_0_codes is missing else l_0_codes):
        pass
        yield '\n'
    yield '    @property\n    def variants(self) -> tuple[Variant, ...]:\n        """Every row of the page with this code, in the page\'s order."""\n        return _BY_CODE.get(self.value, ())\n\n    @property\n    def description(self) -> str:\n        """What the code means, in the words of its first row."""\n        return self.variants[0].description\n\n    @property\n    def http_statuses(self) -> tuple[int, ...]:\n        """The HTTP statuses the code comes with, in the page\'s order."""\n        return tuple(v.http_status for v in self.variants if v.http_status is not None)\n\n    @property\n    def see_also(self) -> tuple[SeeAlso, ...]:\n        """Where other pages give the same code (set, category, code)."""\n        return tuple(dict.fromkeys(r for v in self.variants for r in v.see_also))\n\n    @property\n    def deprecated(self) -> bool:\n        """True for a code the page no longer lists, kept so that no constant vanishes."""\n        return self.name in _RETIRED_NAMES\n\n\n'
    if (t_2(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'categories')) > 0):
        pass
        yield 'CATEGORIES: Final[tuple[Category, ...]] = (\n'
        for l_1_c in environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'categories'):
            _loop_vars = {}
            pass
            yield '    Category(\n        id='
            yield str(environment.finalize(t_6(environment.getattr(l_1_c, 'id'))))
            yield ',\n        title='
            yield str(environment.finalize(t_6(environment.getattr(l_1_c, 'title'))))
            yield ',\n        fallback='
            yield str(environment.finalize(t_5(environment.getattr(l_1_c, 'fallback'))))
            yield ',\n    ),\n'
        l_1_c = missing
        yield ')\n'
    else:
        pass
        yield 'CATEGORIES: Final[tuple[Category, ...]] = ()\n'
    yield "\n# Every row of the page, in the page's order.\n"
    if context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'entries')):
        pass
        yield 'VARIANTS: Final[tuple[Variant, ...]] = (\n'
        for (l_1_c, l_1_e) in context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'entries')):
            _loop_vars = {}
            pass
            yield '    Variant(\n        code='
            yield str(environment.finalize(t_6(environment.getattr(l_1_e, 'code'))))
            yield ',\n        http_status='
            if t_8(environment.getattr(l_1_e, 'http_status')):
                pass
                yield 'None'
            else:
                pass
                yield str(environment.finalize(environment.getattr(l_1_e, 'http_status')))
            yield ',\n        http_reason='
            yield str(environment.finalize(t_5(environment.getattr(l_1_e, 'http_reason'))))
            yield ',\n        description='
            yield str(environment.finalize(t_6(environment.getattr(l_1_e, 'description'))))
            yield ',\n        action='
            yield str(environment.finalize(t_5(environment.getattr(l_1_e, 'action'))))
            yield ',\n        category='
            yield str(environment.finalize(t_6(environment.getattr(l_1_c, 'id'))))
            yield ',\n        deprecated='
            if environment.getattr(l_1_e, 'deprecated'):
                pass
                yield 'True'
            else:
                pass
                yield 'False'
            yield ',\n'
            if environment.getattr(l_1_e, 'see_also'):
                pass
                yield '        see_also=(\n'
                for (l_2_s, l_2_sc, l_2_code) in environment.getattr(l_1_e, 'see_also'):
                    _loop_vars = {}
                    pass
                    yield '            SeeAlso(\n                set='
                    yield str(environment.finalize(t_6(l_2_s)))
                    yield ',\n                category='
                    yield str(environment.finalize(t_6(l_2_sc)))
                    yield ',\n                code='
                    if t_9(l_2_code):
                        pass
                        yield str(environment.finalize(t_6(l_2_code)))
                    else:
                        pass
                        yield str(environment.finalize(l_2_code))
                    yield ',\n            ),\n'
                l_2_s = l_2_sc = l_2_code = missing
                yield '        ),\n'
            else:
                pass
                yield '        see_also=(),\n'
            yield '    ),\n'
        l_1_c = l_1_e = missing
        yield ')\n'
    else:
        pass
        yield 'VARIANTS: Final[tuple[Variant, ...]] = ()\n'
    yield '\n\ndef _index() -> dict[str, tuple[Variant, ...]]:\n    index: dict[str, tuple[Variant, ...]] = {}\n    for variant in VARIANTS:\n        index[variant.code] = index.get(variant.code, ()) + (variant,)\n    return index\n\n\n_BY_CODE: Final[dict[str, tuple[Variant, ...]]] = _index()\n\n\ndef _retire() -> tuple[ErrorCode, ...]:\n    retired: list[ErrorCode] = []\n    for member in ErrorCode:\n        if member.name in _RETIRED_NAMES:\n            # Off the class dict, so that attribute access goes through the warning.\n            type.__delattr__(ErrorCode, member.name)\n            retired.append(member)\n    return tuple(retired)\n\n\n# Every member retired from the upstream page, kept so that no constant vanishes.\nDEPRECATED: Final[tuple[ErrorCode, ...]] = _retire()\n\n\ndef lookup(code: str) -> tuple[Variant, ...]:\n    """Return every row of the page with this code, in order; () for an unknown code."""\n    return _BY_CODE.get(code, ())\n\n\ndef from_response(status: int, code: str) -> Variant | None:\n    """Return the row for an error response\'s HTTP status and ``<Code>``; None if none."""\n    for variant in _BY_CODE.get(code, ()):\n        if variant.http_status == status:\n            return variant\n    return None\n'

blocks = {}
debug_info = '1=70&60=72&62=76&65=79&66=83&92=91&93=94&96=98&98=103&127=107&129=110&131=114&132=116&133=118&142=126&144=129&146=133&147=135&148=142&149=144&150=146&151=148&152=150&153=157&155=160&157=164&158=166&159=168'
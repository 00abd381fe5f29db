from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'python/strings.py.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_view = resolve('view')
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
    yield '\n"""Tencent Cloud Infinite (CI) symbolic error codes: the ``<Code>`` of an error response.\n\n``ErrorCode`` has one member per code of the upstream page, its value the code itself\n(``ErrorCode("AccessDenied") is ErrorCode.ACCESS_DENIED``). A code can stand in several\nrows of the page, with different HTTP statuses and texts: ``member.variants`` lists them\n(``Variant(code, http_status, http_reason, description, action, category, deprecated,\nsee_also)``), ``lookup(code)`` does the same for any string, and\n``from_response(status, code)`` picks the row of one HTTP status.\n"""\n\nfrom __future__ import annotations\n\nimport warnings\nfrom enum import EnumMeta, StrEnum\nfrom typing import Any, Final, NamedTuple\n\n__all__ = [\n    "CATEGORIES",\n    "Category",\n    "DEPRECATED",\n    "ErrorCode",\n    "SeeAlso",\n    "VARIANTS",\n    "Variant",\n    "from_response",\n    "lookup",\n]\n\n\n'
    l_1_translated = False
    pass
    template = environment.get_template('python/category.py.j2', 'python/strings.py.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'translated': l_1_translated}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    l_1_translated = missing
    yield '\n\nclass SeeAlso(NamedTuple):\n    """The same code on another page: that page\'s set, category and code."""\n\n    set: str\n    category: str\n    code: int | str\n\n\nclass Variant(NamedTuple):\n    """One row of the upstream page: a code with one HTTP status and text."""\n\n    code: str\n    http_status: int | None\n    http_reason: str | None\n    description: str\n    action: str | None\n    category: str\n    deprecated: bool\n    see_also: tuple[SeeAlso, ...]\n\n\n'
    l_1_by_class = False
    pass
    template = environment.get_template('python/retired.py.j2', 'python/strings.py.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'by_class': l_1_by_class}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    l_1_by_class = missing
    yield '\n\nclass ErrorCode(StrEnum, metaclass=_ErrorCodeType):\n    """A code of the upstream page; its value is the code, e.g. ``"AccessDenied"``."""\n\n'
    for l_1_k in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'codes'):
        _loop_vars = {}
        pass
        if environment.getattr(l_1_k, 'deprecated'):
            pass
            yield '    # Deprecated: retired from the upstream page; kept so that code using it still runs.\n'
        yield '    '
        yield str(environment.finalize(t_1(environment.getattr(l_1_k, 'name'))))
        yield ' = '
        yield str(environment.finalize(t_5(environment.getattr(l_1_k, 'code'))))
        yield '\n'
    l_1_k = missing
    if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'codes'):
        pass
        yield '\n'
    yield '    @property\n    def variants(self) -> tuple[Variant, ...]:\n        """Every row of the page with this code, in the page\'s order."""\n        return _BY_CODE.get(self.value, ())\n\n    @property\n    def description(self) -> str:\n        """What the code means, in the words of its first row."""\n        return self.variants[0].description\n\n    @property\n    def http_statuses(self) -> tuple[int, ...]:\n        """The HTTP statuses the code comes with, in the page\'s order."""\n        return tuple(v.http_status for v in self.variants if v.http_status is not None)\n\n    @property\n    def see_also(self) -> tuple[SeeAlso, ...]:\n        """Where other pages give the same code (set, category, code)."""\n        return tuple(dict.fromkeys(r for v in self.variants for r in v.see_also))\n\n    @property\n    def deprecated(self) -> bool:\n        """True for a code the page no longer lists, kept so that no constant vanishes."""\n        return self.name in _RETIRED_NAMES\n\n\n'
    if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'categories'):
        pass
        yield 'CATEGORIES: Final[tuple[Category, ...]] = (\n'
        for l_1_c in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'categories'):
            _loop_vars = {}
            pass
            yield '    Category(\n        id='
            yield str(environment.finalize(t_5(environment.getattr(l_1_c, 'id'))))
            yield ',\n        title='
            yield str(environment.finalize(t_5(environment.getattr(l_1_c, 'title'))))
            yield ',\n        fallback='
            yield str(environment.finalize(t_4(environment.getattr(l_1_c, 'fallback'))))
            yield ',\n    ),\n'
        l_1_c = missing
        yield ')\n'
    else:
        pass
        yield 'CATEGORIES: Final[tuple[Category, ...]] = ()\n'
    yield "\n# Every row of the page, in the page's order.\n"
    if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'entries'):
        pass
        yield 'VARIANTS: Final[tuple[Variant, ...]] = (\n'
        for (l_1_c, l_1_e) in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'entries'):
            _loop_vars = {}
            pass
            yield '    Variant(\n        code='
            yield str(environment.finalize(t_5(environment.getattr(l_1_e, 'code'))))
            yield ',\n        http_status='
            yield str(environment.finalize(t_3(environment.getattr(l_1_e, 'http_status'))))
            yield ',\n        http_reason='
            yield str(environment.finalize(t_4(environment.getattr(l_1_e, 'http_reason'))))
            yield ',\n        description='
            yield str(environment.finalize(t_5(environment.getattr(l_1_e, 'description'))))
            yield ',\n        action='
            yield str(environment.finalize(t_4(environment.getattr(l_1_e, 'action'))))
            yield ',\n        category='
            yield str(environment.finalize(t_5(environment.getattr(l_1_c, 'id'))))
            yield ',\n        deprecated='
            yield str(environment.finalize(t_3(environment.getattr(l_1_e, 'deprecated'))))
            yield ',\n'
            if environment.getattr(l_1_e, 'see_also'):
                pass
                yield '        see_also=(\n'
                for (l_2_s, l_2_sc, l_2_code) in environment.getattr(l_1_e, 'see_also'):
                    _loop_vars = {}
                    pass
                    yield '            SeeAlso(\n                set='
                    yield str(environment.finalize(t_5(l_2_s)))
                    yield ',\n                category='
                    yield str(environment.finalize(t_5(l_2_sc)))
                    yield ',\n                code='
                    yield str(environment.finalize(t_3(l_2_code)))
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
    yield '\n\ndef _index() -> dict[str, tuple[Variant, ...]]:\n    index: dict[str, tuple[Variant, ...]] = {}\n    for variant in VARIANTS:\n        index[variant.code] = index.get(variant.code, ()) + (variant,)\n    return index\n\n\n_BY_CODE: Final[dict[str, tuple[Variant, ...]]] = _index()\n\n\n'
    l_1_by_class = False
    pass
    template = environment.get_template('python/retire.py.j2', 'python/strings.py.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'by_class': l_1_by_class}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    l_1_by_class = missing
    yield '\n\ndef lookup(code: str) -> tuple[Variant, ...]:\n    """Return every row of the page with this code, in order; () for an unknown code."""\n    return _BY_CODE.get(code, ())\n\n\ndef from_response(status: int, code: str) -> Variant | None:\n    """Return the row for an error response\'s HTTP status and ``<Code>``; None if none."""\n    for variant in _BY_CODE.get(code, ()):\n        if variant.http_status == status:\n            return variant\n    return None\n'

blocks = {}
debug_info = '1=43&31=47&55=57&61=65&62=68&65=72&67=77&96=81&98=84&100=88&101=90&102=92&111=100&113=103&115=107&116=109&117=111&118=113&119=115&120=117&121=119&122=121&124=124&126=128&127=130&128=132&153=148'
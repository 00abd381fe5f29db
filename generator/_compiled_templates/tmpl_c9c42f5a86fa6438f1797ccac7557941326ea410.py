from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'python/strings.py.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_view = resolve('view')
    l_0_exceptions = resolve('exceptions')
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
    yield '\n"""Tencent Cloud Infinite (CI) symbolic error codes: the ``<Code>`` of an error response.\n\n``ErrorCode`` has one member per code of the upstream page, its value the code itself\n(``ErrorCode("AccessDenied") is ErrorCode.ACCESS_DENIED``). A code can stand in several\nrows of the page, with different HTTP statuses and texts: ``member.variants`` lists them\n(``Variant(code, http_status, http_reason, description, action, category, deprecated,\nsee_also)``), ``lookup(code)`` does the same for any string, and\n``from_response(status, code)`` picks the row of one HTTP status.\n\nDotted codes form a hierarchy (``InvalidInput.TaskDuplicated`` is under ``InvalidInput``):\n``parent_of(code)``, ``subcodes(code)`` and ``is_within(code, ancestor)`` read it, and so\ndo ``member.parent`` and ``member.subcodes``; API 3.0 callers often handle a whole class\nof codes (``is_within(error.code, "InvalidInput")``).\n\n``raise_for_response(status, code)`` raises the ``CIException`` of an error response: one\nsubclass per category (``Http4xxError`` -> ``Http4xxException``); a code of several\ncategories raises one that each of their classes catches. ``exception_for(code, status)``\nis the class it raises.\n"""\n\nfrom __future__ import annotations\n\nimport warnings\nfrom enum import EnumMeta, StrEnum\nfrom typing import Any, Final, NamedTuple, NoReturn, cast\n\n__all__ = [\n    "CATEGORIES",\n    "CIException",\n    "Category",\n    "DEPRECATED",\n    "ErrorCode",\n    "SeeAlso",\n    "VARIANTS",\n    "Variant",\n'
    for (l_1__, l_1_exception) in (undefined(name='exceptions') if l_0_exceptions is missing else l_0_exceptions):
        _loop_vars = {}
        pass
        yield '    "'
        yield str(environment.finalize(t_1(l_1_exception)))
        yield '",\n'
    l_1__ = l_1_exception = missing
    yield '    "exception_for",\n    "from_response",\n    "is_within",\n    "lookup",\n    "parent_of",\n    "raise_for_response",\n    "subcodes",\n]\n\n\n'
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
    yield '    @property\n    def variants(self) -> tuple[Variant, ...]:\n        """Every row of the page with this code, in the page\'s order."""\n        return _BY_CODE.get(self.value, ())\n\n    @property\n    def description(self) -> str:\n        """What the code means, in the words of its first row."""\n        return self.variants[0].description\n\n    @property\n    def http_statuses(self) -> tuple[int, ...]:\n        """The HTTP statuses the code comes with, in the page\'s order."""\n        return tuple(v.http_status for v in self.variants if v.http_status is not None)\n\n    @property\n    def see_also(self) -> tuple[SeeAlso, ...]:\n        """Where other pages give the same code (set, category, code)."""\n        return tuple(dict.fromkeys(r for v in self.variants for r in v.see_also))\n\n    @property\n    def deprecated(self) -> bool:\n        """True for a code the page no longer lists, kept so that no constant vanishes."""\n        return self.name in _RETIRED_NAMES\n\n    @property\n    def parent(self) -> str | None:\n        """The code one level up (``InvalidInput`` for ``InvalidInput.TaskDuplicated``);\n        None for a top-level code. ``ErrorCode(parent)`` if the page lists it too."""\n        return parent_of(self.value)\n\n    @property\n    def subcodes(self) -> tuple[ErrorCode, ...]:\n        """The codes one level below this one, in the page\'s order."""\n        return subcodes(self.value)\n\n\n'
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
    yield '\n\ndef parent_of(code: str) -> str | None:\n    """The code one level up a dotted code: all but its last ``.`` part; None at the top."""\n    if "." not in code.strip("."):\n        return None\n    return code.rsplit(".", 1)[0]\n\n\ndef _subcodes() -> dict[str, tuple[ErrorCode, ...]]:\n    index: dict[str, tuple[ErrorCode, ...]] = {}\n    for member in ErrorCode:\n        parent = parent_of(member.value)\n        if parent is not None:\n            index[parent] = index.get(parent, ()) + (member,)\n    return index\n\n\n_SUBCODES: Final[dict[str, tuple[ErrorCode, ...]]] = _subcodes()\n\n\ndef subcodes(code: str) -> tuple[ErrorCode, ...]:\n    """The codes of the page one level below ``code`` (whether or not the page lists it)."""\n    return _SUBCODES.get(code, ())\n\n\ndef is_within(code: str, ancestor: str) -> bool:\n    """True when ``code`` is ``ancestor`` or lies below it (``InvalidInput.TaskDuplicated``\n    is within ``InvalidInput``; ``InvalidInputs`` is not)."""\n    return code == ancestor or code.startswith(ancestor + ".")\n\n\ndef lookup(code: str) -> tuple[Variant, ...]:\n    """Return every row of the page with this code, in order; () for an unknown code."""\n    return _BY_CODE.get(code, ())\n\n\ndef from_response(status: int, code: str) -> Variant | None:\n    """Return the row for an error response\'s HTTP status and ``<Code>``; None if none."""\n    for variant in _BY_CODE.get(code, ()):\n        if variant.http_status == status:\n            return variant\n    return None\n\n\n# The description of a code the upstream page does not list.\n_UNKNOWN: Final = "An error code that the upstream error-code page does not list."\n\n\nclass CIException(Exception):\n    """An error response, raised: ``code`` (its ``<Code>``), ``http_status`` (None if not\n    given), ``variants`` (every row of the page with that code; () for an unknown code) and\n    ``description`` (the text of the row with that status, or of the first row)."""\n\n    code: str\n    http_status: int | None\n    variants: tuple[Variant, ...]\n\n    def __init__(self, code: str, http_status: int | None = None) -> None:\n        super().__init__(code, http_status)\n        self.code = code\n        self.http_status = http_status\n        self.variants = lookup(code)\n\n    @property\n    def description(self) -> str:\n        """The text of the row with this status, else of the first row, else a generic text."""\n        if self.http_status is not None:\n            found = from_response(self.http_status, self.code)\n            if found is not None:\n                return found.description\n        return self.variants[0].description if self.variants else _UNKNOWN\n\n    def __str__(self) -> str:\n        status = "" if self.http_status is None else f" (HTTP {self.http_status})"\n        return f"{self.code}{status}: {self.description}"\n\n    def __reduce__(self) -> tuple[Any, ...]:\n        return (_exception, (self.code, self.http_status))\n'
    for (l_1_c, l_1_exception) in (undefined(name='exceptions') if l_0_exceptions is missing else l_0_exceptions):
        _loop_vars = {}
        pass
        yield '\n\nclass '
        yield str(environment.finalize(t_1(l_1_exception)))
        yield '(CIException):\n    """Raised for a code of the category ``'
        yield str(environment.finalize(t_1(environment.getattr(l_1_c, 'id'))))
        yield '``."""\n'
    l_1_c = l_1_exception = missing
    yield '\n\n'
    if (undefined(name='exceptions') if l_0_exceptions is missing else l_0_exceptions):
        pass
        yield "# Each category's exception, by the category's id.\n_EXCEPTION_OF: Final[dict[str, type[CIException]]] = {\n"
        for (l_1_c, l_1_exception) in (undefined(name='exceptions') if l_0_exceptions is missing else l_0_exceptions):
            _loop_vars = {}
            pass
            yield '    '
            yield str(environment.finalize(t_5(environment.getattr(l_1_c, 'id'))))
            yield ': '
            yield str(environment.finalize(t_1(l_1_exception)))
            yield ',\n'
        l_1_c = l_1_exception = missing
        yield '}\n'
    else:
        pass
        yield "# Each category's exception, by the category's id.\n_EXCEPTION_OF: Final[dict[str, type[CIException]]] = {}\n"
    yield '# A code of several categories: one subclass of each of their exceptions (made once).\n_SHARED: Final[dict[tuple[type[CIException], ...], type[CIException]]] = {}\n\n\ndef exception_for(code: str, http_status: int | None = None) -> type[CIException]:\n    """The exception class raised for a code (and status): that of the categories of its\n    rows (with that status, if any has it); ``CIException`` for an unknown code."""\n    rows = lookup(code)\n    rows = tuple(v for v in rows if v.http_status == http_status) or rows\n    bases = tuple(dict.fromkeys(_EXCEPTION_OF[v.category] for v in rows))\n    if not bases:\n        return CIException\n    if len(bases) == 1:\n        return bases[0]\n    if bases not in _SHARED:\n        name = "_".join(b.__name__ for b in bases)\n        namespace = {"__module__": __name__, "__qualname__": name, "__doc__": None}\n        _SHARED[bases] = cast("type[CIException]", type(name, bases, namespace))\n    return _SHARED[bases]\n\n\ndef _exception(code: str, http_status: int | None) -> CIException:\n    return exception_for(code, http_status)(code, http_status)\n\n\ndef _shared() -> None:\n    for code in _BY_CODE:\n        exception_for(code)\n\n\n_shared()\n\n\ndef raise_for_response(status: int, code: str) -> NoReturn:\n    """Raise the exception of an error response\'s HTTP status and ``<Code>``."""\n    raise _exception(code, status)\n'

blocks = {}
debug_info = '1=44&37=46&38=50&50=56&74=66&80=74&81=77&84=81&86=86&126=90&128=93&130=97&131=99&132=101&141=109&143=112&145=116&146=118&147=120&148=122&149=124&150=126&151=128&152=130&154=133&156=137&157=139&158=141&183=157&263=165&266=169&267=171&271=175&274=178&275=182'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'python/strings.py.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_view = resolve('view')
    l_0_root = resolve('root')
    l_0_exceptions = resolve('exceptions')
    l_0_status_classes = resolve('status_classes')
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
    yield ' symbolic error codes: the ``<Code>`` of an error response.\n\n``ErrorCode`` has one member per code of the upstream page, its value the code itself\n(``ErrorCode("AccessDenied") is ErrorCode.ACCESS_DENIED``). A code can stand in several\nrows of the page, with different HTTP statuses and texts: ``member.variants`` lists them\n(``Variant(code, http_status, http_reason, description, action, category, deprecated,\nsee_also)``), ``lookup(code)`` does the same for any string, and\n``from_response(status, code)`` picks the row of one HTTP status.\n\nDotted codes form a hierarchy (``InvalidInput.TaskDuplicated`` is under ``InvalidInput``):\n``parent_of(code)``, ``subcodes(code)`` and ``is_within(code, ancestor)`` read it, and so\ndo ``member.parent`` and ``member.subcodes``; API 3.0 callers often handle a whole class\nof codes (``is_within(error.code, "InvalidInput")``).\n\n``'
    yield str(environment.finalize(t_1((undefined(name='root') if l_0_root is missing else l_0_root))))
    yield '`` is the error of a response: its code, HTTP status, the server\'s message,\nrequest and trace ids, ``fault`` and ``retryable``; one subclass per category\n(``Http4xxError`` -> ``Http4xxException``), chosen by the status received (``SlowDown``\nanswered with 503 is a 5xx error), and a code of several categories gives one that each of\ntheir classes catches. ``error_for(status=..., code=..., ...)`` makes it without raising,\n``raise_for_response(status, code)`` raises it, ``from_cos_error(err)`` makes it from the\nPython SDK\'s ``CosServiceError``, and ``exception_for(code, status)`` is its class.\n"""\n\nfrom __future__ import annotations\n\nimport threading\nimport warnings\nfrom enum import Enum, EnumMeta\nfrom typing import Any, Final, Iterable, Literal, NamedTuple, NoReturn, Protocol, cast\n\n__all__ = [\n    "CATEGORIES",\n    "Category",\n    "DEPRECATED",\n    "ErrorCode",\n    "SeeAlso",\n    "VARIANTS",\n    "Variant",\n'
    for (l_1__, l_1_exception) in (undefined(name='exceptions') if l_0_exceptions is missing else l_0_exceptions):
        _loop_vars = {}
        pass
        yield '    "'
        yield str(environment.finalize(t_1(l_1_exception)))
        yield '",\n'
    l_1__ = l_1_exception = missing
    yield '    "'
    yield str(environment.finalize(t_1((undefined(name='root') if l_0_root is missing else l_0_root))))
    yield '",\n    "error_for",\n    "exception_for",\n    "from_cos_error",\n    "from_response",\n    "is_within",\n    "keep_headers",\n    "lookup",\n    "parent_of",\n    "raise_for_response",\n    "subcodes",\n]\n\n\n'
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
    yield '\n\nclass ErrorCode(str, Enum, metaclass=_ErrorCodeType):\n    """A code of the upstream page; its value is the code, e.g. ``"AccessDenied"``: a ``str``\n    whose ``str()`` and ``format()`` are the code, on every Python from 3.9 (as 3.11\'s\n    ``StrEnum``)."""\n\n'
    for l_1_k in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'codes'):
        l_1_wrapped = resolve('wrapped')
        _loop_vars = {}
        pass
        if environment.getattr(l_1_k, 'deprecated'):
            pass
            yield '    # Deprecated: retired from the upstream page; kept so that code using it still runs.\n'
        if (environment.getattr(l_1_k, 'name') in (undefined(name='wrapped') if l_1_wrapped is missing else l_1_wrapped)):
            pass
            yield '    '
            yield str(environment.finalize(t_1(environment.getattr(l_1_k, 'name'))))
            yield ' = (\n        '
            yield str(environment.finalize(t_7(environment.getattr(l_1_k, 'code'))))
            yield '\n    )\n'
        else:
            pass
            yield '    '
            yield str(environment.finalize(t_1(environment.getattr(l_1_k, 'name'))))
            yield ' = '
            yield str(environment.finalize(t_7(environment.getattr(l_1_k, 'code'))))
            yield '\n'
    l_1_k = l_1_wrapped = missing
    if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'codes'):
        pass
        yield '\n'
    yield '    def __str__(self) -> str:\n        return str(self.value)\n\n    def __format__(self, format_spec: str) -> str:\n        return format(str(self.value), format_spec)\n\n    @property\n    def variants(self) -> tuple[Variant, ...]:\n        """Every row of the page with this code, in the page\'s order."""\n        return _BY_CODE.get(self.value, ())\n\n    @property\n    def description(self) -> str:\n        """What the code means, in the words of its first row."""\n        return self.variants[0].description\n\n    @property\n    def http_statuses(self) -> tuple[int, ...]:\n        """The HTTP statuses the code comes with, in the page\'s order."""\n        return tuple(v.http_status for v in self.variants if v.http_status is not None)\n\n    @property\n    def see_also(self) -> tuple[SeeAlso, ...]:\n        """Where other pages give the same code (set, category, code)."""\n        return tuple(dict.fromkeys(r for v in self.variants for r in v.see_also))\n\n    @property\n    def deprecated(self) -> bool:\n        """True for a code the page no longer lists, kept so that no constant vanishes."""\n        return self.name in _RETIRED_NAMES\n\n    @property\n    def parent(self) -> str | None:\n        """The code one level up (``InvalidInput`` for ``InvalidInput.TaskDuplicated``);\n        None for a top-level code. ``ErrorCode(parent)`` if the page lists it too."""\n        return parent_of(self.value)\n\n    @property\n    def subcodes(self) -> tuple[ErrorCode, ...]:\n        """The codes one level below this one, in the page\'s order."""\n        return subcodes(self.value)\n\n\n'
    if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'categories'):
        pass
        yield 'CATEGORIES: Final[tuple[Category, ...]] = (\n'
        for l_1_c in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'categories'):
            _loop_vars = {}
            pass
            yield '    Category(\n        id='
            yield str(environment.finalize(t_7(environment.getattr(l_1_c, 'id'))))
            yield ',\n        title='
            yield str(environment.finalize(t_7(environment.getattr(l_1_c, 'title'))))
            yield ',\n        fallback='
            yield str(environment.finalize(t_6(environment.getattr(l_1_c, 'fallback'))))
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
            yield str(environment.finalize(t_7(environment.getattr(l_1_e, 'code'))))
            yield ',\n        http_status='
            yield str(environment.finalize(t_5(environment.getattr(l_1_e, 'http_status'))))
            yield ',\n        http_reason='
            yield str(environment.finalize(t_6(environment.getattr(l_1_e, 'http_reason'))))
            yield ',\n        description='
            yield str(environment.finalize(t_7(environment.getattr(l_1_e, 'description'))))
            yield ',\n        action='
            yield str(environment.finalize(t_6(environment.getattr(l_1_e, 'action'))))
            yield ',\n        category='
            yield str(environment.finalize(t_7(environment.getattr(l_1_c, 'id'))))
            yield ',\n        deprecated='
            yield str(environment.finalize(t_5(environment.getattr(l_1_e, 'deprecated'))))
            yield ',\n'
            if environment.getattr(l_1_e, 'see_also'):
                pass
                yield '        see_also=(\n'
                for (l_2_s, l_2_sc, l_2_code) in environment.getattr(l_1_e, 'see_also'):
                    _loop_vars = {}
                    pass
                    yield '            SeeAlso(\n                set='
                    yield str(environment.finalize(t_7(l_2_s)))
                    yield ',\n                category='
                    yield str(environment.finalize(t_7(l_2_sc)))
                    yield ',\n                code='
                    yield str(environment.finalize(t_5(l_2_code)))
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
    yield '\n\ndef parent_of(code: str) -> str | None:\n    """The code one level up a dotted code: all but its last ``.`` part; None at the top."""\n    if "." not in code.strip("."):\n        return None\n    return code.rsplit(".", 1)[0]\n\n\ndef _subcodes() -> dict[str, tuple[ErrorCode, ...]]:\n    index: dict[str, tuple[ErrorCode, ...]] = {}\n    for member in ErrorCode:\n        parent = parent_of(member.value)\n        if parent is not None:\n            index[parent] = index.get(parent, ()) + (member,)\n    return index\n\n\n_SUBCODES: Final[dict[str, tuple[ErrorCode, ...]]] = _subcodes()\n\n\ndef subcodes(code: str) -> tuple[ErrorCode, ...]:\n    """The codes of the page one level below ``code`` (whether or not the page lists it)."""\n    return _SUBCODES.get(code, ())\n\n\ndef is_within(code: str, ancestor: str) -> bool:\n    """True when ``code`` is ``ancestor`` or lies below it (``InvalidInput.TaskDuplicated``\n    is within ``InvalidInput``; ``InvalidInputs`` is not)."""\n    return code == ancestor or code.startswith(ancestor + ".")\n\n\ndef lookup(code: str) -> tuple[Variant, ...]:\n    """Return every row of the page with this code, in order; () for an unknown code."""\n    return _BY_CODE.get(code, ())\n\n\ndef from_response(status: int, code: str) -> Variant | None:\n    """Return the row for an error response\'s HTTP status and ``<Code>``; None if none."""\n    for variant in _BY_CODE.get(code, ()):\n        if variant.http_status == status:\n            return variant\n    return None\n\n\n# The description of a code the upstream page does not list.\n_UNKNOWN: Final = "An error code that the upstream error-code page does not list."\n\n\nclass '
    yield str(environment.finalize(t_1((undefined(name='root') if l_0_root is missing else l_0_root))))
    yield '(Exception):\n    """An error response, raised: ``code`` (the ``ErrorCode`` for a code the page lists;\n    else the ``<Code>`` as received), ``status`` (the HTTP status received; also\n    ``http_status``), ``server_message`` (the server\'s own ``<Message>``), ``request_id``\n    and ``trace_id`` (each None where not known), ``fault`` (``"server"`` or ``"client"``),\n    ``retryable``, ``variants`` (every row of the page with that code; () for an unknown\n    code) and ``description`` (the text of the row with that status, or the first)."""\n\n    code: ErrorCode | str\n    status: int | None\n    server_message: str | None\n    request_id: str | None\n    trace_id: str | None\n    variants: tuple[Variant, ...]\n\n    def __init__(\n        self,\n        code: str,\n        status: int | None = None,\n        *,\n        server_message: str | None = None,\n        request_id: str | None = None,\n        trace_id: str | None = None,\n    ) -> None:\n        super().__init__(code, status)\n        self.status = status\n        self.server_message = server_message\n        self.request_id = request_id\n        self.trace_id = trace_id\n        self.variants = lookup(code)\n        self.code = ErrorCode(code) if self.variants else code\n\n    @property\n    def http_status(self) -> int | None:\n        """The HTTP status received (``status``), or None."""\n        return self.status\n\n    @property\n    def description(self) -> str:\n        """The text of the row with this status, else of the first row, else a generic text."""\n        if self.status is not None:\n            found = from_response(self.status, self.code)\n            if found is not None:\n                return found.description\n        return self.variants[0].description if self.variants else _UNKNOWN\n\n    @property\n    def fault(self) -> Literal["client", "server"]:\n        """``"server"`` for a status of 500 or more (without a status: for an error of a\n        category whose rows are all 5xx); else ``"client"``."""\n        if self.status is not None:\n            return "server" if self.status >= 500 else "client"\n        mine = [k for k, e in _EXCEPTION_OF.items() if isinstance(self, e)]\n        server = bool(mine) and all(_STATUS_CLASSES.get(k) == 5 for k in mine)\n        return "server" if server else "client"\n\n    @property\n    def retryable(self) -> bool:\n        """True when a retry may help: a status of 429, 500, 502, 503 or 504, or a code the\n        page marks as throttling (``SlowDown``)."""\n        return self.status in _RETRYABLE_STATUSES or str(self.code) in _RETRYABLE_CODES\n\n    def __str__(self) -> str:\n        extras = (\n            ("server message", self.server_message),\n            ("request id", self.request_id),\n            ("trace id", self.trace_id),\n        )\n        return _message(str(self.code), self.status, self.description, extras)\n\n    def __repr__(self) -> str:\n        shown = [f"code={_short(str(self.code))}"]\n        if self.status is not None:\n            shown.append(f"status={self.status}")\n        if self.request_id is not None:\n            shown.append(f"request_id={_short(self.request_id)}")\n        return f"{type(self).__name__}({\', \'.join(shown)})"\n\n    def __reduce__(self) -> tuple[Any, ...]:\n        fields = (self.server_message, self.request_id, self.trace_id)\n        return (_restore, (str(self.code), self.status, *fields))\n'
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
        yield '    """Raised for a code of the category ``'
        yield str(environment.finalize(t_1(environment.getattr(l_1_c, 'id'))))
        yield '``."""\n'
    l_1_c = l_1_exception = missing
    yield '\n\n'
    if (undefined(name='exceptions') if l_0_exceptions is missing else l_0_exceptions):
        pass
        yield "# Each category's exception, by the category's id.\n_EXCEPTION_OF: Final[dict[str, type["
        yield str(environment.finalize(t_1((undefined(name='root') if l_0_root is missing else l_0_root))))
        yield ']]] = {\n'
        for (l_1_c, l_1_exception) in (undefined(name='exceptions') if l_0_exceptions is missing else l_0_exceptions):
            _loop_vars = {}
            pass
            yield '    '
            yield str(environment.finalize(t_7(environment.getattr(l_1_c, 'id'))))
            yield ': '
            yield str(environment.finalize(t_1(l_1_exception)))
            yield ',\n'
        l_1_c = l_1_exception = missing
        yield '}\n'
    else:
        pass
        yield "# Each category's exception, by the category's id.\n_EXCEPTION_OF: Final[dict[str, type["
        yield str(environment.finalize(t_1((undefined(name='root') if l_0_root is missing else l_0_root))))
        yield ']]] = {}\n'
    yield '# The categories whose rows all lie in one HTTP status class (4 or 5), by id.\n'
    if (undefined(name='status_classes') if l_0_status_classes is missing else l_0_status_classes):
        pass
        yield '_STATUS_CLASSES: Final[dict[str, int]] = {\n'
        for (l_1_c, l_1_k) in (undefined(name='status_classes') if l_0_status_classes is missing else l_0_status_classes):
            _loop_vars = {}
            pass
            yield '    '
            yield str(environment.finalize(t_7(environment.getattr(l_1_c, 'id'))))
            yield ': '
            yield str(environment.finalize(t_5(l_1_k)))
            yield ',\n'
        l_1_c = l_1_k = missing
        yield '}\n'
    else:
        pass
        yield '_STATUS_CLASSES: Final[dict[str, int]] = {}\n'
    yield '# The codes the page marks as throttling (a retry may help).\n'
    if (undefined(name='retryable_codes') if l_0_retryable_codes is missing else l_0_retryable_codes):
        pass
        yield '_RETRYABLE_CODES: Final[frozenset[str]] = frozenset(\n    {\n'
        for l_1_code in (undefined(name='retryable_codes') if l_0_retryable_codes is missing else l_0_retryable_codes):
            _loop_vars = {}
            pass
            yield '        '
            yield str(environment.finalize(t_7(l_1_code)))
            yield ',\n'
        l_1_code = missing
        yield '    }\n)\n'
    else:
        pass
        yield '_RETRYABLE_CODES: Final[frozenset[str]] = frozenset()\n'
    yield '# A code of several categories: one subclass of each of their exceptions (made once).\n_SHARED: Final[\n    dict[\n        tuple[type['
    yield str(environment.finalize(t_1((undefined(name='root') if l_0_root is missing else l_0_root))))
    yield '], ...],\n        type['
    yield str(environment.finalize(t_1((undefined(name='root') if l_0_root is missing else l_0_root))))
    yield '],\n    ]\n] = {}\n\n\ndef _categories(code: str, status: int | None) -> tuple[str, ...]:\n    """The categories of an error (the status received wins): those of the code\'s rows\n    with that status; else those whose rows all lie in the status\'s class; else those of\n    every row of the code (none for an unknown code)."""\n    rows = lookup(code)\n    if status is not None:\n        by_row = tuple(v.category for v in rows if v.http_status == status)\n        if by_row:\n            return by_row\n        by_class = tuple(k for k, c in _STATUS_CLASSES.items() if c == status // 100)\n        if by_class:\n            return by_class\n    return tuple(v.category for v in rows)\n\n\ndef _exception_of(\n    categories: tuple[str, ...],\n) -> type['
    yield str(environment.finalize(t_1((undefined(name='root') if l_0_root is missing else l_0_root))))
    yield ']:\n    bases = tuple(dict.fromkeys(_EXCEPTION_OF[k] for k in categories))\n    if not bases:\n        return '
    yield str(environment.finalize(t_1((undefined(name='root') if l_0_root is missing else l_0_root))))
    yield '\n    if len(bases) == 1:\n        return bases[0]\n    found = _SHARED.get(bases)\n    if found is None:\n        name = "_".join(b.__name__ for b in bases)\n        namespace = {"__module__": __name__, "__qualname__": name, "__doc__": None}\n        made = cast(\n            "type['
    yield str(environment.finalize(t_1((undefined(name='root') if l_0_root is missing else l_0_root))))
    yield ']",\n            type(name, bases, namespace),\n        )\n        found = _SHARED.setdefault(bases, made)\n    return found\n\n\ndef exception_for(\n    code: str,\n    http_status: int | None = None,\n) -> type['
    yield str(environment.finalize(t_1((undefined(name='root') if l_0_root is missing else l_0_root))))
    yield ']:\n    """The exception class of a code and the HTTP status received (the status wins): that\n    of the categories of its rows with that status; else of the categories whose rows all\n    lie in that status\'s class (``SlowDown`` answered with 503 is a 5xx error); else of\n    every row of the code; for an unknown code, ``'
    yield str(environment.finalize(t_1((undefined(name='root') if l_0_root is missing else l_0_root))))
    yield '``\n    itself."""\n    return _exception_of(_categories(code, http_status))\n\n\ndef _shared() -> None:\n    for code in _BY_CODE:\n        exception_for(code)\n\n\n_shared()\n\n\ndef _restore(\n    code: str,\n    status: int | None,\n    server_message: str | None,\n    request_id: str | None,\n    trace_id: str | None,\n) -> '
    yield str(environment.finalize(t_1((undefined(name='root') if l_0_root is missing else l_0_root))))
    yield ':\n    return _exception_of(_categories(code, status))(\n        code,\n        status,\n        server_message=server_message,\n        request_id=request_id,\n        trace_id=trace_id,\n    )\n\n\n'
    template = environment.get_template('python/response.py.j2', 'python/strings.py.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '\n\ndef error_for(\n    *,\n    status: int | None = None,\n    code: str | None = None,\n    headers: _HeaderItems | Iterable[tuple[Any, Any]] | None = None,\n    message: str | None = None,\n    request_id: str | None = None,\n    trace_id: str | None = None,\n    cause: BaseException | None = None,\n) -> '
    yield str(environment.finalize(t_1((undefined(name='root') if l_0_root is missing else l_0_root))))
    yield ':\n    """The error of a response, most specific class first; never raises.\n\n    ``code`` is the ``<Code>`` of the error body (without one: ``""``); the\n    status received decides the category (see ``exception_for``). ``request_id`` and\n    ``trace_id`` default to the headers\' ``x-cos-request-id`` (or ``x-ci-request-id``) and\n    ``x-cos-trace-id``; ``message`` is the server\'s ``<Message>``; ``cause`` becomes\n    ``__cause__``. ``headers``: a mapping, an object with ``items()`` or (name, value)\n    pairs; names in any case."""\n    found = _headers(headers)\n    received = _status(status)\n    ids = _ids(found)\n    error = _restore(\n        _opt(code) or "",\n        received,\n        _opt(message),\n        _opt(request_id) or ids[0],\n        _opt(trace_id) or ids[1],\n    )\n    if isinstance(cause, BaseException):\n        error.__cause__ = cause\n    return error\n\n\ndef raise_for_response(status: int, code: str) -> NoReturn:\n    """Raise the error of an error response\'s HTTP status and ``<Code>``;\n    ``error_for(...)`` makes it without raising it."""\n    raise error_for(status=status, code=code)\n'

blocks = {}
debug_info = '1=59&2=61&16=63&40=65&41=69&43=73&57=77&81=87&89=95&90=99&93=102&94=105&95=107&98=112&101=117&147=121&149=124&151=128&152=130&153=132&162=140&164=143&166=147&167=149&168=151&169=153&170=155&171=157&172=159&173=161&175=164&177=168&178=170&179=172&204=188&254=196&335=198&338=202&339=205&340=207&343=212&345=217&349=221&351=224&352=226&353=230&358=239&361=242&363=245&364=249&371=259&374=262&375=266&385=274&386=276&408=278&411=280&419=282&429=284&433=286&452=288&462=290&474=297'
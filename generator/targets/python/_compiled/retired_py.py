from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'python/retired.py.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_by_class = resolve('by_class')
    l_0_view = resolve('view')
    try:
        t_1 = environment.filters['ident']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'ident' found.")
    pass
    yield '# Members retired from the upstream page: reading one as an attribute warns.\n'
    if ((undefined(name='by_class') if l_0_by_class is missing else l_0_by_class) and environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'retired')):
        pass
        yield '_RETIRED_NAMES: Final[frozenset[tuple[str, str]]] = frozenset(\n    {\n'
        for (l_1_c, l_1_e) in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'retired'):
            _loop_vars = {}
            pass
            yield '        ("'
            yield str(environment.finalize(t_1(environment.getattr(l_1_c, 'name'))))
            yield '", "'
            yield str(environment.finalize(t_1(environment.getattr(l_1_e, 'name'))))
            yield '"),\n'
        l_1_c = l_1_e = missing
        yield '    }\n)\n'
    elif (undefined(name='by_class') if l_0_by_class is missing else l_0_by_class):
        pass
        yield '_RETIRED_NAMES: Final[frozenset[tuple[str, str]]] = frozenset()\n'
    elif environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'retired_codes'):
        pass
        yield '_RETIRED_NAMES: Final[frozenset[str]] = frozenset(\n    {\n'
        for l_1_k in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'retired_codes'):
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
    yield '\n\nclass '
    if (undefined(name='by_class') if l_0_by_class is missing else l_0_by_class):
        pass
        yield '_ErrorType'
    else:
        pass
        yield '_ErrorCodeType'
    yield '(EnumMeta):\n    """Enum metaclass: attribute access to a retired member warns (others are untouched)."""\n\n    def __getattr__(cls, name: str) -> Any:\n        if '
    if (undefined(name='by_class') if l_0_by_class is missing else l_0_by_class):
        pass
        yield '(cls.__name__, name)'
    else:
        pass
        yield 'name'
    yield ' in _RETIRED_NAMES:\n            warnings.warn(\n                f"{cls.__name__}.{name} is retired from the upstream error-code page",\n                DeprecationWarning,\n                stacklevel=2,\n            )\n            return cls.__members__[name]\n        raise AttributeError(name)\n'

blocks = {}
debug_info = '5=20&8=23&9=27&13=33&15=36&18=39&19=43&28=51&32=58'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'python/retire.py.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_by_class = resolve('by_class')
    l_0_base = resolve('base')
    try:
        t_1 = environment.filters['ident']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'ident' found.")
    pass
    if (undefined(name='by_class') if l_0_by_class is missing else l_0_by_class):
        pass
        yield 'def _retire() -> tuple['
        yield str(environment.finalize(t_1((undefined(name='base') if l_0_base is missing else l_0_base))))
        yield ', ...]:\n    retired: list['
        yield str(environment.finalize(t_1((undefined(name='base') if l_0_base is missing else l_0_base))))
        yield '] = []\n    for enum_class in CATEGORIES:\n        for member in enum_class:\n            if (enum_class.__name__, member.name) in _RETIRED_NAMES:\n                # Off the class dict, so that attribute access goes through the warning.\n                type.__delattr__(enum_class, member.name)\n                retired.append(member)\n    return tuple(retired)\n'
    else:
        pass
        yield 'def _retire() -> tuple[ErrorCode, ...]:\n    retired: list[ErrorCode] = []\n    for member in ErrorCode:\n        if member.name in _RETIRED_NAMES:\n            # Off the class dict, so that attribute access goes through the warning.\n            type.__delattr__(ErrorCode, member.name)\n            retired.append(member)\n    return tuple(retired)\n'
    yield '\n\n# Every member retired from the upstream page, kept so that no constant vanishes.\nDEPRECATED: Final[tuple['
    if (undefined(name='by_class') if l_0_by_class is missing else l_0_by_class):
        pass
        yield str(environment.finalize(t_1((undefined(name='base') if l_0_base is missing else l_0_base))))
    else:
        pass
        yield 'ErrorCode'
    yield ', ...]] = _retire()\n'

blocks = {}
debug_info = '4=19&5=22&6=24&27=30'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'go/go.mod.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_view = resolve('view')
    l_0_module = resolve('module')
    l_0_go_version = resolve('go_version')
    try:
        t_1 = environment.filters['go_comment']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'go_comment' found.")
    pass
    yield '// '
    yield str(environment.finalize(t_1(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'header'))))
    yield '\n\nmodule '
    yield str(environment.finalize((undefined(name='module') if l_0_module is missing else l_0_module)))
    yield '\n\ngo '
    yield str(environment.finalize((undefined(name='go_version') if l_0_go_version is missing else l_0_go_version)))
    yield '\n'

blocks = {}
debug_info = '1=21&3=23&5=25'
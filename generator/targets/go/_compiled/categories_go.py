from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'go/categories.go.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_view = resolve('view')
    try:
        t_1 = environment.filters['go_str']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'go_str' found.")
    try:
        t_2 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    yield "// Categories returns every category, in the page's order.\nfunc Categories() []CategoryInfo {\n"
    if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'categories'):
        pass
        yield '\treturn []CategoryInfo{\n'
        l_1_loop = missing
        for l_1_c, l_1_loop in LoopContext(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'categories'), undefined):
            l_1_translated = resolve('translated')
            l_1_texts = missing
            _loop_vars = {}
            pass
            yield '\t\t{ID: '
            yield str(environment.finalize(t_1(environment.getattr(l_1_c, 'id'))))
            yield ', Title: '
            yield str(environment.finalize(t_1(environment.getattr(l_1_c, 'title'))))
            if (not t_2(environment.getattr(l_1_c, 'fallback'))):
                pass
                yield ', Fallback: '
                yield str(environment.finalize(t_1(environment.getattr(l_1_c, 'fallback'))))
            l_1_texts = (context.call(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'translations'), l_1_c, _loop_vars=_loop_vars) if (undefined(name='translated') if l_1_translated is missing else l_1_translated) else ())
            _loop_vars['texts'] = l_1_texts
            if (undefined(name='texts') if l_1_texts is missing else l_1_texts):
                pass
                yield ', Translations: []CategoryText{'
                l_2_loop = missing
                for l_2_t, l_2_loop in LoopContext((undefined(name='texts') if l_1_texts is missing else l_1_texts), undefined):
                    _loop_vars = {}
                    pass
                    yield '{Locale: '
                    yield str(environment.finalize(t_1(environment.getattr(l_2_t, 'locale'))))
                    yield ', Title: '
                    yield str(environment.finalize(t_1(environment.getattr(l_2_t, 'description'))))
                    if (not t_2(environment.getattr(l_2_t, 'action'))):
                        pass
                        yield ', Fallback: '
                        yield str(environment.finalize(t_1(environment.getattr(l_2_t, 'action'))))
                    yield '}'
                    if (not environment.getattr(l_2_loop, 'last')):
                        pass
                        yield ', '
                l_2_loop = l_2_t = missing
                yield '}'
            yield '},\n'
        l_1_loop = l_1_c = l_1_translated = l_1_texts = missing
        yield '\t}\n'
    else:
        pass
        yield '\treturn nil\n'
    yield '}\n'

blocks = {}
debug_info = '5=25&7=29&8=35&9=38&10=42&11=44&12=48&13=55&14=60'
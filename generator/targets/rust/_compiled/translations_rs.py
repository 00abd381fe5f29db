from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'rust/translations.rs.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_items = resolve('items')
    l_0_pads = resolve('pads')
    l_0_d = resolve('d')
    l_0_name = resolve('name')
    l_0_struct = resolve('struct')
    l_0_fields = resolve('fields')
    l_0_rb = resolve('rb')
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
    pass
    if (t_2((undefined(name='items') if l_0_items is missing else l_0_items)) == 0):
        pass
        yield str(environment.finalize(environment.getitem((undefined(name='pads') if l_0_pads is missing else l_0_pads), ((undefined(name='d') if l_0_d is missing else l_0_d) + 1))))
        yield str(environment.finalize(t_1((undefined(name='name') if l_0_name is missing else l_0_name))))
        yield ': &[],\n'
    elif (t_2((undefined(name='items') if l_0_items is missing else l_0_items)) == 1):
        pass
        (l_0_struct, l_0_fields) = environment.getitem((undefined(name='items') if l_0_items is missing else l_0_items), 0)
        context.vars.update({'fields': l_0_fields, 'struct': l_0_struct})
        context.exported_vars.update(('fields', 'struct'))
        yield str(environment.finalize(environment.getitem((undefined(name='pads') if l_0_pads is missing else l_0_pads), ((undefined(name='d') if l_0_d is missing else l_0_d) + 1))))
        yield str(environment.finalize(t_1((undefined(name='name') if l_0_name is missing else l_0_name))))
        yield ': &['
        yield str(environment.finalize(t_1((undefined(name='struct') if l_0_struct is missing else l_0_struct))))
        yield ' {\n'
        for (l_1_key, l_1_value) in (undefined(name='fields') if l_0_fields is missing else l_0_fields):
            _loop_vars = {}
            pass
            yield str(environment.finalize(environment.getitem((undefined(name='pads') if l_0_pads is missing else l_0_pads), ((undefined(name='d') if l_0_d is missing else l_0_d) + 2))))
            yield str(environment.finalize(t_1(l_1_key)))
            yield ': '
            yield str(environment.finalize(l_1_value))
            yield ',\n'
        l_1_key = l_1_value = missing
        yield str(environment.finalize(environment.getitem((undefined(name='pads') if l_0_pads is missing else l_0_pads), ((undefined(name='d') if l_0_d is missing else l_0_d) + 1))))
        yield str(environment.finalize((undefined(name='rb') if l_0_rb is missing else l_0_rb)))
        yield '],\n'
    else:
        pass
        yield str(environment.finalize(environment.getitem((undefined(name='pads') if l_0_pads is missing else l_0_pads), ((undefined(name='d') if l_0_d is missing else l_0_d) + 1))))
        yield str(environment.finalize(t_1((undefined(name='name') if l_0_name is missing else l_0_name))))
        yield ': &[\n'
        for (l_1_struct, l_1_fields) in (undefined(name='items') if l_0_items is missing else l_0_items):
            _loop_vars = {}
            pass
            yield str(environment.finalize(environment.getitem((undefined(name='pads') if l_0_pads is missing else l_0_pads), ((undefined(name='d') if l_0_d is missing else l_0_d) + 2))))
            yield str(environment.finalize(t_1(l_1_struct)))
            yield ' {\n'
            for (l_2_key, l_2_value) in l_1_fields:
                _loop_vars = {}
                pass
                yield str(environment.finalize(environment.getitem((undefined(name='pads') if l_0_pads is missing else l_0_pads), ((undefined(name='d') if l_0_d is missing else l_0_d) + 3))))
                yield str(environment.finalize(t_1(l_2_key)))
                yield ': '
                yield str(environment.finalize(l_2_value))
                yield ',\n'
            l_2_key = l_2_value = missing
            yield str(environment.finalize(environment.getitem((undefined(name='pads') if l_0_pads is missing else l_0_pads), ((undefined(name='d') if l_0_d is missing else l_0_d) + 2))))
            yield str(environment.finalize((undefined(name='rb') if l_0_rb is missing else l_0_rb)))
            yield ',\n'
        l_1_struct = l_1_fields = missing
        yield str(environment.finalize(environment.getitem((undefined(name='pads') if l_0_pads is missing else l_0_pads), ((undefined(name='d') if l_0_d is missing else l_0_d) + 1))))
        yield '],\n'

blocks = {}
debug_info = '4=30&5=32&6=35&7=37&8=40&9=45&10=48&12=54&14=59&15=62&16=65&17=68&18=71&20=77&22=81'
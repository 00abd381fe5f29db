from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'rust/category_info.rs.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_pads = resolve('pads')
    l_0_d = resolve('d')
    l_0_c = resolve('c')
    l_0_g = resolve('g')
    l_0_status_class = resolve('status_class')
    l_0_translation_items = resolve('translation_items')
    l_0_close = resolve('close')
    try:
        t_1 = environment.filters['rust_lit']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'rust_lit' found.")
    try:
        t_2 = environment.filters['rust_opt_str']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'rust_opt_str' found.")
    try:
        t_3 = environment.filters['rust_str']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'rust_str' found.")
    pass
    yield str(environment.finalize(environment.getitem((undefined(name='pads') if l_0_pads is missing else l_0_pads), (undefined(name='d') if l_0_d is missing else l_0_d))))
    yield 'CategoryInfo {\n'
    yield str(environment.finalize(environment.getitem((undefined(name='pads') if l_0_pads is missing else l_0_pads), ((undefined(name='d') if l_0_d is missing else l_0_d) + 1))))
    yield 'id: '
    yield str(environment.finalize(t_3(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'id'))))
    yield ',\n'
    yield str(environment.finalize(environment.getitem((undefined(name='pads') if l_0_pads is missing else l_0_pads), ((undefined(name='d') if l_0_d is missing else l_0_d) + 1))))
    yield 'rust_name: '
    yield str(environment.finalize(t_3(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'type'))))
    yield ',\n'
    yield str(environment.finalize(environment.getitem((undefined(name='pads') if l_0_pads is missing else l_0_pads), ((undefined(name='d') if l_0_d is missing else l_0_d) + 1))))
    yield 'title: '
    yield str(environment.finalize(t_3(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'title'))))
    yield ',\n'
    yield str(environment.finalize(environment.getitem((undefined(name='pads') if l_0_pads is missing else l_0_pads), ((undefined(name='d') if l_0_d is missing else l_0_d) + 1))))
    yield 'fallback: '
    yield str(environment.finalize(t_2(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'fallback'))))
    yield ',\n'
    yield str(environment.finalize(environment.getitem((undefined(name='pads') if l_0_pads is missing else l_0_pads), ((undefined(name='d') if l_0_d is missing else l_0_d) + 1))))
    yield 'deprecated: '
    yield str(environment.finalize(t_1(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'deprecated'))))
    yield ',\n'
    yield str(environment.finalize(environment.getitem((undefined(name='pads') if l_0_pads is missing else l_0_pads), ((undefined(name='d') if l_0_d is missing else l_0_d) + 1))))
    yield 'status_class: '
    yield str(environment.finalize(context.call((undefined(name='status_class') if l_0_status_class is missing else l_0_status_class), (undefined(name='c') if l_0_c is missing else l_0_c))))
    yield ',\n'
    l_1_name = 'translations'
    l_1_items = context.call((undefined(name='translation_items') if l_0_translation_items is missing else l_0_translation_items), (undefined(name='c') if l_0_c is missing else l_0_c))
    pass
    template = environment.get_template('rust/translations.rs.j2', 'rust/category_info.rs.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'items': l_1_items, 'name': l_1_name}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    l_1_name = l_1_items = missing
    yield str(environment.finalize(environment.getitem((undefined(name='pads') if l_0_pads is missing else l_0_pads), (undefined(name='d') if l_0_d is missing else l_0_d))))
    yield str(environment.finalize((undefined(name='close') if l_0_close is missing else l_0_close)))
    yield '\n'

blocks = {}
debug_info = '2=36&3=38&4=42&5=46&6=50&7=54&8=58&9=65&10=72'
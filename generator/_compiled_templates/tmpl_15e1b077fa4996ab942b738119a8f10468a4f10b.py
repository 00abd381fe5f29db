from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'rust/error_info.rs.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_pads = resolve('pads')
    l_0_d = resolve('d')
    l_0_g = resolve('g')
    l_0_e = resolve('e')
    l_0_v = resolve('v')
    l_0_translation_items = resolve('translation_items')
    l_0_see_also_items = resolve('see_also_items')
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
    yield 'ErrorInfo {\n'
    yield str(environment.finalize(environment.getitem((undefined(name='pads') if l_0_pads is missing else l_0_pads), ((undefined(name='d') if l_0_d is missing else l_0_d) + 1))))
    yield 'category: '
    yield str(environment.finalize(t_3(environment.getattr(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'category'), 'id'))))
    yield ',\n'
    yield str(environment.finalize(environment.getitem((undefined(name='pads') if l_0_pads is missing else l_0_pads), ((undefined(name='d') if l_0_d is missing else l_0_d) + 1))))
    yield 'code: '
    yield str(environment.finalize(t_1(environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'code'))))
    yield ',\n'
    yield str(environment.finalize(environment.getitem((undefined(name='pads') if l_0_pads is missing else l_0_pads), ((undefined(name='d') if l_0_d is missing else l_0_d) + 1))))
    yield 'name: '
    yield str(environment.finalize(t_3(environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'name'))))
    yield ',\n'
    yield str(environment.finalize(environment.getitem((undefined(name='pads') if l_0_pads is missing else l_0_pads), ((undefined(name='d') if l_0_d is missing else l_0_d) + 1))))
    yield 'rust_name: '
    yield str(environment.finalize(t_3(str_join((environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'type'), '::', environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'variant'), )))))
    yield ',\n'
    yield str(environment.finalize(environment.getitem((undefined(name='pads') if l_0_pads is missing else l_0_pads), ((undefined(name='d') if l_0_d is missing else l_0_d) + 1))))
    yield 'description: '
    yield str(environment.finalize(t_3(environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'description'))))
    yield ',\n'
    yield str(environment.finalize(environment.getitem((undefined(name='pads') if l_0_pads is missing else l_0_pads), ((undefined(name='d') if l_0_d is missing else l_0_d) + 1))))
    yield 'action: '
    yield str(environment.finalize(t_2(environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'action'))))
    yield ',\n'
    yield str(environment.finalize(environment.getitem((undefined(name='pads') if l_0_pads is missing else l_0_pads), ((undefined(name='d') if l_0_d is missing else l_0_d) + 1))))
    yield 'deprecated: '
    yield str(environment.finalize(t_1(environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'deprecated'))))
    yield ',\n'
    l_1_name = 'translations'
    l_1_items = context.call((undefined(name='translation_items') if l_0_translation_items is missing else l_0_translation_items), (undefined(name='e') if l_0_e is missing else l_0_e))
    pass
    template = environment.get_template('rust/translations.rs.j2', 'rust/error_info.rs.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'items': l_1_items, 'name': l_1_name}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    l_1_name = l_1_items = missing
    l_1_name = 'see_also'
    l_1_items = context.call((undefined(name='see_also_items') if l_0_see_also_items is missing else l_0_see_also_items), (undefined(name='e') if l_0_e is missing else l_0_e))
    pass
    template = environment.get_template('rust/translations.rs.j2', 'rust/error_info.rs.j2')
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
debug_info = '2=37&3=39&4=43&5=47&6=51&7=55&8=59&9=63&10=70&11=80&12=87'
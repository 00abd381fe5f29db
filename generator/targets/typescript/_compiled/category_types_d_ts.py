from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'typescript/category_types.d.ts.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_view = resolve('view')
    l_0_translated = resolve('translated')
    try:
        t_1 = environment.filters['ts_str']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'ts_str' found.")
    pass
    yield '/** The id of a category of the upstream page. */\nexport type CategoryId = '
    l_1_loop = missing
    t_2 = 1
    for l_1_c, l_1_loop in LoopContext(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'categories'), undefined):
        _loop_vars = {}
        pass
        yield str(environment.finalize(t_1(environment.getattr(l_1_c, 'id'))))
        if (not environment.getattr(l_1_loop, 'last')):
            pass
            yield ' | '
        t_2 = 0
    l_1_loop = l_1_c = missing
    if t_2:
        pass
        yield 'never'
    yield ";\n/** One section of the upstream page. */\nexport interface CategoryInfo {\n    readonly id: CategoryId;\n    /** The section's heading. */\n    readonly title: string;\n    /** What the page says about codes of this category it does not list, or `null`. */\n    readonly fallback: string | null;\n"
    if (undefined(name='translated') if l_0_translated is missing else l_0_translated):
        pass
        yield '    /** The texts of the other locales, as their pages give them (see `localizeCategory`). */\n    readonly translations?: Readonly<Partial<Record<Locale, CategoryText>>>;\n'
    yield '}\n'

blocks = {}
debug_info = '3=22&12=35'
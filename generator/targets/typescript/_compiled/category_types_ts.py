from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'typescript/category_types.ts.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_view = resolve('view')
    l_0_translated = resolve('translated')
    try:
        t_1 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_2 = environment.filters['ts_str']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'ts_str' found.")
    pass
    yield '/** The id of a category of the upstream page. */\n'
    if (t_1(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'categories')) == 1):
        pass
        yield 'export type CategoryId = '
        yield str(environment.finalize(t_2(environment.getattr(environment.getitem(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'categories'), 0), 'id'))))
        yield ';\n'
    elif environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'categories'):
        pass
        yield 'export type CategoryId =\n'
        l_1_loop = missing
        for l_1_c, l_1_loop in LoopContext(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'categories'), undefined):
            _loop_vars = {}
            pass
            yield '  | '
            yield str(environment.finalize(t_2(environment.getattr(l_1_c, 'id'))))
            if environment.getattr(l_1_loop, 'last'):
                pass
                yield ';'
            yield '\n'
        l_1_loop = l_1_c = missing
    else:
        pass
        yield 'export type CategoryId = never;\n'
    yield "\n/** One section of the upstream page. */\nexport interface CategoryInfo {\n  readonly id: CategoryId;\n  /** The section's heading. */\n  readonly title: string;\n  /** What the page says about codes of this category it does not list, or `null`. */\n  readonly fallback: string | null;\n"
    if (undefined(name='translated') if l_0_translated is missing else l_0_translated):
        pass
        yield '  /** The texts of the other locales, as their pages give them (see `localizeCategory`). */\n  readonly translations?: Readonly<Partial<Record<Locale, CategoryText>>>;\n'
    yield '}\n'

blocks = {}
debug_info = '4=26&5=29&6=31&8=35&9=39&23=49'
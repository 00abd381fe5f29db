from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'java/category_enum.java.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_c = resolve('c')
    l_0_view = resolve('view')
    l_0_package = resolve('package')
    l_0_rows = resolve('rows')
    l_0_int_type = resolve('int_type')
    l_0_index = resolve('index')
    l_0_fallback = missing
    try:
        t_1 = environment.filters['ident']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'ident' found.")
    try:
        t_2 = environment.filters['java_comment']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'java_comment' found.")
    try:
        t_3 = environment.filters['java_doc']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'java_doc' found.")
    try:
        t_4 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    pass
    l_0_fallback = t_3((environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'fallback') or ''))
    context.vars['fallback'] = l_0_fallback
    context.exported_vars.add('fallback')
    yield '// '
    yield str(environment.finalize(t_2(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'header'))))
    yield '\n\npackage '
    yield str(environment.finalize((undefined(name='package') if l_0_package is missing else l_0_package)))
    yield ';\n\nimport java.util.List;\nimport java.util.Optional;\n\n/**\n * Codes of the "'
    yield str(environment.finalize(t_3(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'title'))))
    yield '" section of the page (category {@code '
    yield str(environment.finalize(t_3(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'id'))))
    yield '}).\n'
    if (undefined(name='fallback') if l_0_fallback is missing else l_0_fallback):
        pass
        yield ' *\n * <p>Codes of this category that the page does not list mean: '
        yield str(environment.finalize((undefined(name='fallback') if l_0_fallback is missing else l_0_fallback)))
        yield '\n'
    if environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'deprecated'):
        pass
        yield ' *\n * @deprecated retired from the upstream page; kept for compatibility.\n'
    yield ' */\n'
    if environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'deprecated'):
        pass
        yield '@Deprecated\n'
    yield 'public enum '
    yield str(environment.finalize(t_1(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'name'))))
    yield ' implements ErrorInfo {\n'
    l_1_loop = missing
    t_5 = 1
    for l_1_e, l_1_loop in LoopContext(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'entries'), undefined):
        l_1_description = missing
        _loop_vars = {}
        pass
        l_1_description = t_3(environment.getattr(l_1_e, 'description'))
        _loop_vars['description'] = l_1_description
        yield '    /**\n     * '
        yield str(environment.finalize(environment.getattr(l_1_e, 'code')))
        if (undefined(name='description') if l_1_description is missing else l_1_description):
            pass
            yield ': '
            yield str(environment.finalize((undefined(name='description') if l_1_description is missing else l_1_description)))
        yield '\n'
        if environment.getattr(l_1_e, 'action'):
            pass
            yield '     *\n     * <p>What to do: '
            yield str(environment.finalize(t_3(environment.getattr(l_1_e, 'action'))))
            yield '\n'
        if environment.getattr(l_1_e, 'deprecated'):
            pass
            yield '     *\n     * @deprecated retired from the upstream page; kept for compatibility.\n'
        yield '     */\n'
        if environment.getattr(l_1_e, 'deprecated'):
            pass
            yield '    @Deprecated\n'
        yield '    '
        yield str(environment.finalize(t_1(environment.getattr(l_1_e, 'name'))))
        if environment.getattr(l_1_loop, 'last'):
            pass
            yield ';'
        else:
            pass
            yield ','
        yield '\n'
        if (not environment.getattr(l_1_loop, 'last')):
            pass
            yield '\n'
        t_5 = 0
    l_1_loop = l_1_e = l_1_description = missing
    if t_5:
        pass
        yield '    ;\n'
    yield '\n    /** The columns of a constant in {@code DATA}: code, deprecated, description, action, texts, see-also. */\n    private static final int WIDTH = '
    yield str(environment.finalize((5 + (2 * t_4(environment.getattr((undefined(name='rows') if l_0_rows is missing else l_0_rows), 'locales'))))))
    yield ";\n\n    /** Every constant's columns, in order of declaration (data, not code: see {@link Category#unpack}). */\n    private static final String[] DATA = Category.unpack(\n            "
    yield str(environment.finalize(context.call(environment.getattr((undefined(name='rows') if l_0_rows is missing else l_0_rows), 'constants'), (undefined(name='c') if l_0_c is missing else l_0_c))))
    yield ');\n\n    @Override\n    public '
    yield str(environment.finalize((undefined(name='int_type') if l_0_int_type is missing else l_0_int_type)))
    yield ' code() {\n'
    if ((undefined(name='int_type') if l_0_int_type is missing else l_0_int_type) == 'long'):
        pass
        yield '        return Long.parseLong(DATA[ordinal() * WIDTH]);\n'
    else:
        pass
        yield '        return Integer.parseInt(DATA[ordinal() * WIDTH]);\n'
    yield '    }\n\n    @Override\n    public String description() {\n        return DATA[ordinal() * WIDTH + 2];\n    }\n\n    @Override\n    public Optional<String> action() {\n        return Optional.ofNullable(DATA[ordinal() * WIDTH + 3]);\n    }\n\n    @Override\n    public Category category() {\n        return Category.ALL.get('
    yield str(environment.finalize((undefined(name='index') if l_0_index is missing else l_0_index)))
    yield ');\n    }\n\n    @Override\n    public boolean deprecated() {\n        return Boolean.parseBoolean(DATA[ordinal() * WIDTH + 1]);\n    }\n\n    @Override\n    public LocalizedText text(String locale) {\n        int at = ordinal() * WIDTH;\n        int index = Category.textIndex(locale);\n        if (index < 0 || DATA[at + 4 + index] == null) {\n            return new LocalizedText(description(), DATA[at + 3]);\n        }\n        String action = DATA[at + 5 + index];\n        return new LocalizedText(DATA[at + 4 + index], action == null ? DATA[at + 3] : action);\n    }\n\n    @Override\n    public List<SeeAlso> seeAlso() {\n        return SeeAlso.unpack(DATA[ordinal() * WIDTH + WIDTH - 1]);\n    }\n}\n'

blocks = {}
debug_info = '1=42&2=46&4=48&10=50&11=54&13=57&15=59&20=63&23=67&24=71&25=75&27=78&29=84&31=87&33=89&38=93&41=97&43=105&51=114&55=116&58=118&59=120&78=127'
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
    l_0_int_type = resolve('int_type')
    l_0_index = resolve('index')
    l_0_fallback = l_0_refs = missing
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
        t_4 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_5 = environment.filters['selectattr']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'selectattr' found.")
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
    t_6 = 1
    for l_1_e, l_1_loop in LoopContext(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'entries'), undefined):
        l_1_rows = resolve('rows')
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
        yield '('
        yield str(environment.finalize(context.call(environment.getattr((undefined(name='rows') if l_1_rows is missing else l_1_rows), 'constant'), l_1_e, _loop_vars=_loop_vars)))
        yield ')'
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
        t_6 = 0
    l_1_loop = l_1_e = l_1_description = l_1_rows = missing
    if t_6:
        pass
        yield '    ;\n'
    yield '\n    private final '
    yield str(environment.finalize((undefined(name='int_type') if l_0_int_type is missing else l_0_int_type)))
    yield ' code;\n    private final boolean deprecated;\n    private final String description;\n    private final String action;\n    private final String[] texts;\n\n    '
    yield str(environment.finalize(t_1(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'name'))))
    yield '('
    yield str(environment.finalize((undefined(name='int_type') if l_0_int_type is missing else l_0_int_type)))
    yield ' code, boolean deprecated, String description, String action, String... texts) {\n        this.code = code;\n        this.deprecated = deprecated;\n        this.description = description;\n        this.action = action;\n        this.texts = texts;\n    }\n\n    @Override\n    public '
    yield str(environment.finalize((undefined(name='int_type') if l_0_int_type is missing else l_0_int_type)))
    yield ' code() {\n        return code;\n    }\n\n    @Override\n    public String description() {\n        return description;\n    }\n\n    @Override\n    public Optional<String> action() {\n        return Optional.ofNullable(action);\n    }\n\n    @Override\n    public Category category() {\n        return Category.ALL.get('
    yield str(environment.finalize((undefined(name='index') if l_0_index is missing else l_0_index)))
    yield ');\n    }\n\n    @Override\n    public boolean deprecated() {\n        return deprecated;\n    }\n\n    @Override\n    public LocalizedText text(String locale) {\n        int index = Category.textIndex(locale);\n        if (index < 0 || texts[index] == null) {\n            return new LocalizedText(description, action);\n        }\n        return new LocalizedText(texts[index], texts[index + 1] == null ? action : texts[index + 1]);\n    }\n\n    @Override\n    public List<SeeAlso> seeAlso() {\n'
    l_0_refs = t_4(context.eval_ctx, t_5(context, environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'entries'), 'see_also'))
    context.vars['refs'] = l_0_refs
    context.exported_vars.add('refs')
    if (undefined(name='refs') if l_0_refs is missing else l_0_refs):
        pass
        yield '        switch (this) {\n'
        for l_1_e in (undefined(name='refs') if l_0_refs is missing else l_0_refs):
            l_1_rows = resolve('rows')
            _loop_vars = {}
            pass
            yield '            case '
            yield str(environment.finalize(t_1(environment.getattr(l_1_e, 'name'))))
            yield ':\n                return List.of('
            yield str(environment.finalize(context.call(environment.getattr((undefined(name='rows') if l_1_rows is missing else l_1_rows), 'see_also'), l_1_e, _loop_vars=_loop_vars)))
            yield ');\n'
        l_1_e = l_1_rows = missing
        yield '            default:\n                return List.of();\n        }\n'
    else:
        pass
        yield '        return List.of();\n'
    yield '    }\n}\n'

blocks = {}
debug_info = '1=47&2=51&4=53&10=55&11=59&13=62&15=64&20=68&23=72&24=76&25=81&27=84&29=90&31=93&33=95&38=99&41=103&43=114&50=123&56=125&65=129&81=131&100=133&101=136&103=139&104=144&105=146'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'java/Variant.java.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_view = resolve('view')
    l_0_package = resolve('package')
    l_0_int_type = resolve('int_type')
    try:
        t_1 = environment.filters['java_comment']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'java_comment' found.")
    pass
    yield '// '
    yield str(environment.finalize(t_1(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'header'))))
    yield '\n\npackage '
    yield str(environment.finalize((undefined(name='package') if l_0_package is missing else l_0_package)))
    yield ";\n\nimport java.util.ArrayList;\nimport java.util.List;\nimport java.util.Optional;\n\n/**\n * One row of the page for a code in a category ({@link ErrorInfo#variants()}). A code that the\n * page lists on several rows of one table has one per row, told apart by {@link #value()}, the\n * row's text in the column headed {@link #column()}.\n */\npublic final class Variant {\n    /** The codes the page lists on several rows of one table: every row, in the page's order. */\n"
    if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'varied'):
        pass
        yield '    private static final List<Variant> ROWS = List.of(\n'
        l_1_loop = missing
        for (l_1_c, l_1_e), l_1_loop in LoopContext(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'varied'), undefined):
            l_1_outer = missing
            _loop_vars = {}
            pass
            l_1_outer = l_1_loop
            _loop_vars['outer'] = l_1_outer
            l_2_loop = missing
            for l_2_v, l_2_loop in LoopContext(environment.getattr(l_1_e, 'variants'), undefined):
                l_2_rows = resolve('rows')
                _loop_vars = {}
                pass
                yield '            new Variant('
                yield str(environment.finalize(context.call(environment.getattr((undefined(name='rows') if l_2_rows is missing else l_2_rows), 'int_variant'), l_1_c, l_2_v, _loop_vars=_loop_vars)))
                yield ')'
                if (not (environment.getattr((undefined(name='outer') if l_1_outer is missing else l_1_outer), 'last') and environment.getattr(l_2_loop, 'last'))):
                    pass
                    yield ','
                yield '\n'
            l_2_loop = l_2_v = l_2_rows = missing
        l_1_loop = l_1_c = l_1_e = l_1_outer = missing
        yield '    );\n'
    else:
        pass
        yield '    private static final List<Variant> ROWS = List.of();\n'
    yield '\n    private final String category;\n    private final '
    yield str(environment.finalize((undefined(name='int_type') if l_0_int_type is missing else l_0_int_type)))
    yield ' code;\n    private final String description;\n    private final String action;\n    private final String column;\n    private final String value;\n\n    private Variant(String category, '
    yield str(environment.finalize((undefined(name='int_type') if l_0_int_type is missing else l_0_int_type)))
    yield " code, String description, String action, String column,\n            String value) {\n        this.category = category;\n        this.code = code;\n        this.description = description;\n        this.action = action;\n        this.column = column;\n        this.value = value;\n    }\n\n    /**\n     * Every row of the page with the code of {@code info} in its category: one, built from\n     * {@code info} itself, where the page lists the code once.\n     *\n     * @param info a code of a category\n     * @return an unmodifiable list, in the page's order\n     */\n    static List<Variant> of(ErrorInfo info) {\n        String id = info.category().id();\n        List<Variant> out = new ArrayList<>();\n        for (Variant v : ROWS) {\n            if (v.category.equals(id) && v.code == info.code()) {\n                out.add(v);\n            }\n        }\n        if (out.isEmpty()) {\n            return List.of(new Variant(id, info.code(), info.description(), info.action().orElse(null), null, null));\n        }\n        return List.copyOf(out);\n    }\n\n    /**\n     * The code, e.g. {@code -46618}.\n     *\n     * @return the code\n     */\n    public "
    yield str(environment.finalize((undefined(name='int_type') if l_0_int_type is missing else l_0_int_type)))
    yield ' code() {\n        return code;\n    }\n\n    /**\n     * What this row says the code means, in the page\'s default locale.\n     *\n     * @return the description\n     */\n    public String description() {\n        return description;\n    }\n\n    /**\n     * What to do about it, as this row says.\n     *\n     * @return the action, or empty where the row lists none\n     */\n    public Optional<String> action() {\n        return Optional.ofNullable(action);\n    }\n\n    /**\n     * The header of the column that tells the code\'s rows apart, e.g. {@code "HTTP Status"}.\n     *\n     * @return the header, or empty for a code the page lists once\n     */\n    public Optional<String> column() {\n        return Optional.ofNullable(column);\n    }\n\n    /**\n     * This row\'s text in {@link #column()}, e.g. {@code "403 Forbidden"}.\n     *\n     * @return the text, or empty for a code the page lists once\n     */\n    public Optional<String> value() {\n        return Optional.ofNullable(value);\n    }\n\n    @Override\n    public String toString() {\n        String where = value == null ? "" : " (" + column + ": " + value + ")";\n        return code + where + ": " + description;\n    }\n}\n'

blocks = {}
debug_info = '1=21&3=23&16=25&18=29&19=33&20=36&21=41&31=54&37=56&73=58'
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
    l_0_rows = resolve('rows')
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
    yield ";\n\nimport java.util.ArrayList;\nimport java.util.List;\nimport java.util.Optional;\n\n/**\n * One row of the page for a code in a category ({@link ErrorInfo#variants()}). A code that the\n * page lists on several rows of one table has one per row, told apart by {@link #value()}, the\n * row's text in the column headed {@link #column()}.\n */\npublic final class Variant {\n    /** The codes the page lists on several rows of one table: every row, in the page's order. */\n    private static final List<Variant> ROWS = all(Category.unpack(\n            "
    yield str(environment.finalize(context.call(environment.getattr((undefined(name='rows') if l_0_rows is missing else l_0_rows), 'int_variants'))))
    yield '));\n\n    private final String category;\n    private final '
    yield str(environment.finalize((undefined(name='int_type') if l_0_int_type is missing else l_0_int_type)))
    yield ' code;\n    private final String description;\n    private final String action;\n    private final String column;\n    private final String value;\n\n    private Variant(String category, '
    yield str(environment.finalize((undefined(name='int_type') if l_0_int_type is missing else l_0_int_type)))
    yield ' code, String description, String action, String column,\n            String value) {\n        this.category = category;\n        this.code = code;\n        this.description = description;\n        this.action = action;\n        this.column = column;\n        this.value = value;\n    }\n\n    /** The rows of a table: category id, code, description, action, column, value each. */\n    private static List<Variant> all(String[] data) {\n        List<Variant> out = new ArrayList<>();\n        for (int at = 0; at < data.length; at += 6) {\n'
    if ((undefined(name='int_type') if l_0_int_type is missing else l_0_int_type) == 'long'):
        pass
        yield '            '
        yield str(environment.finalize((undefined(name='int_type') if l_0_int_type is missing else l_0_int_type)))
        yield ' code = Long.parseLong(data[at + 1]);\n'
    else:
        pass
        yield '            '
        yield str(environment.finalize((undefined(name='int_type') if l_0_int_type is missing else l_0_int_type)))
        yield ' code = Integer.parseInt(data[at + 1]);\n'
    yield "            out.add(new Variant(data[at], code, data[at + 2], data[at + 3], data[at + 4], data[at + 5]));\n        }\n        return List.copyOf(out);\n    }\n\n    /**\n     * Every row of the page with the code of {@code info} in its category: one, built from\n     * {@code info} itself, where the page lists the code once.\n     *\n     * @param info a code of a category\n     * @return an unmodifiable list, in the page's order\n     */\n    static List<Variant> of(ErrorInfo info) {\n        String id = info.category().id();\n        List<Variant> out = new ArrayList<>();\n        for (Variant v : ROWS) {\n            if (v.category.equals(id) && v.code == info.code()) {\n                out.add(v);\n            }\n        }\n        if (out.isEmpty()) {\n            return List.of(new Variant(id, info.code(), info.description(), info.action().orElse(null), null, null));\n        }\n        return List.copyOf(out);\n    }\n\n    /**\n     * The code, e.g. {@code -46618}.\n     *\n     * @return the code\n     */\n    public "
    yield str(environment.finalize((undefined(name='int_type') if l_0_int_type is missing else l_0_int_type)))
    yield ' code() {\n        return code;\n    }\n\n    /**\n     * What this row says the code means, in the page\'s default locale.\n     *\n     * @return the description\n     */\n    public String description() {\n        return description;\n    }\n\n    /**\n     * What to do about it, as this row says.\n     *\n     * @return the action, or empty where the row lists none\n     */\n    public Optional<String> action() {\n        return Optional.ofNullable(action);\n    }\n\n    /**\n     * The header of the column that tells the code\'s rows apart, e.g. {@code "HTTP Status"}.\n     *\n     * @return the header, or empty for a code the page lists once\n     */\n    public Optional<String> column() {\n        return Optional.ofNullable(column);\n    }\n\n    /**\n     * This row\'s text in {@link #column()}, e.g. {@code "403 Forbidden"}.\n     *\n     * @return the text, or empty for a code the page lists once\n     */\n    public Optional<String> value() {\n        return Optional.ofNullable(value);\n    }\n\n    @Override\n    public String toString() {\n        String where = value == null ? "" : " (" + column + ": " + value + ")";\n        return code + where + ": " + description;\n    }\n}\n'

blocks = {}
debug_info = '1=22&3=24&17=26&20=28&26=30&40=32&41=35&43=40&76=43'
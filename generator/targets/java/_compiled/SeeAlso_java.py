from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'java/SeeAlso.java.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_view = resolve('view')
    l_0_package = resolve('package')
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
    yield ';\n\nimport java.util.ArrayList;\nimport java.util.List;\nimport java.util.Objects;\n\n/**\n * The same code on another page: that page\'s set, category and code (an integer code in\n * decimal, e.g. {@code "1015"}).\n */\npublic final class SeeAlso {\n    private final String set;\n    private final String category;\n    private final String code;\n\n    SeeAlso(String set, String category, String code) {\n        this.set = set;\n        this.category = category;\n        this.code = code;\n    }\n\n    /**\n     * The references of a row, as its table holds them (see {@link Category#unpack}): set,\n     * category and code each; null for none.\n     *\n     * @param packed the references, or null\n     * @return an unmodifiable list, in the page\'s order\n     */\n    static List<SeeAlso> unpack(String packed) {\n        if (packed == null) {\n            return List.of();\n        }\n        String[] values = Category.unpack(packed);\n        List<SeeAlso> out = new ArrayList<>();\n        for (int at = 0; at < values.length; at += 3) {\n            out.add(new SeeAlso(values[at], values[at + 1], values[at + 2]));\n        }\n        return List.copyOf(out);\n    }\n\n    /**\n     * The other page\'s set, e.g. {@code "ci-media-processing-error-codes"}.\n     *\n     * @return the set\'s name\n     */\n    public String set() {\n        return set;\n    }\n\n    /**\n     * The category of the code on the other page, e.g. {@code "http_4xx"}.\n     *\n     * @return the category\'s id\n     */\n    public String category() {\n        return category;\n    }\n\n    /**\n     * The code on the other page: a symbol such as {@code "InvalidArgument"}, or an integer\n     * code in decimal.\n     *\n     * @return the code\n     */\n    public String code() {\n        return code;\n    }\n\n    @Override\n    public boolean equals(Object other) {\n        if (!(other instanceof SeeAlso)) {\n            return false;\n        }\n        SeeAlso that = (SeeAlso) other;\n        return set.equals(that.set) && category.equals(that.category) && code.equals(that.code);\n    }\n\n    @Override\n    public int hashCode() {\n        return Objects.hash(set, category, code);\n    }\n\n    @Override\n    public String toString() {\n        return set + "/" + category + "/" + code;\n    }\n}\n'

blocks = {}
debug_info = '1=20&3=22'
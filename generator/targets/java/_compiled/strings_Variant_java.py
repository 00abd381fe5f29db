from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'java/strings.Variant.java.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_view = resolve('view')
    l_0_package = resolve('package')
    l_0_rows = resolve('rows')
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
    yield ";\n\nimport java.util.ArrayList;\nimport java.util.List;\nimport java.util.Optional;\nimport java.util.OptionalInt;\n\n/** One row of the page: a code with one HTTP status and text, in one category. */\npublic final class Variant implements ErrorInfo {\n    /** Every row of the page, in the page's order. */\n    static final List<Variant> ALL = all(Category.unpack(\n            "
    yield str(environment.finalize(context.call(environment.getattr((undefined(name='rows') if l_0_rows is missing else l_0_rows), 'variants'))))
    yield '));\n\n    private final String code;\n    private final String name;\n    private final int httpStatus;\n    private final String httpReason;\n    private final String description;\n    private final String action;\n    private final int category;\n    private final boolean deprecated;\n    private final List<SeeAlso> seeAlso;\n\n    private Variant(String code, String name, int httpStatus, String httpReason, String description, String action,\n            int category, boolean deprecated, List<SeeAlso> seeAlso) {\n        this.code = code;\n        this.name = name;\n        this.httpStatus = httpStatus;\n        this.httpReason = httpReason;\n        this.description = description;\n        this.action = action;\n        this.category = category;\n        this.deprecated = deprecated;\n        this.seeAlso = seeAlso;\n    }\n\n    /**\n     * The rows of a table: code, name, HTTP status (-1: none), reason, description, action,\n     * category (its index), deprecated, see-also each.\n     */\n    private static List<Variant> all(String[] data) {\n        List<Variant> out = new ArrayList<>();\n        for (int at = 0; at < data.length; at += 9) {\n            out.add(new Variant(data[at], data[at + 1], Integer.parseInt(data[at + 2]), data[at + 3], data[at + 4],\n                    data[at + 5], Integer.parseInt(data[at + 6]), Boolean.parseBoolean(data[at + 7]),\n                    SeeAlso.unpack(data[at + 8])));\n        }\n        return List.copyOf(out);\n    }\n\n    @Override\n    public String code() {\n        return code;\n    }\n\n    @Override\n    public String name() {\n        return name;\n    }\n\n    /**\n     * The constant of this row\'s code.\n     *\n     * @return the constant\n     */\n    public ErrorCode errorCode() {\n        return ErrorCode.valueOf(name);\n    }\n\n    @Override\n    public OptionalInt httpStatus() {\n        return httpStatus < 0 ? OptionalInt.empty() : OptionalInt.of(httpStatus);\n    }\n\n    @Override\n    public Optional<String> httpReason() {\n        return Optional.ofNullable(httpReason);\n    }\n\n    @Override\n    public String description() {\n        return description;\n    }\n\n    @Override\n    public Optional<String> action() {\n        return Optional.ofNullable(action);\n    }\n\n    @Override\n    public Category category() {\n        return Category.ALL.get(category);\n    }\n\n    @Override\n    public boolean deprecated() {\n        return deprecated;\n    }\n\n    @Override\n    public List<SeeAlso> seeAlso() {\n        return seeAlso;\n    }\n\n    @Override\n    public String toString() {\n        String status = httpStatus < 0 ? "" : " (HTTP " + httpStatus + ")";\n        return code + status + ": " + description;\n    }\n}\n'

blocks = {}
debug_info = '1=21&3=23&14=25'
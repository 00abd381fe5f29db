from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'java/strings.CIErrors.java.j2'

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
    yield ';\n\nimport java.util.ArrayList;\nimport java.util.Collections;\nimport java.util.HashMap;\nimport java.util.List;\nimport java.util.Map;\nimport java.util.Optional;\nimport java.util.OptionalInt;\n\n/**\n * The symbolic error codes of Tencent Cloud Infinite (CI): the {@code <Code>} of an error\n * response. {@link ErrorCode} has one constant per code; every row of the page is a\n * {@link Variant} (code, HTTP status and reason, description, action, category).\n *\n * <p>{@link #lookup} returns every row of a code, {@link #fromResponse} the row of one HTTP\n * status, and {@link #raiseForResponse} throws the {@link CIException} of an error response.\n */\npublic final class CIErrors {\n    private static final Map<String, List<ErrorInfo>> BY_CODE = index();\n\n    private CIErrors() {\n    }\n\n    private static Map<String, List<ErrorInfo>> index() {\n        Map<String, List<ErrorInfo>> found = new HashMap<>();\n        for (Variant v : Variant.ALL) {\n            found.computeIfAbsent(v.code(), k -> new ArrayList<>()).add(v);\n        }\n        Map<String, List<ErrorInfo>> out = new HashMap<>();\n        for (Map.Entry<String, List<ErrorInfo>> e : found.entrySet()) {\n            out.put(e.getKey(), Collections.unmodifiableList(e.getValue()));\n        }\n        return out;\n    }\n\n    /**\n     * Every category of the page, in the page\'s order.\n     *\n     * @return the categories\n     */\n    public static List<Category> categories() {\n        return Category.ALL;\n    }\n\n    /**\n     * Every row of the page, in the page\'s order (retired rows included).\n     *\n     * @return an unmodifiable list\n     */\n    public static List<ErrorInfo> all() {\n        return Collections.unmodifiableList(Variant.ALL);\n    }\n\n    /**\n     * Every row of the page with this code, in the page\'s order.\n     *\n     * @param code a code, e.g. {@code "AccessDenied"}\n     * @return an unmodifiable list; empty for a code the page does not list\n     */\n    public static List<ErrorInfo> lookup(String code) {\n        return BY_CODE.getOrDefault(code, List.of());\n    }\n\n    /**\n     * The row for an error response\'s HTTP status and {@code <Code>}.\n     *\n     * @param status the HTTP status, e.g. {@code 403}\n     * @param code the code, e.g. {@code "AccessDenied"}\n     * @return the row, or empty if the page has none with that status\n     */\n    public static Optional<ErrorInfo> fromResponse(int status, String code) {\n        for (ErrorInfo v : lookup(code)) {\n            OptionalInt own = v.httpStatus();\n            if (own.isPresent() && own.getAsInt() == status) {\n                return Optional.of(v);\n            }\n        }\n        return Optional.empty();\n    }\n\n    /**\n     * Throws the {@link CIException} of an error response\'s HTTP status and {@code <Code>}.\n     *\n     * @param status the HTTP status\n     * @param code the code\n     * @throws CIException always, for a known code or not\n     */\n    public static void raiseForResponse(int status, String code) {\n        throw new CIException(code, status);\n    }\n}\n'

blocks = {}
debug_info = '1=20&3=22'
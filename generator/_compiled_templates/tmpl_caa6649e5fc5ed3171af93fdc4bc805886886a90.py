from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'java/strings.CIException.java.j2'

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
    yield ';\n\nimport java.util.List;\nimport java.util.Optional;\nimport java.util.OptionalInt;\n\n/**\n * An error response, thrown: {@link #code()} (its {@code <Code>}), {@link #httpStatus()} and\n * {@link #errors()} (every row of the page with that code; empty for an unknown code).\n */\npublic class CIException extends RuntimeException {\n    private static final long serialVersionUID = 1L;\n\n    /** The description of a code the upstream page does not list. */\n    public static final String UNKNOWN = "An error code that the upstream error-code page does not list.";\n\n    private final String code;\n    private final Integer httpStatus;\n\n    /**\n     * An exception for {@code code}, without an HTTP status.\n     *\n     * @param code the {@code <Code>} of an error response\n     */\n    public CIException(String code) {\n        this(code, null);\n    }\n\n    /**\n     * An exception for {@code code} with an HTTP status.\n     *\n     * @param code the {@code <Code>} of an error response\n     * @param httpStatus its HTTP status\n     */\n    public CIException(String code, int httpStatus) {\n        this(code, Integer.valueOf(httpStatus));\n    }\n\n    private CIException(String code, Integer httpStatus) {\n        super(code + (httpStatus == null ? "" : " (HTTP " + httpStatus + ")") + ": " + describe(code, httpStatus));\n        this.code = code;\n        this.httpStatus = httpStatus;\n    }\n\n    private static String describe(String code, Integer httpStatus) {\n        if (httpStatus != null) {\n            Optional<ErrorInfo> found = CIErrors.fromResponse(httpStatus, code);\n            if (found.isPresent()) {\n                return found.get().description();\n            }\n        }\n        List<ErrorInfo> rows = CIErrors.lookup(code);\n        return rows.isEmpty() ? UNKNOWN : rows.get(0).description();\n    }\n\n    /**\n     * The code, e.g. {@code "AccessDenied"}.\n     *\n     * @return the code\n     */\n    public String code() {\n        return code;\n    }\n\n    /**\n     * The HTTP status the exception was made with.\n     *\n     * @return the status, or empty if none was given\n     */\n    public OptionalInt httpStatus() {\n        return httpStatus == null ? OptionalInt.empty() : OptionalInt.of(httpStatus);\n    }\n\n    /**\n     * Every row of the page with this code.\n     *\n     * @return an unmodifiable list; empty for a code the page does not list\n     */\n    public List<ErrorInfo> errors() {\n        return CIErrors.lookup(code);\n    }\n\n    /**\n     * What the code means: the row with this status, else the first row, else {@link #UNKNOWN}.\n     *\n     * @return the description\n     */\n    public String description() {\n        return describe(code, httpStatus);\n    }\n\n    /**\n     * Whether this exception\'s code is {@code code}.\n     *\n     * @param code a constant\n     * @return true when the codes are the same\n     */\n    public boolean is(ErrorCode code) {\n        return code.code().equals(this.code);\n    }\n}\n'

blocks = {}
debug_info = '1=20&3=22'
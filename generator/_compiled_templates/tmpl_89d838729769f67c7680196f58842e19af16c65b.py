from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'java/CIException.java.j2'

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
    yield ';\n\nimport java.util.List;\nimport java.util.stream.Collectors;\n\n/**\n * An error code, thrown: {@link #code()} (the raw code) and {@link #errors()} (every constant\n * with that code, across categories; empty for a code the page does not list).\n */\npublic class CIException extends RuntimeException {\n    private static final long serialVersionUID = 1L;\n\n    /** The description of a code the upstream page does not list. */\n    public static final String UNKNOWN = "An error code that the upstream error-code page does not list.";\n\n    private final long code;\n\n    /**\n     * An exception for {@code code}.\n     *\n     * @param code the raw code, e.g. from an {@code X-ErrNo} header\n     */\n    public CIException(long code) {\n        super(message(code));\n        this.code = code;\n    }\n\n    private static String message(long code) {\n        List<ErrorInfo> errors = CIErrors.lookupLong(code);\n        if (errors.isEmpty()) {\n            return code + ": " + UNKNOWN;\n        }\n        String names = errors.stream()\n                .map(e -> e.getClass().getSimpleName() + "." + e.name())\n                .collect(Collectors.joining(", "));\n        return code + " (" + names + "): " + errors.get(0).description();\n    }\n\n    /**\n     * The raw code.\n     *\n     * @return the code\n     */\n    public long code() {\n        return code;\n    }\n\n    /**\n     * Every constant with this code, across categories.\n     *\n     * @return an unmodifiable list; empty for a code the page does not list\n     */\n    public List<ErrorInfo> errors() {\n        return CIErrors.lookupLong(code);\n    }\n\n    /**\n     * What the code means: the first constant\'s description, or {@link #UNKNOWN}.\n     *\n     * @return the description\n     */\n    public String description() {\n        List<ErrorInfo> errors = errors();\n        return errors.isEmpty() ? UNKNOWN : errors.get(0).description();\n    }\n\n    /**\n     * Whether {@code info} is one of {@link #errors()}: {@code catch (CIException e) { if\n     * (e.is(DownloadError.X)) ... }}.\n     *\n     * @param info a constant\n     * @return true when this exception\'s code is that constant\'s\n     */\n    public boolean is(ErrorInfo info) {\n        return errors().contains(info);\n    }\n}\n'

blocks = {}
debug_info = '1=20&3=22'
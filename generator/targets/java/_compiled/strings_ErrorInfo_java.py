from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'java/strings.ErrorInfo.java.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_view = resolve('view')
    l_0_package = resolve('package')
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
    pass
    yield '// '
    yield str(environment.finalize(t_2(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'header'))))
    yield '\n\npackage '
    yield str(environment.finalize((undefined(name='package') if l_0_package is missing else l_0_package)))
    yield ';\n\nimport java.util.List;\nimport java.util.Optional;\nimport java.util.OptionalInt;\n\n/**\n * One row of the page: a symbolic code with one HTTP status and text, in one category.\n * {@link Variant} implements it; a code can stand in several rows ({@link '
    yield str(environment.finalize(t_1(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'type_prefix'))))
    yield 'Errors#lookup}\n * returns each).\n */\npublic interface ErrorInfo {\n    /**\n     * The code, e.g. {@code "AccessDenied"}: the {@code <Code>} of an error response.\n     *\n     * @return the code\n     */\n    String code();\n\n    /**\n     * The code\'s name, e.g. {@code "ACCESS_DENIED"}: its {@link ErrorCode} constant\'s name.\n     *\n     * @return the name\n     */\n    String name();\n\n    /**\n     * The row\'s HTTP status, e.g. {@code 403}.\n     *\n     * @return the status, or empty where the page gives none\n     */\n    OptionalInt httpStatus();\n\n    /**\n     * The row\'s HTTP reason phrase, e.g. {@code "Forbidden"}.\n     *\n     * @return the reason, or empty where the page gives none\n     */\n    Optional<String> httpReason();\n\n    /**\n     * What the row means, in the page\'s words.\n     *\n     * @return the description\n     */\n    String description();\n\n    /**\n     * What to do about it.\n     *\n     * @return the action, or empty where the page lists none\n     */\n    Optional<String> action();\n\n    /**\n     * The category (group of HTTP statuses) the row belongs to.\n     *\n     * @return the category\n     */\n    Category category();\n\n    /**\n     * Whether the row was retired from the page (kept so that no constant vanishes).\n     *\n     * @return true for a retired row\n     */\n    boolean deprecated();\n\n    /**\n     * Where other pages give the same code.\n     *\n     * @return every reference, in order; empty when there is none\n     */\n    List<SeeAlso> seeAlso();\n}\n'

blocks = {}
debug_info = '1=26&3=28&11=30'
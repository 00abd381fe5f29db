from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'java/strings.Errors.java.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_view = resolve('view')
    l_0_package = resolve('package')
    l_0_rows = resolve('rows')
    l_0_P = l_0_symbolic = missing
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
    pass
    l_0_P = t_1(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'type_prefix'))
    context.vars['P'] = l_0_P
    context.exported_vars.add('P')
    l_0_symbolic = True
    context.vars['symbolic'] = l_0_symbolic
    context.exported_vars.add('symbolic')
    yield '// '
    yield str(environment.finalize(t_2(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'header'))))
    yield '\n\npackage '
    yield str(environment.finalize((undefined(name='package') if l_0_package is missing else l_0_package)))
    yield ';\n\nimport java.lang.reflect.Method;\nimport java.util.ArrayList;\nimport java.util.Collection;\nimport java.util.Collections;\nimport java.util.HashMap;\nimport java.util.List;\nimport java.util.Map;\nimport java.util.Optional;\nimport java.util.OptionalInt;\nimport java.util.Set;\n\n/**\n * The symbolic error codes of '
    yield str(environment.finalize(t_3(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'product_label'))))
    yield ': the {@code <Code>} of an error\n * response. {@link ErrorCode} has one constant per code; every row of the page is a\n * {@link Variant} (code, HTTP status and reason, description, action, category).\n *\n * <p>{@link #lookup} returns every row of a code, {@link #fromResponse} the row of one HTTP\n * status. {@link #from} (or {@link #builder()}) makes the {@link '
    yield str(environment.finalize((undefined(name='P') if l_0_P is missing else l_0_P)))
    yield "Exception} of an error\n * response from its status, code, headers, message and ids, and never throws;\n * {@link #fromException} makes it from an SDK's exception (Tencent's {@code CosServiceException},\n * read by reflection); {@link #raiseForResponse} throws it.\n *\n * <p>Dotted codes form a hierarchy ({@code InvalidInput.TaskDuplicated} is under\n * {@code InvalidInput}): {@link #parentOf}, {@link #subcodes} and {@link #isWithin} read it,\n * and so do {@link ErrorCode#parent()} and {@link ErrorCode#subcodes()}.\n */\npublic final class "
    yield str(environment.finalize((undefined(name='P') if l_0_P is missing else l_0_P)))
    yield 'Errors {\n    private static final Map<String, List<ErrorInfo>> BY_CODE = index();\n\n    /** Codes the page marks as throttling: a retry may help. */\n    private static final Set<String> RETRYABLE_CODES = Set.of(Category.unpack(\n            '
    yield str(environment.finalize(context.call(environment.getattr((undefined(name='rows') if l_0_rows is missing else l_0_rows), 'retryable_codes'))))
    yield '));\n\n'
    template = environment.get_template('java/response.java.j2', 'java/strings.Errors.java.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'P': l_0_P, 'symbolic': l_0_symbolic}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '\n    private '
    yield str(environment.finalize((undefined(name='P') if l_0_P is missing else l_0_P)))
    yield 'Errors() {\n    }\n\n    private static Map<String, List<ErrorInfo>> index() {\n        Map<String, List<ErrorInfo>> found = new HashMap<>();\n        for (Variant v : Variant.ALL) {\n            found.computeIfAbsent(v.code(), k -> new ArrayList<>()).add(v);\n        }\n        Map<String, List<ErrorInfo>> out = new HashMap<>();\n        for (Map.Entry<String, List<ErrorInfo>> e : found.entrySet()) {\n            out.put(e.getKey(), Collections.unmodifiableList(e.getValue()));\n        }\n        return out;\n    }\n\n    /**\n     * Every category of the page, in the page\'s order.\n     *\n     * @return the categories\n     */\n    public static List<Category> categories() {\n        return Category.ALL;\n    }\n\n    /**\n     * Every row of the page, in the page\'s order (retired rows included).\n     *\n     * @return an unmodifiable list\n     */\n    public static List<ErrorInfo> all() {\n        return Collections.unmodifiableList(Variant.ALL);\n    }\n\n    /**\n     * Every row of the page with this code, in the page\'s order.\n     *\n     * @param code a code, e.g. {@code "AccessDenied"}\n     * @return an unmodifiable list; empty for a code the page does not list\n     */\n    public static List<ErrorInfo> lookup(String code) {\n        return BY_CODE.getOrDefault(code, List.of());\n    }\n\n    /**\n     * The row for an error response\'s HTTP status and {@code <Code>}.\n     *\n     * @param status the HTTP status, e.g. {@code 403}\n     * @param code the code, e.g. {@code "AccessDenied"}\n     * @return the row, or empty if the page has none with that status\n     */\n    public static Optional<ErrorInfo> fromResponse(int status, String code) {\n        for (ErrorInfo v : lookup(code)) {\n            OptionalInt own = v.httpStatus();\n            if (own.isPresent() && own.getAsInt() == status) {\n                return Optional.of(v);\n            }\n        }\n        return Optional.empty();\n    }\n\n    /**\n     * Throws the {@link '
    yield str(environment.finalize((undefined(name='P') if l_0_P is missing else l_0_P)))
    yield "Exception} of an error response's HTTP status and {@code <Code>}\n     * (made by {@link #from}).\n     *\n     * @param status the HTTP status\n     * @param code the code\n     * @throws "
    yield str(environment.finalize((undefined(name='P') if l_0_P is missing else l_0_P)))
    yield "Exception always, for a known code or not\n     */\n    public static void raiseForResponse(int status, String code) {\n        throw from(status, code, null, null, null, null, null);\n    }\n\n    /** Every row of the page with the code as received. */\n    static List<ErrorInfo> rowsOf(String raw) {\n        return raw == null ? List.of() : lookup(raw);\n    }\n\n    /**\n     * The categories of an error response (the status received wins): those of the code's rows\n     * with that status; else those whose rows all lie in the status's class; else those of\n     * every row of the code; else none (a code the page does not list).\n     */\n    static List<Category> categoriesOf(String raw, Integer status) {\n        List<Category> out = new ArrayList<>();\n        if (status != null) {\n            for (ErrorInfo row : rowsOf(raw)) {\n                OptionalInt own = row.httpStatus();\n                if (own.isPresent() && own.getAsInt() == status && !out.contains(row.category())) {\n                    out.add(row.category());\n                }\n            }\n            if (out.isEmpty()) {\n                out.addAll(inClass(status));\n            }\n        }\n        if (out.isEmpty()) {\n            for (ErrorInfo row : rowsOf(raw)) {\n                if (!out.contains(row.category())) {\n                    out.add(row.category());\n                }\n            }\n        }\n        out.sort((a, b) -> Integer.compare(Category.ALL.indexOf(a), Category.ALL.indexOf(b)));\n        return Collections.unmodifiableList(out);\n    }\n\n    /** The page's text for a code: the row with the status received, else the first row. */\n    static String describe(String raw, Integer status) {\n        if (status != null && raw != null) {\n            Optional<ErrorInfo> found = fromResponse(status, raw);\n            if (found.isPresent()) {\n                return found.get().description();\n            }\n        }\n        List<ErrorInfo> rows = rowsOf(raw);\n        return rows.isEmpty() ? "
    yield str(environment.finalize((undefined(name='P') if l_0_P is missing else l_0_P)))
    yield 'Exception.UNKNOWN : rows.get(0).description();\n    }\n\n    /** Whether the page marks the code as throttling. */\n    static boolean retryableCode(String raw) {\n        return raw != null && RETRYABLE_CODES.contains(raw);\n    }\n\n    /**\n     * The code one level up a dotted code: all but its last {@code .} part.\n     *\n     * @param code a code, e.g. {@code "InvalidInput.TaskDuplicated"}\n     * @return the parent, e.g. {@code "InvalidInput"}; empty for a top-level code\n     */\n    public static Optional<String> parentOf(String code) {\n        int start = 0;\n        int end = code.length();\n        while (start < end && code.charAt(start) == \'.\') {\n            start++;\n        }\n        while (end > start && code.charAt(end - 1) == \'.\') {\n            end--;\n        }\n        if (code.substring(start, end).indexOf(\'.\') < 0) {\n            return Optional.empty();\n        }\n        return Optional.of(code.substring(0, code.lastIndexOf(\'.\')));\n    }\n\n    /**\n     * The codes of the page one level below {@code code} (whether or not the page lists it).\n     *\n     * @param code a code, e.g. {@code "InvalidInput"}\n     * @return an unmodifiable list, in the order of the page; empty when there is none\n     */\n    public static List<ErrorCode> subcodes(String code) {\n        List<ErrorCode> out = new ArrayList<>();\n        for (ErrorCode c : ErrorCode.values()) {\n            if (parentOf(c.code()).equals(Optional.of(code))) {\n                out.add(c);\n            }\n        }\n        return Collections.unmodifiableList(out);\n    }\n\n    /**\n     * Whether {@code code} is {@code ancestor} or lies below it ({@code InvalidInput.TaskDuplicated}\n     * is within {@code InvalidInput}; {@code InvalidInputs} is not).\n     *\n     * @param code a code\n     * @param ancestor a code or a prefix of dotted codes\n     * @return true when {@code code} is within {@code ancestor}\n     */\n    public static boolean isWithin(String code, String ancestor) {\n        return code.equals(ancestor) || code.startsWith(ancestor + ".");\n    }\n}\n'

blocks = {}
debug_info = '1=33&2=36&3=40&5=42&19=44&24=46&33=48&38=50&40=52&42=59&103=61&108=63&157=65'
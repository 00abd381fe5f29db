from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'java/Exception.java.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_view = resolve('view')
    l_0_package = resolve('package')
    l_0_int_type = resolve('int_type')
    l_0_opt_int = resolve('opt_int')
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
    l_0_symbolic = (environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'kind') == 'string')
    context.vars['symbolic'] = l_0_symbolic
    context.exported_vars.add('symbolic')
    yield '// '
    yield str(environment.finalize(t_2(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'header'))))
    yield '\n\npackage '
    yield str(environment.finalize((undefined(name='package') if l_0_package is missing else l_0_package)))
    yield ';\n\nimport java.util.ArrayList;\nimport java.util.List;\nimport java.util.Optional;\nimport java.util.OptionalInt;\n'
    if ((not (undefined(name='symbolic') if l_0_symbolic is missing else l_0_symbolic)) and ((undefined(name='int_type') if l_0_int_type is missing else l_0_int_type) != 'int')):
        pass
        yield 'import java.util.OptionalLong;\n'
    yield '\n/**\n * An error response of '
    yield str(environment.finalize(t_3(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'product_label'))))
    yield ', thrown: its code\n'
    if (undefined(name='symbolic') if l_0_symbolic is missing else l_0_symbolic):
        pass
        yield ' * ({@link #code()}, the {@code <Code>}; {@link #errorCode()}, its constant),\n'
    else:
        pass
        yield ' * ({@link #code()}, from {@code X-ErrNo}; {@link #rawCode()}, as received),\n'
    yield " * the HTTP status received, the server's own message, the request and trace ids, and the\n * SDK's error as its cause ({@link #getCause()}). {@link #errors()} gives every row of the\n * page with the code and {@link #categories()} the categories the status received picks;\n * {@link #isServerFault()} and {@link #retryable()} say whose fault it is and whether a retry\n * may help. Made by {@link "
    yield str(environment.finalize((undefined(name='P') if l_0_P is missing else l_0_P)))
    yield 'Errors#from}, {@link '
    yield str(environment.finalize((undefined(name='P') if l_0_P is missing else l_0_P)))
    yield 'Errors#builder()} and\n * {@link '
    yield str(environment.finalize((undefined(name='P') if l_0_P is missing else l_0_P)))
    yield 'Errors#fromException}, which never throw.\n *\n * <p>Its message reads {@code CODE (HTTP STATUS): DESCRIPTION [server message: M; request id: R;\n * trace id: T]}, each part in brackets only when known.\n */\npublic class '
    yield str(environment.finalize((undefined(name='P') if l_0_P is missing else l_0_P)))
    yield 'Exception extends RuntimeException {\n    private static final long serialVersionUID = 2L;\n\n    /** The description of a code the upstream page does not list. */\n    public static final String UNKNOWN = "An error code that the upstream error-code page does not list.";\n\n    /** The code part of the message of a response that carries none. */\n\n    private final String rawCode;\n    private final Integer httpStatus;\n    private final String serverMessage;\n    private final String requestId;\n    private final String traceId;\n\n'
    if (undefined(name='symbolic') if l_0_symbolic is missing else l_0_symbolic):
        pass
        yield '    /**\n     * An exception for {@code code}, without an HTTP status.\n     *\n     * @param code the {@code <Code>} of an error response\n     */\n    public '
        yield str(environment.finalize((undefined(name='P') if l_0_P is missing else l_0_P)))
        yield 'Exception(String code) {\n        this(code, null, null, null, null, null);\n    }\n\n    /**\n     * An exception for {@code code} with an HTTP status.\n     *\n     * @param code the {@code <Code>} of an error response\n     * @param httpStatus its HTTP status\n     */\n    public '
        yield str(environment.finalize((undefined(name='P') if l_0_P is missing else l_0_P)))
        yield 'Exception(String code, int httpStatus) {\n        this(code, Integer.valueOf(httpStatus), null, null, null, null);\n    }\n'
    else:
        pass
        yield '    /**\n     * An exception for {@code code}, without a response ({@link '
        yield str(environment.finalize((undefined(name='P') if l_0_P is missing else l_0_P)))
        yield 'Errors#from} takes one).\n     *\n     * @param code the code, e.g. from an {@code X-ErrNo} header\n     */\n    public '
        yield str(environment.finalize((undefined(name='P') if l_0_P is missing else l_0_P)))
        yield 'Exception('
        yield str(environment.finalize((undefined(name='int_type') if l_0_int_type is missing else l_0_int_type)))
        yield ' code) {\n        this(String.valueOf(code), null, null, null, null, null);\n    }\n'
    yield '\n    '
    yield str(environment.finalize((undefined(name='P') if l_0_P is missing else l_0_P)))
    yield 'Exception(String rawCode, Integer httpStatus, String serverMessage, String requestId, String traceId,\n            Throwable cause) {\n        super(message(normal(rawCode), httpStatus, serverMessage, requestId, traceId), cause);\n        this.rawCode = normal(rawCode);\n        this.httpStatus = httpStatus;\n        this.serverMessage = serverMessage;\n        this.requestId = requestId;\n        this.traceId = traceId;\n    }\n\n    /** A code as received, without surrounding spaces; null for none or a blank one. */\n    private static String normal(String rawCode) {\n        return rawCode == null || '
    yield str(environment.finalize((undefined(name='P') if l_0_P is missing else l_0_P)))
    yield 'Errors.blank(rawCode) ? null : '
    yield str(environment.finalize((undefined(name='P') if l_0_P is missing else l_0_P)))
    yield 'Errors.strip(rawCode);\n    }\n\n    private static String message(String rawCode, Integer httpStatus, String serverMessage, String requestId,\n            String traceId) {\n        StringBuilder out = new StringBuilder(rawCode == null ? "" : rawCode);\n        if (httpStatus != null) {\n            out.append(out.length() == 0 ? "" : " ").append("(HTTP ").append(httpStatus).append(\')\');\n        }\n        out.append(out.length() == 0 ? "" : ": ").append('
    yield str(environment.finalize((undefined(name='P') if l_0_P is missing else l_0_P)))
    yield 'Errors.describe(rawCode, httpStatus));\n        List<String> extras = new ArrayList<>();\n        if (serverMessage != null) {\n            extras.add("server message: " + serverMessage);\n        }\n        if (requestId != null) {\n            extras.add("request id: " + requestId);\n        }\n        if (traceId != null) {\n            extras.add("trace id: " + traceId);\n        }\n        if (!extras.isEmpty()) {\n            out.append(" [").append(String.join("; ", extras)).append(\']\');\n        }\n        return out.toString();\n    }\n\n'
    if (undefined(name='symbolic') if l_0_symbolic is missing else l_0_symbolic):
        pass
        yield '    /**\n     * The code, e.g. {@code "AccessDenied"}: the response\'s {@code <Code>}.\n     *\n     * @return the code; empty for a response that carries none\n     */\n    public String code() {\n        return rawCode == null ? "" : rawCode;\n    }\n\n    /**\n     * The constant of the code.\n     *\n     * @return the constant; empty for a code the page does not list\n     */\n    public Optional<ErrorCode> errorCode() {\n        return rawCode == null ? Optional.empty() : ErrorCode.of(rawCode);\n    }\n'
    else:
        pass
        yield '    /**\n     * The code, e.g. {@code -46618}: the integer of {@link #rawCode()}.\n     *\n     * @return the code; empty when the code received is no integer of that type (a malformed\n     *     {@code X-ErrNo} such as {@code "abc"}) or none was received\n     */\n    public '
        yield str(environment.finalize((undefined(name='opt_int') if l_0_opt_int is missing else l_0_opt_int)))
        yield ' code() {\n'
        if ((undefined(name='int_type') if l_0_int_type is missing else l_0_int_type) == 'int'):
            pass
            yield '        return '
            yield str(environment.finalize((undefined(name='P') if l_0_P is missing else l_0_P)))
            yield 'Errors.parseHeader(rawCode);\n'
        else:
            pass
            yield '        return '
            yield str(environment.finalize((undefined(name='P') if l_0_P is missing else l_0_P)))
            yield 'Errors.parseLong(rawCode);\n'
        yield '    }\n'
    yield '\n    /**\n     * The code as received, e.g. {@code '
    if (undefined(name='symbolic') if l_0_symbolic is missing else l_0_symbolic):
        pass
        yield '"AccessDenied"'
    else:
        pass
        yield '"-46618"'
    yield '}\n     * (a malformed one as it came, without surrounding spaces).\n     *\n     * @return the code; empty for a response that carries none\n     */\n    public Optional<String> rawCode() {\n        return Optional.ofNullable(rawCode);\n    }\n\n    /**\n     * The HTTP status received.\n     *\n     * @return the status, or empty if none was given\n     */\n    public OptionalInt httpStatus() {\n        return httpStatus == null ? OptionalInt.empty() : OptionalInt.of(httpStatus);\n    }\n\n    /**\n     * The server\'s own message (the body\'s {@code <Message>}), e.g. {@code "Access Denied."}.\n     *\n     * @return the message, or empty if none was given\n     */\n    public Optional<String> serverMessage() {\n        return Optional.ofNullable(serverMessage);\n    }\n\n    /**\n     * The request id (the {@code x-cos-request-id} header), to quote to support.\n     *\n     * @return the id, or empty if none was given\n     */\n    public Optional<String> requestId() {\n        return Optional.ofNullable(requestId);\n    }\n\n    /**\n     * The trace id (the {@code x-cos-trace-id} header).\n     *\n     * @return the id, or empty if none was given\n     */\n    public Optional<String> traceId() {\n        return Optional.ofNullable(traceId);\n    }\n\n    /**\n'
    if (undefined(name='symbolic') if l_0_symbolic is missing else l_0_symbolic):
        pass
        yield "     * Every row of the page with this code, in the page's order.\n"
    else:
        pass
        yield "     * Every constant with this code, one per category, in the page's order.\n"
    yield '     *\n     * @return an unmodifiable list; empty for a code the page does not list\n     */\n    public List<ErrorInfo> errors() {\n        return '
    yield str(environment.finalize((undefined(name='P') if l_0_P is missing else l_0_P)))
    yield "Errors.rowsOf(rawCode);\n    }\n\n    /**\n     * The categories of this error, the status received first: those of the code's rows with\n     * that status; else those whose rows all lie in its class (a 503 answer is the 5xx\n     * category's, whatever the page lists for the code); else those of every row of the code.\n     *\n     * @return an unmodifiable list, in the page's order; empty for an unknown code whose status\n     *     picks no category\n     */\n    public List<Category> categories() {\n        return "
    yield str(environment.finalize((undefined(name='P') if l_0_P is missing else l_0_P)))
    yield "Errors.categoriesOf(rawCode, httpStatus);\n    }\n\n    /**\n     * What the code means: the page's row with the status received, else its first row, else\n     * {@link #UNKNOWN}.\n     *\n     * @return the description\n     */\n    public String description() {\n        return "
    yield str(environment.finalize((undefined(name='P') if l_0_P is missing else l_0_P)))
    yield "Errors.describe(rawCode, httpStatus);\n    }\n\n    /**\n     * Whether the server is at fault: a 5xx status; without a status, a category whose rows\n     * all lie in the 5xx class.\n     *\n     * @return true for the server's fault, false for the client's\n     */\n    public boolean isServerFault() {\n        if (httpStatus != null) {\n            return httpStatus >= 500;\n        }\n        return "
    yield str(environment.finalize((undefined(name='P') if l_0_P is missing else l_0_P)))
    yield 'Errors.serverClass(categories());\n    }\n\n    /**\n     * Whose fault it is, as AWS\'s SDKs say it.\n     *\n     * @return {@code "server"} or {@code "client"}\n     */\n    public String fault() {\n        return isServerFault() ? "server" : "client";\n    }\n\n    /**\n     * Whether a retry may help: the status is 429, 500, 502, 503 or 504, or the page marks the\n     * code as throttling (e.g. {@code SlowDown}).\n     *\n     * @return true when a retry may help\n     */\n    public boolean retryable() {\n        boolean throttled = httpStatus != null && '
    yield str(environment.finalize((undefined(name='P') if l_0_P is missing else l_0_P)))
    yield 'Errors.RETRYABLE_STATUSES.contains(httpStatus);\n        return throttled || '
    yield str(environment.finalize((undefined(name='P') if l_0_P is missing else l_0_P)))
    yield 'Errors.retryableCode(rawCode);\n    }\n\n'
    if (undefined(name='symbolic') if l_0_symbolic is missing else l_0_symbolic):
        pass
        yield "    /**\n     * Whether this exception's code is {@code code}.\n     *\n     * @param code a constant\n     * @return true when the codes are the same\n     */\n    public boolean is(ErrorCode code) {\n        return code.code().equals(rawCode);\n    }\n"
    else:
        pass
        yield '    /**\n     * Whether {@code info} is one of {@link #errors()}: {@code catch ('
        yield str(environment.finalize((undefined(name='P') if l_0_P is missing else l_0_P)))
        yield "Exception e) { if\n     * (e.is(DownloadError.X)) ... }}.\n     *\n     * @param info a constant\n     * @return true when this exception's code is that constant's\n     */\n    public boolean is(ErrorInfo info) {\n        return errors().contains(info);\n    }\n"
    yield '}\n'

blocks = {}
debug_info = '1=34&2=37&3=41&5=43&11=45&16=49&17=51&26=58&27=62&32=64&46=66&52=69&62=71&67=76&71=78&76=83&88=85&97=89&114=91&139=97&140=99&141=102&143=107&149=111&195=118&204=125&216=127&226=129&239=131&258=133&259=135&262=137&274=143'
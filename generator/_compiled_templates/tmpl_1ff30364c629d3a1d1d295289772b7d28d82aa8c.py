from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'java/CIErrors.java.j2'

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
        t_3 = environment.filters['java_str']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'java_str' found.")
    pass
    yield '// '
    yield str(environment.finalize(t_2(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'header'))))
    yield '\n\npackage '
    yield str(environment.finalize((undefined(name='package') if l_0_package is missing else l_0_package)))
    yield ';\n\nimport java.util.ArrayList;\nimport java.util.Collections;\nimport java.util.HashMap;\nimport java.util.List;\nimport java.util.Map;\nimport java.util.OptionalLong;\n\n/**\n * The error codes of Tencent Cloud Infinite (CI), as published on its error-code page: one\n * {@code enum} per category of the page, one constant per code, each an {@link ErrorInfo}.\n *\n * <p>The same code can appear in more than one category: {@link #lookup} returns every match,\n * and {@link #fromHeader} does the same for the value of an {@code X-ErrNo} response header.\n * {@link #raiseForHeader} throws the {@link CIException} of a header value.\n *\n * <p>Texts are in the page\'s default locale, {@link #DEFAULT_LOCALE}; {@link ErrorInfo#text}\n * and {@link Category#title(String)} give them in any locale of {@link #locales()}, each text\n * falling back to the default locale\'s where that locale\'s page has none.\n */\n@SuppressWarnings("deprecation") // the tables list the retired codes too\npublic final class CIErrors {\n    /** The locale of {@code description()}, {@code action()}, {@code title()} and {@code fallback()}. */\n    public static final String DEFAULT_LOCALE = '
    yield str(environment.finalize(t_3(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'locale'))))
    yield ';\n\n    private static final List<String> LOCALES = List.of('
    l_1_loop = missing
    for l_1_locale, l_1_loop in LoopContext(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'locales'), undefined):
        _loop_vars = {}
        pass
        yield str(environment.finalize(t_3(l_1_locale)))
        if (not environment.getattr(l_1_loop, 'last')):
            pass
            yield ', '
    l_1_loop = l_1_locale = missing
    yield ');\n\n    private static final List<ErrorInfo> ALL = all0();\n\n    private static final Map<Long, List<ErrorInfo>> BY_CODE = index();\n\n    private CIErrors() {\n    }\n\n    private static List<ErrorInfo> all0() {\n        List<ErrorInfo> out = new ArrayList<>();\n'
    for l_1_c in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'categories'):
        _loop_vars = {}
        pass
        yield '        Collections.addAll(out, '
        yield str(environment.finalize(t_1(environment.getattr(l_1_c, 'name'))))
        yield '.values());\n'
    l_1_c = missing
    yield '        return Collections.unmodifiableList(out);\n    }\n\n    private static Map<Long, List<ErrorInfo>> index() {\n        Map<Long, List<ErrorInfo>> found = new HashMap<>();\n        for (ErrorInfo info : ALL) {\n            long code = info.code();\n            found.computeIfAbsent(code, k -> new ArrayList<>()).add(info);\n        }\n        Map<Long, List<ErrorInfo>> out = new HashMap<>();\n        for (Map.Entry<Long, List<ErrorInfo>> e : found.entrySet()) {\n            out.put(e.getKey(), Collections.unmodifiableList(e.getValue()));\n        }\n        return out;\n    }\n\n    /**\n     * Every locale of the page, the default first.\n     *\n     * @return the locales, e.g. {@code ["en", "zh"]}\n     */\n    public static List<String> locales() {\n        return LOCALES;\n    }\n\n    /**\n     * Every category of the page, in the page\'s order.\n     *\n     * @return the categories\n     */\n    public static List<Category> categories() {\n        return Category.ALL;\n    }\n\n    /**\n     * Every code of every category, in the page\'s order (retired codes included).\n     *\n     * @return an unmodifiable list\n     */\n    public static List<ErrorInfo> all() {\n        return ALL;\n    }\n\n    /**\n     * Every constant with this code, across categories.\n     *\n     * @param code an error code, e.g. {@code -46618}\n     * @return an unmodifiable list; empty for a code the page does not list\n     */\n    public static List<ErrorInfo> lookup('
    yield str(environment.finalize((undefined(name='int_type') if l_0_int_type is missing else l_0_int_type)))
    yield ' code) {\n        return lookupLong(code);\n    }\n\n    static List<ErrorInfo> lookupLong(long code) {\n        return BY_CODE.getOrDefault(code, List.of());\n    }\n\n    /**\n     * The code of an {@code X-ErrNo} header value such as {@code " -46618 "}: surrounding\n     * spaces, tabs and line breaks ignored, an optional sign, then 1 to 18 ASCII digits.\n     *\n     * @param value a header value, or null\n     * @return the code, or empty for null or a malformed value\n     */\n    public static OptionalLong parseHeader(String value) {\n        if (value == null) {\n            return OptionalLong.empty();\n        }\n        String text = strip(value);\n        int start = text.startsWith("-") || text.startsWith("+") ? 1 : 0;\n        int digits = text.length() - start;\n        if (digits < 1 || digits > 18) {\n            return OptionalLong.empty();\n        }\n        for (int i = start; i < text.length(); i++) {\n            char ch = text.charAt(i);\n            if (ch < \'0\' || ch > \'9\') {\n                return OptionalLong.empty();\n            }\n        }\n        return OptionalLong.of(Long.parseLong(text));\n    }\n\n    private static String strip(String value) {\n        int start = 0;\n        int end = value.length();\n        while (start < end && " \\t\\r\\n".indexOf(value.charAt(start)) >= 0) {\n            start++;\n        }\n        while (end > start && " \\t\\r\\n".indexOf(value.charAt(end - 1)) >= 0) {\n            end--;\n        }\n        return value.substring(start, end);\n    }\n\n    /**\n     * Every constant for an {@code X-ErrNo} header value such as {@code " -46618 "}.\n     *\n     * @param value a header value, or null\n     * @return an unmodifiable list; empty for null, a malformed value or an unknown code\n     */\n    public static List<ErrorInfo> fromHeader(String value) {\n        OptionalLong code = parseHeader(value);\n        return code.isPresent() ? lookupLong(code.getAsLong()) : List.of();\n    }\n\n    /**\n     * Throws the {@link CIException} of an {@code X-ErrNo} header value; returns for null or a\n     * blank value.\n     *\n     * @param value a header value, or null\n     * @throws CIException for any code, known or not\n     * @throws IllegalArgumentException for a malformed value (not a {@code CIException})\n     */\n    public static void raiseForHeader(String value) {\n        if (value == null || strip(value).isEmpty()) {\n            return;\n        }\n        OptionalLong code = parseHeader(value);\n        if (code.isEmpty()) {\n            throw new IllegalArgumentException("not an X-ErrNo value: \\"" + value + "\\"");\n        }\n        throw new CIException(code.getAsLong());\n    }\n}\n'

blocks = {}
debug_info = '1=33&3=35&27=37&30=40&41=49&42=53&93=57'
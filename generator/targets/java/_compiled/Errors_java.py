from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'java/Errors.java.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_view = resolve('view')
    l_0_package = resolve('package')
    l_0_int_type = resolve('int_type')
    l_0_rows = resolve('rows')
    l_0_opt_int = resolve('opt_int')
    l_0_P = l_0_symbolic = l_0_parts = missing
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
    try:
        t_4 = environment.filters['java_str']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'java_str' found.")
    try:
        t_5 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    pass
    l_0_P = t_1(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'type_prefix'))
    context.vars['P'] = l_0_P
    context.exported_vars.add('P')
    l_0_symbolic = False
    context.vars['symbolic'] = l_0_symbolic
    context.exported_vars.add('symbolic')
    yield '// '
    yield str(environment.finalize(t_2(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'header'))))
    yield '\n\npackage '
    yield str(environment.finalize((undefined(name='package') if l_0_package is missing else l_0_package)))
    yield ';\n\nimport java.lang.reflect.Method;\nimport java.util.ArrayList;\nimport java.util.Collection;\nimport java.util.Collections;\nimport java.util.HashMap;\nimport java.util.HashSet;\nimport java.util.List;\nimport java.util.Map;\n'
    if ((undefined(name='int_type') if l_0_int_type is missing else l_0_int_type) == 'int'):
        pass
        yield 'import java.util.OptionalInt;\n'
    yield 'import java.util.OptionalLong;\nimport java.util.Set;\n\n/**\n * The error codes of '
    yield str(environment.finalize(t_3(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'product_label'))))
    yield ', as published on its error-code page: one\n * {@code enum} per category of the page, one constant per code, each an {@link ErrorInfo}.\n *\n * <p>The same code can appear in more than one category: {@link #lookup} returns every match,\n * and {@link #fromHeader} does the same for the value of an {@code X-ErrNo} response header.\n *\n * <p>{@link #from} (or {@link #builder()}) makes the {@link '
    yield str(environment.finalize((undefined(name='P') if l_0_P is missing else l_0_P)))
    yield 'Exception} of an error response\n * from its status, headers, code, message and ids, and never throws;\n * {@link #fromException} makes it from an SDK\'s exception (Tencent\'s {@code CosServiceException},\n * read by reflection); {@link #raiseForHeader} throws the exception of an {@code X-ErrNo} value.\n *\n * <p>Texts are in the page\'s default locale, {@link #DEFAULT_LOCALE}; {@link ErrorInfo#text}\n * and {@link Category#title(String)} give them in any locale of {@link #locales()}, each text\n * falling back to the default locale\'s where that locale\'s page has none.\n */\n@SuppressWarnings("deprecation") // the tables list the retired codes too\npublic final class '
    yield str(environment.finalize((undefined(name='P') if l_0_P is missing else l_0_P)))
    yield 'Errors {\n    /** The locale of {@code description()}, {@code action()}, {@code title()} and {@code fallback()}. */\n    public static final String DEFAULT_LOCALE = '
    yield str(environment.finalize(t_4(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'locale'))))
    yield ';\n\n    private static final List<String> LOCALES = List.of('
    l_1_loop = missing
    for l_1_locale, l_1_loop in LoopContext(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'locales'), undefined):
        _loop_vars = {}
        pass
        yield str(environment.finalize(t_4(l_1_locale)))
        if (not environment.getattr(l_1_loop, 'last')):
            pass
            yield ', '
    l_1_loop = l_1_locale = missing
    yield ');\n\n    private static final List<ErrorInfo> ALL = all0();\n\n    private static final Map<Long, List<ErrorInfo>> BY_CODE = index();\n\n    /** The rows of the page that give an HTTP status (the status received picks among them). */\n    private static final List<StatusRow> STATUS_ROWS = StatusRow.all(Category.unpack(\n            '
    yield str(environment.finalize(context.call(environment.getattr((undefined(name='rows') if l_0_rows is missing else l_0_rows), 'status_rows'))))
    yield '));\n\n    /** Codes the page marks as throttling: a retry may help. */\n    private static final Set<Long> RETRYABLE_CODES = longs(Category.unpack(\n            '
    yield str(environment.finalize(context.call(environment.getattr((undefined(name='rows') if l_0_rows is missing else l_0_rows), 'retryable_codes'))))
    yield '));\n\n'
    template = environment.get_template('java/response.java.j2', 'java/Errors.java.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'P': l_0_P, 'parts': l_0_parts, 'symbolic': l_0_symbolic}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '\n    private static final class StatusRow {\n        final String category;\n        final long code;\n        final int status;\n        final String description;\n\n        StatusRow(String category, long code, int status, String description) {\n            this.category = category;\n            this.code = code;\n            this.status = status;\n            this.description = description;\n        }\n\n        /** The rows of a table: category id, code, status, description each. */\n        static List<StatusRow> all(String[] data) {\n            List<StatusRow> out = new ArrayList<>();\n            for (int at = 0; at < data.length; at += 4) {\n                long code = Long.parseLong(data[at + 1]);\n                out.add(new StatusRow(data[at], code, Integer.parseInt(data[at + 2]), data[at + 3]));\n            }\n            return List.copyOf(out);\n        }\n    }\n\n    private '
    yield str(environment.finalize((undefined(name='P') if l_0_P is missing else l_0_P)))
    yield 'Errors() {\n    }\n\n'
    l_0_parts = context.call(environment.getattr((undefined(name='rows') if l_0_rows is missing else l_0_rows), 'category_parts'))
    context.vars['parts'] = l_0_parts
    context.exported_vars.add('parts')
    yield '    private static List<ErrorInfo> all0() {\n        List<ErrorInfo> out = new ArrayList<>();\n'
    if (t_5((undefined(name='parts') if l_0_parts is missing else l_0_parts)) == 1):
        pass
        for l_1_c in environment.getitem((undefined(name='parts') if l_0_parts is missing else l_0_parts), 0):
            _loop_vars = {}
            pass
            yield '        Collections.addAll(out, '
            yield str(environment.finalize(t_1(environment.getattr(l_1_c, 'name'))))
            yield '.values());\n'
        l_1_c = missing
    else:
        pass
        l_1_loop = missing
        for l_1_part, l_1_loop in LoopContext((undefined(name='parts') if l_0_parts is missing else l_0_parts), undefined):
            _loop_vars = {}
            pass
            yield '        Categories_'
            yield str(environment.finalize(environment.getattr(l_1_loop, 'index0')))
            yield '.addTo(out);\n'
        l_1_loop = l_1_part = missing
    yield '        return Collections.unmodifiableList(out);\n    }\n'
    if (t_5((undefined(name='parts') if l_0_parts is missing else l_0_parts)) > 1):
        pass
        l_1_loop = missing
        for l_1_part, l_1_loop in LoopContext((undefined(name='parts') if l_0_parts is missing else l_0_parts), undefined):
            _loop_vars = {}
            pass
            yield '\n    /**\n     * The constants of the categories '
            yield str(environment.finalize(t_3(environment.getattr(environment.getitem(l_1_part, 0), 'id'))))
            yield ' to '
            yield str(environment.finalize(t_3(environment.getattr(environment.getitem(l_1_part, -1), 'id'))))
            yield ': a class\n     * file holds the references to about 13 000 enums, a method to 8 000.\n     */\n    private static final class Categories_'
            yield str(environment.finalize(environment.getattr(l_1_loop, 'index0')))
            yield ' {\n        static void addTo(List<ErrorInfo> out) {\n'
            for l_2_c in l_1_part:
                _loop_vars = {}
                pass
                yield '            Collections.addAll(out, '
                yield str(environment.finalize(t_1(environment.getattr(l_2_c, 'name'))))
                yield '.values());\n'
            l_2_c = missing
            yield '        }\n    }\n'
        l_1_loop = l_1_part = missing
    yield '\n    /** The codes of a table, as numbers. */\n    private static Set<Long> longs(String[] data) {\n        Set<Long> out = new HashSet<>();\n        for (String code : data) {\n            out.add(Long.parseLong(code));\n        }\n        return Set.copyOf(out);\n    }\n\n    private static Map<Long, List<ErrorInfo>> index() {\n        Map<Long, List<ErrorInfo>> found = new HashMap<>();\n        for (ErrorInfo info : ALL) {\n            long code = info.code();\n            found.computeIfAbsent(code, k -> new ArrayList<>()).add(info);\n        }\n        Map<Long, List<ErrorInfo>> out = new HashMap<>();\n        for (Map.Entry<Long, List<ErrorInfo>> e : found.entrySet()) {\n            out.put(e.getKey(), Collections.unmodifiableList(e.getValue()));\n        }\n        return out;\n    }\n\n    /**\n     * Every locale of the page, the default first.\n     *\n     * @return the locales, e.g. {@code ["en", "zh"]}\n     */\n    public static List<String> locales() {\n        return LOCALES;\n    }\n\n    /**\n     * Every category of the page, in the page\'s order.\n     *\n     * @return the categories\n     */\n    public static List<Category> categories() {\n        return Category.ALL;\n    }\n\n    /**\n     * Every code of every category, in the page\'s order (retired codes included).\n     *\n     * @return an unmodifiable list\n     */\n    public static List<ErrorInfo> all() {\n        return ALL;\n    }\n\n    /**\n     * Every constant with this code, across categories.\n     *\n     * @param code an error code, e.g. {@code -46618}\n     * @return an unmodifiable list; empty for a code the page does not list\n     */\n    public static List<ErrorInfo> lookup('
    yield str(environment.finalize((undefined(name='int_type') if l_0_int_type is missing else l_0_int_type)))
    yield ' code) {\n        return lookupLong(code);\n    }\n\n    static List<ErrorInfo> lookupLong(long code) {\n        return BY_CODE.getOrDefault(code, List.of());\n    }\n\n    /**\n     * The code of an {@code X-ErrNo} header value such as {@code " -46618 "}: surrounding\n     * spaces, tabs and line breaks ignored, an optional sign, then ASCII digits, within the\n     * range of {@link ErrorInfo#code()}.\n     *\n     * @param value a header value, or null\n     * @return the code, or empty for null or a malformed value\n     */\n    public static '
    yield str(environment.finalize((undefined(name='opt_int') if l_0_opt_int is missing else l_0_opt_int)))
    yield ' parseHeader(String value) {\n        OptionalLong code = parseLong(value);\n'
    if ((undefined(name='int_type') if l_0_int_type is missing else l_0_int_type) == 'int'):
        pass
        yield '        if (code.isEmpty() || code.getAsLong() < Integer.MIN_VALUE || code.getAsLong() > Integer.MAX_VALUE) {\n            return OptionalInt.empty();\n        }\n        return OptionalInt.of((int) code.getAsLong());\n'
    else:
        pass
        yield '        return code;\n'
    yield '    }\n\n    /** The integer of a code as received: an optional sign and 1 to 18 ASCII digits. */\n    static OptionalLong parseLong(String value) {\n        if (value == null) {\n            return OptionalLong.empty();\n        }\n        String text = strip(value);\n        int start = text.startsWith("-") || text.startsWith("+") ? 1 : 0;\n        int digits = text.length() - start;\n        if (digits < 1 || digits > 18) {\n            return OptionalLong.empty();\n        }\n        for (int i = start; i < text.length(); i++) {\n            char ch = text.charAt(i);\n            if (ch < \'0\' || ch > \'9\') {\n                return OptionalLong.empty();\n            }\n        }\n        return OptionalLong.of(Long.parseLong(text));\n    }\n\n    /**\n     * Every constant for an {@code X-ErrNo} header value such as {@code " -46618 "}.\n     *\n     * @param value a header value, or null\n     * @return an unmodifiable list; empty for null, a malformed value or an unknown code\n     */\n    public static List<ErrorInfo> fromHeader(String value) {\n        OptionalLong code = parseLong(value);\n        return code.isPresent() ? lookupLong(code.getAsLong()) : List.of();\n    }\n\n    /**\n     * Throws the {@link '
    yield str(environment.finalize((undefined(name='P') if l_0_P is missing else l_0_P)))
    yield 'Exception} of an {@code X-ErrNo} header value (made by\n     * {@link #from}); returns for null or a blank value.\n     *\n     * @param value a header value, or null\n     * @throws '
    yield str(environment.finalize((undefined(name='P') if l_0_P is missing else l_0_P)))
    yield "Exception for any other value: a known code, an unknown one, or a malformed\n     *     value (an unknown error carrying the value as its raw code)\n     */\n    public static void raiseForHeader(String value) {\n        if (value == null || strip(value).isEmpty()) {\n            return;\n        }\n        throw from(null, null, Map.of(ERRNO, value), null, null, null, null);\n    }\n\n    /** Every constant with the code as received (an integer, else none). */\n    static List<ErrorInfo> rowsOf(String raw) {\n        OptionalLong code = parseLong(raw);\n        return code.isPresent() ? lookupLong(code.getAsLong()) : List.of();\n    }\n\n    /**\n     * The categories of an error response (the status received wins): those of the code's rows\n     * with that status; else those whose rows all lie in the status's class; else those of\n     * every row of the code; else none (a code the page does not list).\n     */\n    static List<Category> categoriesOf(String raw, Integer status) {\n        OptionalLong code = parseLong(raw);\n        List<Category> out = new ArrayList<>();\n        if (status != null) {\n            Set<String> ids = new HashSet<>();\n            for (StatusRow row : STATUS_ROWS) {\n                if (code.isPresent() && row.code == code.getAsLong() && row.status == status) {\n                    ids.add(row.category);\n                }\n            }\n            for (Category c : Category.ALL) {\n                if (ids.contains(c.id())) {\n                    out.add(c);\n                }\n            }\n            if (out.isEmpty()) {\n                out.addAll(inClass(status));\n            }\n        }\n        if (out.isEmpty()) {\n            for (ErrorInfo info : rowsOf(raw)) {\n                if (!out.contains(info.category())) {\n                    out.add(info.category());\n                }\n            }\n        }\n        return Collections.unmodifiableList(out);\n    }\n\n    /** The page's text for a code: the row with the status received, else the first row. */\n    static String describe(String raw, Integer status) {\n        OptionalLong code = parseLong(raw);\n        if (status != null && code.isPresent()) {\n            for (StatusRow row : STATUS_ROWS) {\n                if (row.code == code.getAsLong() && row.status == status) {\n                    return row.description;\n                }\n            }\n        }\n        List<ErrorInfo> rows = rowsOf(raw);\n        return rows.isEmpty() ? "
    yield str(environment.finalize((undefined(name='P') if l_0_P is missing else l_0_P)))
    yield 'Exception.UNKNOWN : rows.get(0).description();\n    }\n\n    /** Whether the page marks the code as throttling. */\n    static boolean retryableCode(String raw) {\n        OptionalLong code = parseLong(raw);\n        return code.isPresent() && RETRYABLE_CODES.contains(code.getAsLong());\n    }\n}\n'

blocks = {}
debug_info = '1=47&2=50&3=54&5=56&15=58&22=62&28=64&38=66&40=68&43=71&51=80&55=82&57=84&83=91&86=93&89=97&90=99&91=103&94=109&95=113&100=117&101=120&104=124&107=128&109=130&110=134&172=140&188=142&190=144&232=151&236=153&297=155'
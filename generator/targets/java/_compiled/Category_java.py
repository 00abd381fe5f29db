from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'java/Category.java.j2'

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
    try:
        t_2 = environment.filters['java_str']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'java_str' found.")
    pass
    yield '// '
    yield str(environment.finalize(t_1(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'header'))))
    yield '\n\npackage '
    yield str(environment.finalize((undefined(name='package') if l_0_package is missing else l_0_package)))
    yield ";\n\nimport java.util.ArrayList;\nimport java.util.List;\nimport java.util.Optional;\n\n/** One section of the upstream page: its id, heading and fallback text. */\npublic final class Category {\n    /** The locales other than the default, in order: a text's place in {@code texts}. */\n    private static final List<String> OTHER_LOCALES = List.of("
    l_1_loop = missing
    for l_1_locale, l_1_loop in LoopContext(environment.getattr((undefined(name='rows') if l_0_rows is missing else l_0_rows), 'locales'), undefined):
        _loop_vars = {}
        pass
        yield str(environment.finalize(t_2(l_1_locale)))
        if (not environment.getattr(l_1_loop, 'last')):
            pass
            yield ', '
    l_1_loop = l_1_locale = missing
    yield ");\n\n    /** Every category of the page, in the page's order (after {@code OTHER_LOCALES}, which it reads). */\n    static final List<Category> ALL = all(unpack(\n            "
    yield str(environment.finalize(context.call(environment.getattr((undefined(name='rows') if l_0_rows is missing else l_0_rows), 'categories'))))
    yield '));\n\n    private final String id;\n    private final String title;\n    private final String fallback;\n    private final String[] texts;\n\n    private Category(String id, String title, String fallback, String... texts) {\n        this.id = id;\n        this.title = title;\n        this.fallback = fallback;\n        this.texts = texts;\n    }\n\n    private static List<Category> all(String[] data) {\n        int width = 3 + 2 * OTHER_LOCALES.size();\n        List<Category> out = new ArrayList<>();\n        for (int at = 0; at < data.length; at += width) {\n            String[] texts = new String[width - 3];\n            System.arraycopy(data, at + 3, texts, 0, texts.length);\n            out.add(new Category(data[at], data[at + 1], data[at + 2], texts));\n        }\n        return List.copyOf(out);\n    }\n\n    /**\n     * The values of a table that errcodegen wrote as data, in order: each its length in UTF-16\n     * units, a colon and the text, or a dash for null. A class file holds no string constant of\n     * more than 65 535 bytes and no static initializer of more than 64 KB of code: the tables\n     * are string constants that this reads once.\n     *\n     * @param packed the values, cut into constants anywhere\n     * @return the values\n     */\n    static String[] unpack(String... packed) {\n        String all = String.join("", packed);\n        List<String> out = new ArrayList<>();\n        int at = 0;\n        while (at < all.length()) {\n            if (all.charAt(at) == \'-\') {\n                out.add(null);\n                at++;\n            } else {\n                int colon = all.indexOf(\':\', at);\n                int end = colon + 1 + Integer.parseInt(all.substring(at, colon));\n                out.add(all.substring(colon + 1, end));\n                at = end;\n            }\n        }\n        return out.toArray(new String[0]);\n    }\n\n    /**\n     * Where {@code locale}\'s texts are in a {@code texts} array (two per locale), or -1.\n     *\n     * @param locale a locale, e.g. {@code "zh"}\n     * @return the index of its first text, or -1 for the default locale or one no page has\n     */\n    static int textIndex(String locale) {\n        int index = OTHER_LOCALES.indexOf(locale);\n        return index < 0 ? -1 : 2 * index;\n    }\n\n    /**\n     * The category\'s id, e.g. {@code "download"}.\n     *\n     * @return the id\n     */\n    public String id() {\n        return id;\n    }\n\n    /**\n     * The category\'s heading on the page, in the default locale.\n     *\n     * @return the heading\n     */\n    public String title() {\n        return title;\n    }\n\n    /**\n     * What the codes of this category that the page does not list mean, in the default locale.\n     *\n     * @return the fallback text, or empty if the page does not say\n     */\n    public Optional<String> fallback() {\n        return Optional.ofNullable(fallback);\n    }\n\n    /**\n     * The heading in {@code locale}; the default locale\'s where that locale has none.\n     *\n     * @param locale a locale, e.g. {@code "zh"}\n     * @return the heading\n     */\n    public String title(String locale) {\n        int index = textIndex(locale);\n        return index < 0 || texts[index] == null ? title : texts[index];\n    }\n\n    /**\n     * The fallback text in {@code locale}; the default locale\'s where that locale has none.\n     *\n     * @param locale a locale, e.g. {@code "zh"}\n     * @return the fallback text, or empty if no locale\'s page says\n     */\n    public Optional<String> fallback(String locale) {\n        int index = textIndex(locale);\n        String text = index < 0 || texts[index] == null || texts[index + 1] == null ? fallback : texts[index + 1];\n        return Optional.ofNullable(text);\n    }\n\n    @Override\n    public String toString() {\n        return id;\n    }\n}\n'

blocks = {}
debug_info = '1=27&3=29&13=32&17=41'
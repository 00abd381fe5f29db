from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'java/ErrorInfo.java.j2'

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
    pass
    yield '// '
    yield str(environment.finalize(t_2(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'header'))))
    yield '\n\npackage '
    yield str(environment.finalize((undefined(name='package') if l_0_package is missing else l_0_package)))
    yield ";\n\nimport java.util.List;\nimport java.util.Optional;\n\n/**\n * One error code of the page, in one category: every category's {@code enum} implements it\n * (a code can appear in more than one category; {@link "
    yield str(environment.finalize(t_1(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'type_prefix'))))
    yield 'Errors#lookup} returns each).\n */\npublic interface ErrorInfo {\n    /**\n     * The code, e.g. {@code -46618}.\n     *\n     * @return the code\n     */\n    '
    yield str(environment.finalize((undefined(name='int_type') if l_0_int_type is missing else l_0_int_type)))
    yield ' code();\n\n    /**\n     * The code\'s name, e.g. {@code "SIGNATURE_AUTHENTICATION_FAILS"}: the constant\'s name.\n     *\n     * @return the name\n     */\n    String name();\n\n    /**\n     * What the code means, in the page\'s default locale.\n     *\n     * @return the description\n     */\n    String description();\n\n    /**\n     * What to do about it, in the page\'s default locale.\n     *\n     * @return the action, or empty where the page lists none\n     */\n    Optional<String> action();\n\n    /**\n     * The category the code belongs to.\n     *\n     * @return the category\n     */\n    Category category();\n\n    /**\n     * Whether the code was retired from the page (kept so that no constant vanishes).\n     *\n     * @return true for a retired code\n     */\n    boolean deprecated();\n\n    /**\n     * The description and action in {@code locale}; each the default locale\'s where that\n     * locale\'s page has none.\n     *\n     * @param locale a locale of {@link '
    yield str(environment.finalize(t_1(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'type_prefix'))))
    yield 'Errors#locales()}, e.g. {@code "zh"}\n     * @return the texts\n     */\n    LocalizedText text(String locale);\n\n    /**\n     * Where other pages give the same code.\n     *\n     * @return every reference, in order; empty when there is none\n     */\n    List<SeeAlso> seeAlso();\n\n    /**\n     * Every row of the page with this code in this category: several where the page lists the\n     * code on several rows of its table (told apart by {@link Variant#value()}), else one.\n     *\n     * @return an unmodifiable list, in the page\'s order\n     */\n    default List<Variant> variants() {\n        return Variant.of(this);\n    }\n}\n'

blocks = {}
debug_info = '1=27&3=29&10=31&18=33&59=35'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'php/ErrorInfo.php.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_view = resolve('view')
    l_0_namespace = resolve('namespace')
    l_0_P = resolve('P')
    try:
        t_1 = environment.filters['php_comment']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'php_comment' found.")
    try:
        t_2 = environment.filters['php_doc']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'php_doc' found.")
    pass
    yield '<?php\n// '
    yield str(environment.finalize(t_1(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'header'))))
    yield '\n\ndeclare(strict_types=1);\n\nnamespace '
    yield str(environment.finalize((undefined(name='namespace') if l_0_namespace is missing else l_0_namespace)))
    yield ';\n\n/**\n * One code of the upstream page of '
    yield str(environment.finalize(t_2(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'product_label'))))
    yield ": every category's enum\n * implements it, so that code which handles any of them can read any.\n */\ninterface ErrorInfo\n{\n    /** The category (section of the page) the code belongs to. */\n    public function category(): Category;\n\n    /** The code, e.g. -46618 (the enum case's value). */\n    public function code(): int;\n\n    /** The code's name, e.g. `SIGNATURE_AUTHENTICATION_FAILS` (its case's, but `CLASS` for the case `CLASS_`). */\n    public function name(): string;\n\n    /** What the code means, in the page's default locale. */\n    public function description(): string;\n\n    /** What to do about it, or null where the page lists no action. */\n    public function action(): ?string;\n\n    /** True for a code the page no longer lists, kept so that no case vanishes. */\n    public function deprecated(): bool;\n\n    /**\n     * The code's texts in `$locale` (one of "
    yield str(environment.finalize((undefined(name='P') if l_0_P is missing else l_0_P)))
    yield "Errors::locales()), each the default locale's\n     * where that locale's page has none.\n     *\n     * @throws \\InvalidArgumentException for a locale the page does not have\n     */\n    public function text(string $locale): LocalizedText;\n\n    /**\n     * Every row of the page with this code in this category, in the page's order (the first is\n     * the one description() and action() give): several where the table lists the code on\n     * several rows, else the one.\n     *\n     * @return list<Variant>\n     */\n    public function variants(): array;\n\n    /**\n     * Where other pages give the same code, if anywhere.\n     *\n     * @return list<SeeAlso>\n     */\n    public function seeAlso(): array;\n}\n"

blocks = {}
debug_info = '2=27&6=29&9=31&33=33'
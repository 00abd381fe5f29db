from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'php/Variant.php.j2'

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
    pass
    yield '<?php\n// '
    yield str(environment.finalize(t_1(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'header'))))
    yield '\n\ndeclare(strict_types=1);\n\nnamespace '
    yield str(environment.finalize((undefined(name='namespace') if l_0_namespace is missing else l_0_namespace)))
    yield ";\n\n/**\n * One row of the upstream page for a code: where its table lists the code on several rows,\n * `value` is this row's text in the column headed `column` that tells them apart (e.g.\n * `HTTP Status`, `409 Conflict`); both null for a code of one row.\n */\nfinal class Variant\n{\n    /**\n     * @param array<string, array{0: string, 1: string|null}> $translations\n     *     the other locales' texts, as their pages give them\n     */\n    public function __construct(\n        public readonly string $categoryId,\n        public readonly int $code,\n        public readonly string $description,\n        public readonly ?string $action,\n        public readonly ?string $column,\n        public readonly ?string $value,\n        private readonly array $translations,\n    ) {\n    }\n\n    /**\n     * The row's texts in `$locale`, each the default locale's where that locale's page has none.\n     *\n     * @throws \\InvalidArgumentException for a locale the page does not have\n     */\n    public function text(string $locale): LocalizedText\n    {\n        return "
    yield str(environment.finalize((undefined(name='P') if l_0_P is missing else l_0_P)))
    yield 'Errors::localize($this->description, $this->action, $this->translations, $locale);\n    }\n}\n'

blocks = {}
debug_info = '2=21&6=23&37=25'
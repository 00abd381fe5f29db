from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'php/LocalizedText.php.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_view = resolve('view')
    l_0_namespace = resolve('namespace')
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
    yield ";\n\n/** A code's (or one row's) texts in one locale. */\nfinal class LocalizedText\n{\n    /**\n     * @param string $description what the code means\n     * @param string|null $action what to do about it, or null where the page lists no action\n     */\n    public function __construct(\n        public readonly string $description,\n        public readonly ?string $action,\n    ) {\n    }\n}\n"

blocks = {}
debug_info = '2=20&6=22'
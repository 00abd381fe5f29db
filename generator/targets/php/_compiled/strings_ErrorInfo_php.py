from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'php/strings.ErrorInfo.php.j2'

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
    yield ';\n\n/**\n * One row of the upstream page of '
    yield str(environment.finalize(t_2(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'product_label'))))
    yield ": a code with one HTTP status\n * and text, in one category.\n */\ninterface ErrorInfo\n{\n    /** The category (section of the page) of the row. */\n    public function category(): Category;\n\n    /** The code, e.g. `AccessDenied`. */\n    public function code(): string;\n\n    /** The code's name, e.g. `ACCESS_DENIED` (its case's in ErrorCode, but `CLASS` for the case `CLASS_`). */\n    public function name(): string;\n\n    /** The row's HTTP status, or null where it gives none. */\n    public function httpStatus(): ?int;\n\n    /** The row's HTTP reason phrase, e.g. `Forbidden`, or null. */\n    public function httpReason(): ?string;\n\n    /** What the code means on this row, in the page's words. */\n    public function description(): string;\n\n    /** What to do about it, or null where the row lists no action. */\n    public function action(): ?string;\n\n    /** True for a row the page no longer lists, kept so that nothing vanishes. */\n    public function deprecated(): bool;\n\n    /**\n     * Where other pages give the same code, if anywhere.\n     *\n     * @return list<SeeAlso>\n     */\n    public function seeAlso(): array;\n}\n"

blocks = {}
debug_info = '2=26&6=28&9=30'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'php/strings.Variant.php.j2'

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
    yield ';\n\n/**\n * One row of the upstream page: a code with one HTTP status and text, in one category\n * ('
    yield str(environment.finalize((undefined(name='P') if l_0_P is missing else l_0_P)))
    yield 'Errors::variants() gives every one).\n */\nfinal class Variant implements ErrorInfo\n{\n    /**\n     * @param list<array{0: string, 1: string, 2: int|string}> $seeAlso\n     */\n    public function __construct(\n        private readonly string $code,\n        private readonly string $name,\n        private readonly ?int $httpStatus,\n        private readonly ?string $httpReason,\n        private readonly string $description,\n        private readonly ?string $action,\n        private readonly string $categoryId,\n        private readonly bool $deprecated,\n        private readonly array $seeAlso,\n    ) {\n    }\n\n    public function category(): Category\n    {\n        return '
    yield str(environment.finalize((undefined(name='P') if l_0_P is missing else l_0_P)))
    yield "Errors::category($this->categoryId);\n    }\n\n    public function code(): string\n    {\n        return $this->code;\n    }\n\n    public function name(): string\n    {\n        return $this->name;\n    }\n\n    /** The code's case. */\n    public function errorCode(): ErrorCode\n    {\n        return ErrorCode::from($this->code);\n    }\n\n    public function httpStatus(): ?int\n    {\n        return $this->httpStatus;\n    }\n\n    public function httpReason(): ?string\n    {\n        return $this->httpReason;\n    }\n\n    public function description(): string\n    {\n        return $this->description;\n    }\n\n    public function action(): ?string\n    {\n        return $this->action;\n    }\n\n    public function deprecated(): bool\n    {\n        return $this->deprecated;\n    }\n\n    public function seeAlso(): array\n    {\n        $out = [];\n        foreach ($this->seeAlso as [$set, $category, $code]) {\n            $out[] = new SeeAlso($set, $category, $code);\n        }\n        return $out;\n    }\n}\n"

blocks = {}
debug_info = '2=21&6=23&10=25&32=27'
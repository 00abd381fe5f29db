from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'php/Exception.php.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_view = resolve('view')
    l_0_namespace = resolve('namespace')
    l_0_symbolic = resolve('symbolic')
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
    yield ';\n\n/**\n * An error response of '
    yield str(environment.finalize(t_2(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'product_label'))))
    yield ', to throw and catch: its code\n'
    if (undefined(name='symbolic') if l_0_symbolic is missing else l_0_symbolic):
        pass
        yield " * (errorCode(): the `<Code>`'s case of ErrorCode; rawCode(): as received), the HTTP status\n"
    else:
        pass
        yield ' * (errorCode(): the `X-ErrNo` integer; rawCode(): as received), the HTTP status\n'
    yield " * received, the server's own message, the request and trace ids, the response's headers and\n * what failed (getPrevious(): the SDK's exception). errors() gives every row of the page with\n * the code and categories() the categories the status received picks; isServerFault(),\n * fault() and retryable() say whose fault it is and whether a retry may help.\n *\n * One concrete subclass per category (the first of categories()), and "
    yield str(environment.finalize((undefined(name='P') if l_0_P is missing else l_0_P)))
    yield 'UnknownException\n * for none: '
    yield str(environment.finalize((undefined(name='P') if l_0_P is missing else l_0_P)))
    yield 'Errors::from(), ::fromCosException() and the constructor of any subclass\n * never throw. Its message reads `CODE (HTTP STATUS): DESCRIPTION [server message: M; request\n * id: R; trace id: T]`, each part only when known. getCode() is 0: the code is errorCode().\n */\nabstract class '
    yield str(environment.finalize((undefined(name='P') if l_0_P is missing else l_0_P)))
    yield "Exception extends \\RuntimeException\n{\n    /** The description of a code the upstream page does not list. */\n    public const UNKNOWN = 'An error code that the upstream error-code page does not list.';\n\n    private readonly ?string $rawCode;\n    private readonly ?int $httpStatus;\n    private readonly ?string $serverMessage;\n    private readonly ?string $requestId;\n    private readonly ?string $traceId;\n    /** @var array<string, list<string>> */\n    private readonly array $headers;\n\n    /**\n     * @param int|string|null $code the code as received, or null\n     *     ("
    if (undefined(name='symbolic') if l_0_symbolic is missing else l_0_symbolic):
        pass
        yield "the body's `<Code>`"
    else:
        pass
        yield 'the `X-ErrNo` value'
    yield ")\n\n     * @param int|null $status the HTTP status received, or null\n     * @param string|null $serverMessage the server's own message (the body's `<Message>`), or null\n     * @param string|null $requestId the request id, or null\n     * @param string|null $traceId the trace id, or null\n     * @param array<mixed> $headers the response's headers (names in any case, a value a string or a list)\n     * @param \\Throwable|null $previous what failed: the SDK's exception, or null\n     */\n    public function __construct(\n        int|string|null $code = null,\n        ?int $status = null,\n        ?string $serverMessage = null,\n        ?string $requestId = null,\n        ?string $traceId = null,\n        array $headers = [],\n        ?\\Throwable $previous = null,\n    ) {\n        $this->rawCode = "
    yield str(environment.finalize((undefined(name='P') if l_0_P is missing else l_0_P)))
    yield 'Errors::normal($code === null ? null : (string) $code);\n        $this->httpStatus = $status !== null && $status >= 100 && $status <= 999 ? $status : null;\n        $this->serverMessage = '
    yield str(environment.finalize((undefined(name='P') if l_0_P is missing else l_0_P)))
    yield 'Errors::blank($serverMessage) ? null : $serverMessage;\n        $this->requestId = '
    yield str(environment.finalize((undefined(name='P') if l_0_P is missing else l_0_P)))
    yield 'Errors::blank($requestId) ? null : $requestId;\n        $this->traceId = '
    yield str(environment.finalize((undefined(name='P') if l_0_P is missing else l_0_P)))
    yield 'Errors::blank($traceId) ? null : $traceId;\n        $this->headers = '
    yield str(environment.finalize((undefined(name='P') if l_0_P is missing else l_0_P)))
    yield "Errors::headers($headers);\n        parent::__construct($this->format(), 0, $previous);\n    }\n\n    private function format(): string\n    {\n        $head = $this->rawCode ?? '';\n        if ($this->httpStatus !== null) {\n            $head .= ($head === '' ? '' : ' ') . '(HTTP ' . $this->httpStatus . ')';\n        }\n        $out = ($head === '' ? '' : $head . ': ') . $this->description();\n        $extras = [];\n        if ($this->serverMessage !== null) {\n            $extras[] = 'server message: ' . $this->serverMessage;\n        }\n        if ($this->requestId !== null) {\n            $extras[] = 'request id: ' . $this->requestId;\n        }\n        if ($this->traceId !== null) {\n            $extras[] = 'trace id: ' . $this->traceId;\n        }\n        return $extras === [] ? $out : $out . ' [' . implode('; ', $extras) . ']';\n    }\n\n"
    if (undefined(name='symbolic') if l_0_symbolic is missing else l_0_symbolic):
        pass
        yield "    /** The code's case, e.g. ErrorCode::ACCESS_DENIED; null for a code the page does not list, or none. */\n    public function errorCode(): ?ErrorCode\n    {\n        return $this->rawCode === null ? null : ErrorCode::tryFrom($this->rawCode);\n    }\n"
    else:
        pass
        yield '    /** The code, e.g. -46618; null when none was received or it is no integer (a malformed `X-ErrNo` such as `abc`). */\n    public function errorCode(): ?int\n    {\n        return '
        yield str(environment.finalize((undefined(name='P') if l_0_P is missing else l_0_P)))
        yield 'Errors::parseHeader($this->rawCode);\n    }\n'
    yield "\n    /** The code as received, without surrounding spaces (a malformed one as it came); null for none. */\n    public function rawCode(): ?string\n    {\n        return $this->rawCode;\n    }\n\n    /** The HTTP status received, or null. */\n    public function status(): ?int\n    {\n        return $this->httpStatus;\n    }\n\n    /** The server's own message (the body's `<Message>`), e.g. `Access Denied.`, or null. */\n    public function serverMessage(): ?string\n    {\n        return $this->serverMessage;\n    }\n\n    /** The request id (the `x-cos-request-id` header), to quote to support, or null. */\n    public function requestId(): ?string\n    {\n        return $this->requestId;\n    }\n\n    /** The trace id (the `x-cos-trace-id` header), or null. */\n    public function traceId(): ?string\n    {\n        return $this->traceId;\n    }\n\n    /**\n     * The response's headers as given, each name in lower case with its values.\n     *\n     * @return array<string, list<string>>\n     */\n    public function headers(): array\n    {\n        return $this->headers;\n    }\n\n    /**\n"
    if (undefined(name='symbolic') if l_0_symbolic is missing else l_0_symbolic):
        pass
        yield "     * Every row of the page with this code, in the page's order; [] for a code the page does not list.\n     *\n     * @return list<Variant>\n"
    else:
        pass
        yield "     * Every case with this code, one per category, in the page's order; [] for a code the page does not list.\n     *\n     * @return list<ErrorInfo>\n"
    yield '     */\n    public function errors(): array\n    {\n        return '
    yield str(environment.finalize((undefined(name='P') if l_0_P is missing else l_0_P)))
    yield "Errors::rowsOf($this->rawCode);\n    }\n\n    /**\n     * The categories of this error, the status received first: those of the code's rows with\n     * that status; else those whose rows all lie in its class (a 503 answer is the 5xx\n     * category's, whatever the page lists for the code); else those of every row of the code.\n     *\n     * @return list<Category>\n     */\n    public function categories(): array\n    {\n        return "
    yield str(environment.finalize((undefined(name='P') if l_0_P is missing else l_0_P)))
    yield "Errors::categoriesOf($this->rawCode, $this->httpStatus);\n    }\n\n    /** Whether the category with this id is one of categories(). */\n    public function inCategory(string $id): bool\n    {\n        foreach ($this->categories() as $category) {\n            if ($category->id === $id) {\n                return true;\n            }\n        }\n        return false;\n    }\n\n    /** What the code means: the page's row with the status received, else its first row, else UNKNOWN. */\n    public function description(): string\n    {\n        return "
    yield str(environment.finalize((undefined(name='P') if l_0_P is missing else l_0_P)))
    yield 'Errors::describe($this->rawCode, $this->httpStatus);\n    }\n\n    /**\n     * Whether the server is at fault: a 5xx status; without a status, a category whose rows all\n     * lie in the 5xx class.\n     */\n    public function isServerFault(): bool\n    {\n        if ($this->httpStatus !== null) {\n            return $this->httpStatus >= 500;\n        }\n        return '
    yield str(environment.finalize((undefined(name='P') if l_0_P is missing else l_0_P)))
    yield "Errors::serverClass($this->categories());\n    }\n\n    /** Whose fault it is, as AWS's SDKs say it: `server` or `client`. */\n    public function fault(): string\n    {\n        return $this->isServerFault() ? 'server' : 'client';\n    }\n\n    /** Whether a retry may help: a 429, 500, 502, 503 or 504 status, or a code the page marks as throttling. */\n    public function retryable(): bool\n    {\n        $throttled = $this->httpStatus !== null && in_array($this->httpStatus, "
    yield str(environment.finalize((undefined(name='P') if l_0_P is missing else l_0_P)))
    yield 'Errors::RETRYABLE_STATUSES, true);\n        return $throttled || '
    yield str(environment.finalize((undefined(name='P') if l_0_P is missing else l_0_P)))
    yield 'Errors::retryableCode($this->rawCode);\n    }\n\n'
    if (undefined(name='symbolic') if l_0_symbolic is missing else l_0_symbolic):
        pass
        yield "    /** Whether this exception's code is `$code`. */\n    public function is(ErrorCode $code): bool\n    {\n        return $code->value === $this->rawCode;\n    }\n"
    else:
        pass
        yield '    /** Whether `$info` is one of errors(): `if ($e->is(DownloadError::X)) ...`. */\n    public function is(ErrorInfo $info): bool\n    {\n        return in_array($info, $this->errors(), true);\n    }\n'
    yield '}\n'

blocks = {}
debug_info = '2=28&6=30&9=32&10=34&20=41&21=43&25=45&40=47&58=54&60=56&61=58&62=60&63=62&87=64&97=70&142=73&154=80&166=82&183=84&195=86&207=88&208=90&211=92'
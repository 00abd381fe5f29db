from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'php/Errors.php.j2'

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
    l_0_rows = resolve('rows')
    try:
        t_1 = environment.filters['ident']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'ident' found.")
    try:
        t_2 = environment.filters['php_comment']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'php_comment' found.")
    try:
        t_3 = environment.filters['php_doc']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'php_doc' found.")
    try:
        t_4 = environment.filters['php_str']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'php_str' found.")
    pass
    yield '<?php\n// '
    yield str(environment.finalize(t_2(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'header'))))
    yield '\n\ndeclare(strict_types=1);\n\nnamespace '
    yield str(environment.finalize((undefined(name='namespace') if l_0_namespace is missing else l_0_namespace)))
    yield ';\n\n/**\n'
    if (undefined(name='symbolic') if l_0_symbolic is missing else l_0_symbolic):
        pass
        yield ' * The symbolic error codes of '
        yield str(environment.finalize(t_3(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'product_label'))))
        yield ' (the `<Code>` of an error\n * response), as its error-code page lists them: ErrorCode has one case per code, and a code can\n * stand in several rows of the page, with different HTTP statuses and texts: variants() lists\n * every row, lookup($code) the rows of one code and fromResponse($status, $code) the row of one\n * status, and raiseForResponse($status, $code) throws its exception. Dotted codes form a\n * hierarchy: parentOf(), subcodes() and isWithin() read it.\n'
    else:
        pass
        yield ' * The error codes of '
        yield str(environment.finalize(t_3(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'product_label'))))
        yield ", as its error-code page lists them: one\n * int-backed enum per category of the page, one case per code, each an ErrorInfo. The same code\n * can stand in more than one category: lookup($code) returns every match, and fromHeader($value)\n * does the same for the value of an `X-ErrNo` response header.\n *\n * Texts are in the page's default locale, DEFAULT_LOCALE; ErrorInfo::text($locale) and\n * Category::titleIn($locale) give them in any locale of locales(), each text falling back to\n * the default locale's where that locale's page has none.\n"
    yield ' *\n * from(...) makes the '
    yield str(environment.finalize((undefined(name='P') if l_0_P is missing else l_0_P)))
    yield "Exception of an error response from its status, code, headers,\n * message and ids, and fromCosException($e) the one of an exception of Tencent's PHP SDK\n * (cos-php-sdk-v5's `Qcloud\\Cos\\Exception\\ServiceResponseException`, read by its shape: this\n * package depends on nothing); neither ever throws.\n */\nfinal class "
    yield str(environment.finalize((undefined(name='P') if l_0_P is missing else l_0_P)))
    yield 'Errors\n{\n'
    if (not (undefined(name='symbolic') if l_0_symbolic is missing else l_0_symbolic)):
        pass
        yield '    /** The locale of description(), action(), `title` and `fallback`. */\n    public const DEFAULT_LOCALE = '
        yield str(environment.finalize(t_4(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'locale'))))
        yield ';\n\n    private const LOCALES = ['
        l_1_loop = missing
        for l_1_locale, l_1_loop in LoopContext(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'locales'), undefined):
            _loop_vars = {}
            pass
            yield str(environment.finalize(t_4(l_1_locale)))
            if (not environment.getattr(l_1_loop, 'last')):
                pass
                yield ', '
        l_1_loop = l_1_locale = missing
        yield '];\n\n'
    yield '    /**\n     * @internal per category id: [title, fallback, enum, exception class, translations]\n     */\n    public const CATEGORIES = '
    yield str(environment.finalize(context.call(environment.getattr((undefined(name='rows') if l_0_rows is missing else l_0_rows), 'categories'))))
    yield ';\n\n'
    if (undefined(name='symbolic') if l_0_symbolic is missing else l_0_symbolic):
        pass
        yield '    /**\n     * Every row: code, name, status, reason, description, action, category, deprecated, see-also.\n     *\n     * @var list<array{0: string, 1: string, 2: int|null, 3: string|null, 4: string, 5: string|null, 6: string,\n     *     7: bool, 8: list<array{0: string, 1: string, 2: int|string}>}>\n     */\n    private const VARIANTS = '
        for l_1_piece in context.call(environment.getattr((undefined(name='rows') if l_0_rows is missing else l_0_rows), 'variants')):
            _loop_vars = {}
            pass
            yield str(environment.finalize(l_1_piece))
        l_1_piece = missing
        yield ';\n'
    else:
        pass
        yield '    /** Per category id, per code: [name, deprecated, description, action, translations, variants, see-also]. */\n    private const ROWS = '
        for l_1_piece in context.call(environment.getattr((undefined(name='rows') if l_0_rows is missing else l_0_rows), 'rows')):
            _loop_vars = {}
            pass
            yield str(environment.finalize(l_1_piece))
        l_1_piece = missing
        yield ";\n\n    /** @var array<string, class-string<ErrorInfo>> each category's enum */\n    private const ENUMS = [\n"
        for l_1_c in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'categories'):
            _loop_vars = {}
            pass
            yield '        '
            yield str(environment.finalize(t_4(environment.getattr(l_1_c, 'id'))))
            yield ' => '
            yield str(environment.finalize(t_1(environment.getattr(l_1_c, 'name'))))
            yield '::class,\n'
        l_1_c = missing
        yield '    ];\n'
    yield '\n    /**\n     * The rows of the page that give an HTTP status (the status received picks among them):\n     * [category, code, status, description].\n     */\n    private const STATUS_ROWS = '
    for l_1_piece in context.call(environment.getattr((undefined(name='rows') if l_0_rows is missing else l_0_rows), 'status_rows')):
        _loop_vars = {}
        pass
        yield str(environment.finalize(l_1_piece))
    l_1_piece = missing
    yield ';\n\n    /** Codes the page marks as throttling: a retry may help. */\n    private const RETRYABLE_CODES = '
    yield str(environment.finalize(context.call(environment.getattr((undefined(name='rows') if l_0_rows is missing else l_0_rows), 'retryable_codes'))))
    yield ';\n\n    /** HTTP statuses of a throttled or transiently failed request: a retry may help. */\n    public const RETRYABLE_STATUSES = '
    yield str(environment.finalize(context.call(environment.getattr((undefined(name='rows') if l_0_rows is missing else l_0_rows), 'retryable_statuses'))))
    yield ';\n\n    /** The categories whose rows all lie in one HTTP status class, with that class (4 for 4xx). */\n    private const STATUS_CLASSES = '
    yield str(environment.finalize(context.call(environment.getattr((undefined(name='rows') if l_0_rows is missing else l_0_rows), 'status_classes'))))
    yield ";\n\n    /** @var array<string, mixed> */\n    private static array $cache = [];\n\n    private function __construct()\n    {\n    }\n\n    /**\n     * Every category of the page, in the page's order.\n     *\n     * @return list<Category>\n     */\n    public static function categories(): array\n    {\n        return Category::all();\n    }\n\n    /** @internal */\n    public static function category(string $id): Category\n    {\n        $category = Category::of($id);\n        if ($category === null) {\n            throw new \\LogicException('no category ' . $id);\n        }\n        return $category;\n    }\n"
    if (undefined(name='symbolic') if l_0_symbolic is missing else l_0_symbolic):
        pass
        yield "\n    /**\n     * Every row of the page, in the page's order.\n     *\n     * @return list<Variant>\n     */\n    public static function variants(): array\n    {\n        if (!isset(self::$cache['variants'])) {\n            $all = [];\n            foreach (self::VARIANTS as $row) {\n                $all[] = new Variant(...$row);\n            }\n            self::$cache['variants'] = $all;\n        }\n        return self::$cache['variants'];\n    }\n\n    /** True when `$code` is a code of the page. */\n    public static function isErrorCode(string $code): bool\n    {\n        return ErrorCode::tryFrom($code) !== null;\n    }\n\n    /**\n     * Every row of the page with this code, in the page's order; [] for a code the page does not list.\n     *\n     * @return list<Variant>\n     */\n    public static function lookup(string $code): array\n    {\n        $out = [];\n        foreach (self::variants() as $variant) {\n            if ($variant->code() === $code) {\n                $out[] = $variant;\n            }\n        }\n        return $out;\n    }\n\n    /** The row for an error response's HTTP status and `<Code>`, or null. */\n    public static function fromResponse(int $status, string $code): ?Variant\n    {\n        foreach (self::lookup($code) as $variant) {\n            if ($variant->httpStatus() === $status) {\n                return $variant;\n            }\n        }\n        return null;\n    }\n\n    /**\n     * Throws the "
        yield str(environment.finalize((undefined(name='P') if l_0_P is missing else l_0_P)))
        yield "Exception of an error response's HTTP status and `<Code>` (made by\n     * from()), for a code the page lists or not.\n     *\n     * @throws "
        yield str(environment.finalize((undefined(name='P') if l_0_P is missing else l_0_P)))
        yield "Exception always\n     */\n    public static function raiseForResponse(int $status, string $code): never\n    {\n        throw self::from(status: $status, code: $code);\n    }\n\n    /**\n     * The code one level up a dotted code: all but its last `.` part (`InvalidInput` for\n     * `InvalidInput.TaskDuplicated`), whether or not the page lists it; null at the top (a code\n     * with no `.` but at its ends).\n     */\n    public static function parentOf(string $code): ?string\n    {\n        if (!str_contains(trim($code, '.'), '.')) {\n            return null;\n        }\n        return substr($code, 0, (int) strrpos($code, '.'));\n    }\n\n    /**\n     * The codes of the page one level below `$code` (whether or not the page lists it), in the page's order.\n     *\n     * @return list<ErrorCode>\n     */\n    public static function subcodes(string $code): array\n    {\n        $out = [];\n        foreach (ErrorCode::cases() as $case) {\n            if (self::parentOf($case->value) === $code) {\n                $out[] = $case;\n            }\n        }\n        return $out;\n    }\n\n    /**\n     * True when `$code` is `$ancestor` or lies below it (`InvalidInput.TaskDuplicated` is within\n     * `InvalidInput`; `InvalidInputs` is not).\n     */\n    public static function isWithin(string $code, string $ancestor): bool\n    {\n        return $code === $ancestor || str_starts_with($code, $ancestor . '.');\n    }\n\n    /**\n     * The rows of a code as received; [] for none or a code the page does not list.\n     *\n     * @internal\n     * @return list<Variant>\n     */\n    public static function rowsOf(?string $raw): array\n    {\n        return $raw === null ? [] : self::lookup($raw);\n    }\n\n    /** @internal */\n    private static function rowCode(?string $raw): ?string\n    {\n        return $raw;\n    }\n"
    else:
        pass
        yield "\n    /**\n     * Every locale of the page, the default first.\n     *\n     * @return list<string>\n     */\n    public static function locales(): array\n    {\n        return self::LOCALES;\n    }\n\n    /**\n     * Every code of every category, in the page's order (retired codes included).\n     *\n     * @return list<ErrorInfo>\n     */\n    public static function all(): array\n    {\n        if (!isset(self::$cache['all'])) {\n            $all = [];\n            foreach (self::ENUMS as $enum) {\n                foreach ($enum::cases() as $case) {\n                    $all[] = $case;\n                }\n            }\n            self::$cache['all'] = $all;\n        }\n        return self::$cache['all'];\n    }\n\n    /**\n     * Every case with this code, across categories, in the page's order.\n     *\n     * @return list<ErrorInfo> [] for a code the page does not list\n     */\n    public static function lookup(int $code): array\n    {\n        $out = [];\n        foreach (self::ENUMS as $enum) {\n            $case = $enum::tryFrom($code);\n            if ($case !== null) {\n                $out[] = $case;\n            }\n        }\n        return $out;\n    }\n\n    /**\n     * The code of an `X-ErrNo` header value such as ` -46618 `: surrounding spaces, tabs and\n     * line breaks ignored, an optional sign, then 1 to 18 ASCII digits; null for anything else.\n     */\n    public static function parseHeader(?string $value): ?int\n    {\n        if ($value === null) {\n            return null;\n        }\n        $text = self::strip($value);\n        return preg_match('/\\A[+-]?[0-9]{1,18}\\z/', $text) === 1 ? (int) $text : null;\n    }\n\n    /**\n     * Every case for an `X-ErrNo` header value such as ` -46618 ` (several values: the first).\n     *\n     * @param string|list<string>|null $value\n     * @return list<ErrorInfo> [] for none, a malformed value or an unknown code\n     */\n    public static function fromHeader(string|array|null $value): array\n    {\n        $code = self::parseHeader(self::first($value));\n        return $code === null ? [] : self::lookup($code);\n    }\n\n    /**\n     * Throws the "
        yield str(environment.finalize((undefined(name='P') if l_0_P is missing else l_0_P)))
        yield 'Exception of an `X-ErrNo` header value (made by from()); returns for none or a blank one.\n     *\n     * @param string|list<string>|null $value\n     * @throws '
        yield str(environment.finalize((undefined(name='P') if l_0_P is missing else l_0_P)))
        yield "Exception for any other value: a known code, an unknown one, or a malformed\n     *     value (an unknown error carrying it)\n     */\n    public static function raiseForHeader(string|array|null $value): void\n    {\n        $first = self::first($value);\n        if (!self::blank($first)) {\n            throw self::from(headers: [self::ERRNO => $first]);\n        }\n    }\n\n    /** @param string|list<string>|null $value */\n    private static function first(string|array|null $value): ?string\n    {\n        if (is_array($value)) {\n            foreach ($value as $item) {\n                if (is_string($item)) {\n                    return $item;\n                }\n            }\n            return null;\n        }\n        return $value;\n    }\n\n    /**\n     * The cases with the code as received (an integer, else none).\n     *\n     * @internal\n     * @return list<ErrorInfo>\n     */\n    public static function rowsOf(?string $raw): array\n    {\n        $code = self::parseHeader($raw);\n        return $code === null ? [] : self::lookup($code);\n    }\n\n    private static function rowCode(?string $raw): ?int\n    {\n        return self::parseHeader($raw);\n    }\n\n    /**\n     * @internal\n     * @return array{0: string, 1: bool, 2: string, 3: string|null, 4: array<string, array{0: string, 1: string|null}>,\n     *     5: list<array{0: string, 1: string|null, 2: string|null, 3: string|null,\n     *     4: array<string, array{0: string, 1: string|null}>}>, 6: list<array{0: string, 1: string, 2: int|string}>}\n     */\n    public static function row(string $category, int $code): array\n    {\n        return self::ROWS[$category][$code];\n    }\n\n    /**\n     * @internal\n     * @return list<Variant>\n     */\n    public static function variants(string $category, int $code): array\n    {\n        $row = self::ROWS[$category][$code];\n        if ($row[5] === []) {\n            return [new Variant($category, $code, $row[2], $row[3], null, null, $row[4])];\n        }\n        $out = [];\n        foreach ($row[5] as [$description, $action, $column, $value, $translations]) {\n            $out[] = new Variant($category, $code, $description, $action, $column, $value, $translations);\n        }\n        return $out;\n    }\n\n    /**\n     * @internal\n     * @return list<SeeAlso>\n     */\n    public static function seeAlso(string $category, int $code): array\n    {\n        $out = [];\n        foreach (self::ROWS[$category][$code][6] as [$set, $other, $value]) {\n            $out[] = new SeeAlso($set, $other, $value);\n        }\n        return $out;\n    }\n\n    /**\n     * A text pair in `$locale`: each the default locale's where that locale's page has none.\n     *\n     * @internal\n     * @param array<string, array{0: string, 1: string|null}> $translations\n     * @throws \\InvalidArgumentException for a locale the page does not have\n     */\n    public static function localize(\n        string $description,\n        ?string $action,\n        array $translations,\n        string $locale,\n    ): LocalizedText\n    {\n        if (!in_array($locale, self::LOCALES, true)) {\n            throw new \\InvalidArgumentException('not a locale of the page: ' . $locale);\n        }\n        $text = $translations[$locale] ?? null;\n        if ($locale === self::DEFAULT_LOCALE || $text === null) {\n            return new LocalizedText($description, $action);\n        }\n        return new LocalizedText($text[0], $text[1] ?? $action);\n    }\n"
    yield "\n    /** The header of an integer error code, e.g. `X-ErrNo: -46618`. */\n    public const ERRNO = 'X-ErrNo';\n\n    /**\n     * The exception of an error response, made from whatever is known of it (every argument\n     * optional: call it with named arguments); never throws, whatever the values.\n"
    if (undefined(name='symbolic') if l_0_symbolic is missing else l_0_symbolic):
        pass
        yield "     * The code is the response's `<Code>`; one the page does not list gives a "
        yield str(environment.finalize((undefined(name='P') if l_0_P is missing else l_0_P)))
        yield 'UnknownException.\n'
    else:
        pass
        yield "     * The code is the `X-ErrNo` header's value when the headers have one, else `$code`; one that\n     * is not an integer the page lists (a malformed `X-ErrNo` such as `abc`) gives a\n     * "
        yield str(environment.finalize((undefined(name='P') if l_0_P is missing else l_0_P)))
        yield 'UnknownException that carries the value as received (rawCode()).\n'
    yield '     * Its class is the exception of the first of its categories (the status received decides).\n     *\n     * @param int|null $status the HTTP status received\n'
    if (undefined(name='symbolic') if l_0_symbolic is missing else l_0_symbolic):
        pass
        yield '     * @param int|string|null $code the code, e.g. `NoSuchKey`\n'
    else:
        pass
        yield '     * @param int|string|null $code the code when no `X-ErrNo` header gives it, e.g. -46618\n'
    yield "     * @param mixed $headers the response's headers: names in any case, a value a string or a list of\n     *     strings (PSR-7's getHeaders())\n     * @param string|null $message the server's own message (the body's `<Message>`)\n     * @param string|null $requestId the request id; null to read the `x-cos-request-id` or `x-ci-request-id` header\n     * @param string|null $traceId the trace id; null to read the `x-cos-trace-id` header\n     * @param \\Throwable|null $previous what failed (an SDK's exception): the exception's previous\n     */\n    public static function from(\n        ?int $status = null,\n        int|string|null $code = null,\n        mixed $headers = [],\n        ?string $message = null,\n        ?string $requestId = null,\n        ?string $traceId = null,\n        ?\\Throwable $previous = null,\n    ): "
    yield str(environment.finalize((undefined(name='P') if l_0_P is missing else l_0_P)))
    yield 'Exception {\n        $kept = self::headers($headers);\n'
    if (undefined(name='symbolic') if l_0_symbolic is missing else l_0_symbolic):
        pass
        yield '        $raw = $code === null ? null : (string) $code;\n'
    else:
        pass
        yield '        $errno = self::header($kept, self::ERRNO);\n        $raw = !self::blank($errno) ? $errno : ($code === null ? null : (string) $code);\n'
    yield "        if (self::blank($requestId)) {\n            $requestId = self::header($kept, 'x-cos-request-id');\n            if (self::blank($requestId)) {\n                $requestId = self::header($kept, 'x-ci-request-id');\n            }\n        }\n        if (self::blank($traceId)) {\n            $traceId = self::header($kept, 'x-cos-trace-id');\n        }\n        $received = $status !== null && $status >= 100 && $status <= 999 ? $status : null;\n        $categories = self::categoriesOf(self::normal($raw), $received);\n        $class = $categories === [] ? "
    yield str(environment.finalize((undefined(name='P') if l_0_P is missing else l_0_P)))
    yield 'UnknownException::class : $categories[0]->exceptionClass;\n        /** @var '
    yield str(environment.finalize((undefined(name='P') if l_0_P is missing else l_0_P)))
    yield "Exception */\n        return new $class($raw, $received, $message, $requestId, $traceId, $kept, $previous);\n    }\n\n    /**\n     * The exception of an exception of Tencent's PHP SDK, read by its shape (no dependency on\n     * the SDK): the first along `$error`'s previous exceptions with the methods of cos-php-sdk-v5's\n     * `Qcloud\\Cos\\Exception\\ServiceResponseException`: getStatusCode(), getCosErrorCode() (or\n     * getExceptionCode()), getRequestId(), getMessage() and getResponse() (PSR-7: its headers\n     * give `X-ErrNo` and the trace id). The SDK's stand-in message for a response without a\n     * body (`403 Forbidden (Request-ID: ...)`) is no server message, and its\n     * `PhpInternalXmlParseError` no code. `$error` becomes the previous exception; a\n     * "
    yield str(environment.finalize((undefined(name='P') if l_0_P is missing else l_0_P)))
    yield 'Exception is returned as it is. Never throws: without such an exception, an\n     * unknown error without code or status.\n     */\n    public static function fromCosException(?\\Throwable $error): '
    yield str(environment.finalize((undefined(name='P') if l_0_P is missing else l_0_P)))
    yield 'Exception\n    {\n        if ($error instanceof '
    yield str(environment.finalize((undefined(name='P') if l_0_P is missing else l_0_P)))
    yield "Exception) {\n            return $error;\n        }\n        $source = $error;\n        for ($depth = 0; $source !== null && $depth < 16 && !self::serviceError($source); $depth++) {\n            $source = $source->getPrevious();\n        }\n        if ($source === null || !self::serviceError($source)) {\n            return self::from(previous: $error);\n        }\n        $status = self::call($source, 'getStatusCode');\n        if (!is_int($status)) {\n            $status = is_string($status) && preg_match('/\\A[0-9]{3}\\z/', $status) === 1 ? (int) $status : null;\n        }\n        $code = self::call($source, 'getCosErrorCode') ?? self::call($source, 'getExceptionCode');\n        $code = is_string($code) && $code !== 'PhpInternalXmlParseError' ? $code : null;\n        $message = $source->getMessage();\n        if ($status !== null && str_starts_with($message, $status . ' ')) {\n            $message = null;\n        }\n        $headers = [];\n        $response = self::call($source, 'getResponse');\n        if (is_object($response) && method_exists($response, 'getHeaders')) {\n            try {\n                $headers = $response->getHeaders();\n            } catch (\\Throwable) {\n                $headers = [];\n            }\n        }\n        $requestId = self::call($source, 'getRequestId');\n        return self::from(\n            status: $status,\n            code: $code,\n            headers: $headers,\n            message: $message,\n            requestId: is_string($requestId) ? $requestId : null,\n            previous: $error,\n        );\n    }\n\n    private static function serviceError(\\Throwable $error): bool\n    {\n        return method_exists($error, 'getStatusCode')\n            && (method_exists($error, 'getCosErrorCode') || method_exists($error, 'getExceptionCode'));\n    }\n\n    private static function call(object $target, string $method): mixed\n    {\n        try {\n            return $target->$method();\n        } catch (\\Throwable) {\n            return null;\n        }\n    }\n\n    /**\n     * Headers as names in lower case with their values (strings), whatever was given.\n     *\n     * @internal\n     * @return array<string, list<string>>\n     */\n    public static function headers(mixed $headers): array\n    {\n        $out = [];\n        if (!is_iterable($headers)) {\n            return $out;\n        }\n        try {\n            foreach ($headers as $name => $value) {\n                if (!is_string($name)) {\n                    continue;\n                }\n                foreach (is_array($value) ? $value : [$value] as $item) {\n                    if (is_string($item) || is_int($item)) {\n                        $out[strtolower(trim($name))][] = (string) $item;\n                    }\n                }\n            }\n        } catch (\\Throwable) {\n            return $out;\n        }\n        return $out;\n    }\n\n    /**\n     * @internal\n     * @param array<string, list<string>> $headers\n     */\n    public static function header(array $headers, string $name): ?string\n    {\n        foreach ($headers[strtolower($name)] ?? [] as $value) {\n            if (!self::blank($value)) {\n                return $value;\n            }\n        }\n        return null;\n    }\n\n    /**\n     * The categories of an error response (the status received wins): those of the code's rows\n     * with that status; else those whose rows all lie in the status's class; else those of every\n     * row of the code; else none (a code the page does not list).\n     *\n     * @internal\n     * @return list<Category>\n     */\n    public static function categoriesOf(?string $raw, ?int $status): array\n    {\n        $code = self::rowCode($raw);\n        $ids = [];\n        if ($status !== null) {\n            foreach (self::STATUS_ROWS as [$category, $rowCode, $rowStatus]) {\n                if ($code !== null && $rowCode === $code && $rowStatus === $status) {\n                    $ids[$category] = true;\n                }\n            }\n            if ($ids === []) {\n                foreach (self::STATUS_CLASSES as $category => $class) {\n                    if ($class === intdiv($status, 100)) {\n                        $ids[$category] = true;\n                    }\n                }\n            }\n        }\n        if ($ids === []) {\n            foreach (self::rowsOf($raw) as $info) {\n                $ids[$info->category()->id] = true;\n            }\n        }\n        $out = [];\n        foreach (Category::all() as $category) {\n            if (isset($ids[$category->id])) {\n                $out[] = $category;\n            }\n        }\n        return $out;\n    }\n\n    /**\n     * The page's text for a code: the row with the status received, else the first row, else "
    yield str(environment.finalize((undefined(name='P') if l_0_P is missing else l_0_P)))
    yield 'Exception::UNKNOWN.\n     *\n     * @internal\n     */\n    public static function describe(?string $raw, ?int $status): string\n    {\n        $code = self::rowCode($raw);\n        if ($status !== null && $code !== null) {\n            foreach (self::STATUS_ROWS as [, $rowCode, $rowStatus, $description]) {\n                if ($rowCode === $code && $rowStatus === $status) {\n                    return $description;\n                }\n            }\n        }\n        $rows = self::rowsOf($raw);\n        return $rows === [] ? '
    yield str(environment.finalize((undefined(name='P') if l_0_P is missing else l_0_P)))
    yield 'Exception::UNKNOWN : $rows[0]->description();\n    }\n\n    /** @internal whether the page marks the code as throttling */\n    public static function retryableCode(?string $raw): bool\n    {\n        $code = self::rowCode($raw);\n        return $code !== null && isset(self::RETRYABLE_CODES[$code]);\n    }\n\n    /**\n     * @internal whether one of the categories has its rows all in the 5xx class\n     * @param list<Category> $categories\n     */\n    public static function serverClass(array $categories): bool\n    {\n        foreach ($categories as $category) {\n            if ((self::STATUS_CLASSES[$category->id] ?? 0) === 5) {\n                return true;\n            }\n        }\n        return false;\n    }\n\n    /** @internal a code as received, without surrounding spaces; null for none or a blank one */\n    public static function normal(?string $raw): ?string\n    {\n        return self::blank($raw) ? null : self::strip((string) $raw);\n    }\n\n    /** @internal */\n    public static function blank(?string $value): bool\n    {\n        return $value === null || self::strip($value) === \'\';\n    }\n\n    /** @internal */\n    public static function strip(string $value): string\n    {\n        return trim($value, " \\t\\r\\n");\n    }\n}\n'

blocks = {}
debug_info = '2=41&6=43&9=45&10=48&17=53&27=56&32=58&34=60&36=63&39=66&46=76&48=78&55=81&58=90&62=96&63=100&72=107&75=113&78=115&81=117&109=119&162=122&165=124&300=129&303=131&417=134&418=137&422=142&427=145&447=152&449=154&466=161&467=163&479=165&482=167&484=169&623=171&638=173'
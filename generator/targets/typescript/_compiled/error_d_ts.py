from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'typescript/error.d.ts.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_by_number = resolve('by_number')
    l_0_info = resolve('info')
    l_0_exception = resolve('exception')
    try:
        t_1 = environment.filters['ident']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'ident' found.")
    pass
    if (undefined(name='by_number') if l_0_by_number is missing else l_0_by_number):
        pass
        l_0_info = t_1('ErrorInfo')
        context.vars['info'] = l_0_info
        context.exported_vars.add('info')
    else:
        pass
        l_0_info = t_1('Variant')
        context.vars['info'] = l_0_info
        context.exported_vars.add('info')
    yield '/** Whose fault an error is, as AWS\'s SDKs\' `$fault`: `"server"` for a 5xx answer, else `"client"`. */\nexport type Fault = "client" | "server";\n/**\n * Response headers as Node gives them (`IncomingHttpHeaders`: names in any case, a value a\n * string, several strings or a number) or as fetch gives them (`Headers`).\n */\nexport type HeadersLike = {\n    get(name: string): string | null;\n} | {\n    readonly [name: string]: string | readonly string[] | number | null | undefined;\n};\n/** The parts of an error response `errorFrom` reads, every one optional. */\nexport interface ErrorParts {\n    /** The HTTP status received. */\n    readonly status?: number | null | undefined;\n'
    if (undefined(name='by_number') if l_0_by_number is missing else l_0_by_number):
        pass
        yield '    /** The code where the headers hold no `X-ErrNo`: an integer (or its text); any other text is kept raw. */\n'
    else:
        pass
        yield "    /** The `<Code>` of the response's body. */\n"
    yield '    readonly code?: number | string | null | undefined;\n'
    if (undefined(name='by_number') if l_0_by_number is missing else l_0_by_number):
        pass
        yield "    /** The response's headers: `X-ErrNo` gives the code, `x-cos-request-id` and `x-cos-trace-id` the ids. */\n"
    else:
        pass
        yield "    /** The response's headers: `x-cos-request-id`/`x-ci-request-id` and `x-cos-trace-id` give the ids. */\n"
    yield "    readonly headers?: HeadersLike | null | undefined;\n    /** The server's own message (the body's `<Message>`). */\n    readonly message?: string | null | undefined;\n    /** The request id (else the `x-cos-request-id` or `x-ci-request-id` header's). */\n    readonly requestId?: string | null | undefined;\n    /** The trace id (else the `x-cos-trace-id` header's). */\n    readonly traceId?: string | null | undefined;\n    /** What failed: the SDK's or HTTP client's error, the error's `cause`. */\n    readonly cause?: unknown;\n}\n/** What a `"
    yield str(environment.finalize((undefined(name='exception') if l_0_exception is missing else l_0_exception)))
    yield "` carries besides its code and status. */\nexport interface ExceptionDetails {\n    /** The server's own message (the body's `<Message>`). */\n    readonly serverMessage?: string | null | undefined;\n    readonly requestId?: string | null | undefined;\n    readonly traceId?: string | null | undefined;\n    /** The error's `cause` (an own property, as ES2022's error options set it). */\n    readonly cause?: unknown;\n}\n/**\n"
    if (undefined(name='by_number') if l_0_by_number is missing else l_0_by_number):
        pass
        yield ' * An error response, to throw and catch: `code` (the `X-ErrNo` number; the raw text of a\n * malformed one; `null` when the response had none), `status` (the HTTP status received),\n'
    else:
        pass
        yield ' * An error response, to throw and catch: `code` (its `<Code>`, typed `ErrorCode` where the\n * page lists it; `null` when the response had none), `status` (the HTTP status received),\n'
    yield ' * `serverMessage`, `requestId`, `traceId` (`null` when absent), `categories` (the categories\n * whose error it is, the status received deciding), `fault`, `retryable`, `infos` (every\n * '
    if (undefined(name='by_number') if l_0_by_number is missing else l_0_by_number):
        pass
        yield 'entry'
    else:
        pass
        yield 'row of the page'
    yield ' with that code; `[]` for an unknown code) and `cause` (what failed, where\n * given). Its message reads `'
    if (undefined(name='by_number') if l_0_by_number is missing else l_0_by_number):
        pass
        yield '-46618 (HTTP 403)'
    else:
        pass
        yield 'SlowDown (HTTP 503)'
    yield ': <description> [server message: ...;\n * request id: ...; trace id: ...]`.\n */\nexport declare class '
    yield str(environment.finalize((undefined(name='exception') if l_0_exception is missing else l_0_exception)))
    yield ' extends Error {\n    /** The code, as the response gave it; `null` when it gave none. */\n'
    if (undefined(name='by_number') if l_0_by_number is missing else l_0_by_number):
        pass
        yield '    readonly code: ErrorInfo["code"] | (number & {}) | (string & {}) | null;\n'
    else:
        pass
        yield '    readonly code: ErrorCode | (string & {}) | null;\n'
    yield '    /** The HTTP status received, or `null`. */\n    readonly status: number | null;\n    /** The server\'s own message (the body\'s `<Message>`), or `null`. */\n    readonly serverMessage: string | null;\n    /** The request id Tencent\'s services return, or `null`. */\n    readonly requestId: string | null;\n    /** The trace id Tencent\'s services return, or `null`. */\n    readonly traceId: string | null;\n    /** The categories whose error this is (the status received wins); `[]` for an unknown code. */\n    readonly categories: readonly CategoryId[];\n    /** `"server"` for a 5xx answer (without a status: a category of 5xx rows), else `"client"`. */\n    readonly fault: Fault;\n    /** True when a retry may help: a 429, 500, 502, 503 or 504 answer, or a throttling code. */\n    readonly retryable: boolean;\n    /** Every '
    if (undefined(name='by_number') if l_0_by_number is missing else l_0_by_number):
        pass
        yield 'entry'
    else:
        pass
        yield 'row of the page'
    yield ' with this code (narrow on `category`); `[]` for an unknown code. */\n    readonly infos: readonly '
    yield str(environment.finalize((undefined(name='info') if l_0_info is missing else l_0_info)))
    yield '[];\n    constructor(code: '
    if (undefined(name='by_number') if l_0_by_number is missing else l_0_by_number):
        pass
        yield 'number | string'
    else:
        pass
        yield 'string'
    yield ' | null, status?: number | null, details?: ExceptionDetails);\n'
    if (not (undefined(name='by_number') if l_0_by_number is missing else l_0_by_number)):
        pass
        yield '    /** The HTTP status received, or `null` (the same as `status`). */\n    get httpStatus(): number | null;\n'
    yield "    /** The text of the row with the status received, else of its categories' first row, else a generic text. */\n    get description(): string;\n}\n/**\n * Returns the `"
    yield str(environment.finalize((undefined(name='exception') if l_0_exception is missing else l_0_exception)))
    yield "` of an error response's parts, never throwing: the most specific\n * error, "
    if (undefined(name='by_number') if l_0_by_number is missing else l_0_by_number):
        pass
        yield 'its code from the `X-ErrNo` header (else from `code`); a malformed `X-ErrNo`\n * gives an unknown error carrying the raw value'
    else:
        pass
        yield "its code the body's `<Code>` (`code`)"
    yield ". The request and trace ids come from\n * `requestId` and `traceId`, else from the headers; `cause` becomes the error's `cause`.\n */\nexport declare function errorFrom(parts: ErrorParts): "
    yield str(environment.finalize((undefined(name='exception') if l_0_exception is missing else l_0_exception)))
    yield ';\n/**\n * Returns the `'
    yield str(environment.finalize((undefined(name='exception') if l_0_exception is missing else l_0_exception)))
    yield "` of an error of Tencent's Node SDK (`cos-nodejs-sdk-v5`: its\n * callback's `err`, or what its promise rejects with), read by its shape: `statusCode`,\n * `headers`"
    if (undefined(name='by_number') if l_0_by_number is missing else l_0_by_number):
        pass
        yield ' (`X-ErrNo`)'
    yield ", the body's `error.Code`, `error.Message`, `error.RequestId`, `error.TraceId`,\n * and `RequestId`; the SDK's error becomes the `cause`. A `"
    yield str(environment.finalize((undefined(name='exception') if l_0_exception is missing else l_0_exception)))
    yield '` is returned as it is.\n * Never throws: anything else gives an unknown error whose `cause` it is.\n */\nexport declare function fromCosError(err: unknown): '
    yield str(environment.finalize((undefined(name='exception') if l_0_exception is missing else l_0_exception)))
    yield ';\n'

blocks = {}
debug_info = '3=20&4=22&6=27&23=31&29=38&44=45&54=47&63=54&65=61&69=68&71=70&90=77&92=84&93=86&95=93&103=97&104=99&109=106&111=108&113=110&115=114&118=116'
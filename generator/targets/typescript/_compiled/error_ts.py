from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'typescript/error.ts.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_by_number = resolve('by_number')
    l_0_info = resolve('info')
    l_0_js = resolve('js')
    l_0_exception = resolve('exception')
    l_0_view = resolve('view')
    l_0_retryable_statuses = resolve('retryable_statuses')
    l_0_status_rows = resolve('status_rows')
    try:
        t_1 = environment.filters['ident']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'ident' found.")
    try:
        t_2 = environment.filters['string']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'string' found.")
    try:
        t_3 = environment.filters['ts_lit']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'ts_lit' found.")
    try:
        t_4 = environment.filters['ts_str']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'ts_str' found.")
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
    if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
        pass
        yield '\n/** Whose fault an error is, as AWS\'s SDKs\' `$fault`: `"server"` for a 5xx answer, else `"client"`. */\nexport type Fault = "client" | "server";\n\n/**\n * Response headers as Node gives them (`IncomingHttpHeaders`: names in any case, a value a\n * string, several strings or a number) or as fetch gives them (`Headers`).\n */\nexport type HeadersLike =\n  | { get(name: string): string | null }\n  | { readonly [name: string]: string | readonly string[] | number | null | undefined };\n\n/** The parts of an error response `errorFrom` reads, every one optional. */\nexport interface ErrorParts {\n  /** The HTTP status received. */\n  readonly status?: number | null | undefined;\n'
        if (undefined(name='by_number') if l_0_by_number is missing else l_0_by_number):
            pass
            yield '  /** The code where the headers hold no `X-ErrNo`: an integer (or its text); any other text is kept raw. */\n'
        else:
            pass
            yield "  /** The `<Code>` of the response's body. */\n"
        yield '  readonly code?: number | string | null | undefined;\n'
        if (undefined(name='by_number') if l_0_by_number is missing else l_0_by_number):
            pass
            yield "  /** The response's headers: `X-ErrNo` gives the code, `x-cos-request-id` and `x-cos-trace-id` the ids. */\n"
        else:
            pass
            yield "  /** The response's headers: `x-cos-request-id`/`x-ci-request-id` and `x-cos-trace-id` give the ids. */\n"
        yield "  readonly headers?: HeadersLike | null | undefined;\n  /** The server's own message (the body's `<Message>`). */\n  readonly message?: string | null | undefined;\n  /** The request id (else the `x-cos-request-id` or `x-ci-request-id` header's). */\n  readonly requestId?: string | null | undefined;\n  /** The trace id (else the `x-cos-trace-id` header's). */\n  readonly traceId?: string | null | undefined;\n  /** What failed: the SDK's or HTTP client's error, the error's `cause`. */\n  readonly cause?: unknown;\n}\n\n/** What a `"
        yield str(environment.finalize((undefined(name='exception') if l_0_exception is missing else l_0_exception)))
        yield "` carries besides its code and status. */\nexport interface ExceptionDetails {\n  /** The server's own message (the body's `<Message>`). */\n  readonly serverMessage?: string | null | undefined;\n  readonly requestId?: string | null | undefined;\n  readonly traceId?: string | null | undefined;\n  /** The error's `cause` (an own property, as ES2022's error options set it). */\n  readonly cause?: unknown;\n}\n"
    yield '\n// The text of a code the upstream page does not list.\nconst unlisted = "An error code that the upstream error-code page does not list.";\n\n// The categories whose rows all lie in one HTTP status class, with that class (4 for 4xx).\nconst statusClasses'
    if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
        pass
        yield ': readonly (readonly [CategoryId, number])[]'
    yield ' = ['
    l_1_loop = missing
    for (l_1_id, l_1_k), l_1_loop in LoopContext(context.call(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'status_classes'), 'items')), undefined):
        _loop_vars = {}
        pass
        yield '['
        yield str(environment.finalize(t_4(l_1_id)))
        yield ', '
        yield str(environment.finalize(t_3(l_1_k)))
        yield ']'
        if (not environment.getattr(l_1_loop, 'last')):
            pass
            yield ', '
    l_1_loop = l_1_id = l_1_k = missing
    yield '];\n\n// The statuses a retry may help with, and the codes the page marks as throttling.\nconst retryableStatuses'
    if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
        pass
        yield ': readonly number[]'
    yield ' = ['
    l_1_loop = missing
    for l_1_s, l_1_loop in LoopContext((undefined(name='retryable_statuses') if l_0_retryable_statuses is missing else l_0_retryable_statuses), undefined):
        _loop_vars = {}
        pass
        yield str(environment.finalize(t_3(l_1_s)))
        if (not environment.getattr(l_1_loop, 'last')):
            pass
            yield ', '
    l_1_loop = l_1_s = missing
    yield '];\nconst retryableCodes'
    if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
        pass
        yield ': readonly '
        if (undefined(name='by_number') if l_0_by_number is missing else l_0_by_number):
            pass
            yield 'number'
        else:
            pass
            yield 'string'
        yield '[]'
    yield ' = ['
    l_1_loop = missing
    for l_1_k, l_1_loop in LoopContext(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'retryable_codes'), undefined):
        _loop_vars = {}
        pass
        yield str(environment.finalize(t_3(l_1_k)))
        if (not environment.getattr(l_1_loop, 'last')):
            pass
            yield ', '
    l_1_loop = l_1_k = missing
    yield '];\n'
    if (undefined(name='by_number') if l_0_by_number is missing else l_0_by_number):
        pass
        yield '\n// The rows of the page that give an HTTP status: [category, code, status].\nconst statusRows'
        if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
            pass
            yield ': readonly (readonly [CategoryId, number, number])[]'
        yield ' = ['
        l_1_loop = missing
        for (l_1_c, l_1_e), l_1_loop in LoopContext((undefined(name='status_rows') if l_0_status_rows is missing else l_0_status_rows), undefined):
            _loop_vars = {}
            pass
            yield '['
            yield str(environment.finalize(t_4(environment.getattr(l_1_c, 'id'))))
            yield ', '
            yield str(environment.finalize(t_3(environment.getattr(l_1_e, 'code'))))
            yield ', '
            yield str(environment.finalize(t_3(environment.getattr(l_1_e, 'http_status'))))
            yield ']'
            if (not environment.getattr(l_1_loop, 'last')):
                pass
                yield ', '
        l_1_loop = l_1_c = l_1_e = missing
        yield "];\n\n// A code's rows: its category and HTTP status (`null` where the page gives none).\nfunction rowsOf(infos"
        if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
            pass
            yield ': readonly ErrorInfo[]'
        yield ')'
        if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
            pass
            yield ': readonly (readonly [CategoryId, number | null])[]'
        yield ' {\n  return infos.flatMap((info) => {\n    const rows = statusRows.filter((row) => row[0] === info.category && row[1] === info.code);\n    const found'
        if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
            pass
            yield ': (readonly [CategoryId, number | null])[]'
        yield ' = rows.map((row) => [row[0], row[2]]);\n    return found.length === 0 ? [[info.category, null]] : found;\n  });\n}\n'
    else:
        pass
        yield "\n// A code's rows: its category and HTTP status (`null` where the page gives none).\nfunction rowsOf(infos"
        if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
            pass
            yield ': readonly Variant[]'
        yield ')'
        if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
            pass
            yield ': readonly (readonly [CategoryId, number | null])[]'
        yield ' {\n  return infos.map((info) => [info.category, info.httpStatus]'
        if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
            pass
            yield ' as const'
        yield ');\n}\n'
    yield "\n// The categories of an error (the status received wins): those of the code's rows with that\n// status; else those whose rows all lie in its status class; else those of every row.\nfunction categoriesOf(infos"
    if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
        pass
        yield ': readonly '
        yield str(environment.finalize((undefined(name='info') if l_0_info is missing else l_0_info)))
        yield '[]'
    yield ', status'
    if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
        pass
        yield ': number | null'
    yield ')'
    if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
        pass
        yield ': readonly CategoryId[]'
    yield ' {\n  const rows = rowsOf(infos);\n  let found = status === null ? [] : rows.filter((row) => row[1] === status).map((row) => row[0]);\n  if (found.length === 0 && status !== null) {\n    found = statusClasses.filter((known) => known[1] === Math.floor(status / 100)).map((known) => known[0]);\n  }\n  if (found.length === 0) {\n    found = rows.map((row) => row[0]);\n  }\n  return found.filter((id, at) => found.indexOf(id) === at);\n}\n\n/**\n'
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
    yield ': <description> [server message: ...;\n * request id: ...; trace id: ...]`.\n */\nexport class '
    yield str(environment.finalize((undefined(name='exception') if l_0_exception is missing else l_0_exception)))
    yield ' extends Error {\n  /** The code, as the response gave it; `null` when it gave none. */\n'
    if (undefined(name='js') if l_0_js is missing else l_0_js):
        pass
        yield '  code;\n'
    elif (undefined(name='by_number') if l_0_by_number is missing else l_0_by_number):
        pass
        yield '  readonly code: ErrorInfo["code"] | (number & {}) | (string & {}) | null;\n'
    else:
        pass
        yield '  readonly code: ErrorCode | (string & {}) | null;\n'
    yield '  /** The HTTP status received, or `null`. */\n'
    if (undefined(name='js') if l_0_js is missing else l_0_js):
        pass
        yield '  status;\n'
    else:
        pass
        yield '  readonly status: number | null;\n'
    yield "  /** The server's own message (the body's `<Message>`), or `null`. */\n"
    if (undefined(name='js') if l_0_js is missing else l_0_js):
        pass
        yield '  serverMessage;\n'
    else:
        pass
        yield '  readonly serverMessage: string | null;\n'
    yield "  /** The request id Tencent's services return, or `null`. */\n"
    if (undefined(name='js') if l_0_js is missing else l_0_js):
        pass
        yield '  requestId;\n'
    else:
        pass
        yield '  readonly requestId: string | null;\n'
    yield "  /** The trace id Tencent's services return, or `null`. */\n"
    if (undefined(name='js') if l_0_js is missing else l_0_js):
        pass
        yield '  traceId;\n'
    else:
        pass
        yield '  readonly traceId: string | null;\n'
    yield '  /** The categories whose error this is (the status received wins); `[]` for an unknown code. */\n'
    if (undefined(name='js') if l_0_js is missing else l_0_js):
        pass
        yield '  categories;\n'
    else:
        pass
        yield '  readonly categories: readonly CategoryId[];\n'
    yield '  /** `"server"` for a 5xx answer (without a status: a category of 5xx rows), else `"client"`. */\n'
    if (undefined(name='js') if l_0_js is missing else l_0_js):
        pass
        yield '  fault;\n'
    else:
        pass
        yield '  readonly fault: Fault;\n'
    yield '  /** True when a retry may help: a 429, 500, 502, 503 or 504 answer, or a throttling code. */\n'
    if (undefined(name='js') if l_0_js is missing else l_0_js):
        pass
        yield '  retryable;\n'
    else:
        pass
        yield '  readonly retryable: boolean;\n'
    yield '  /** Every '
    if (undefined(name='by_number') if l_0_by_number is missing else l_0_by_number):
        pass
        yield 'entry'
    else:
        pass
        yield 'row of the page'
    yield ' with this code (narrow on `category`); `[]` for an unknown code. */\n'
    if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
        pass
        yield '  declare readonly infos: readonly '
        yield str(environment.finalize((undefined(name='info') if l_0_info is missing else l_0_info)))
        yield '[];\n'
    yield '\n  constructor(code'
    if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
        pass
        yield ': '
        if (undefined(name='by_number') if l_0_by_number is missing else l_0_by_number):
            pass
            yield 'number | string'
        else:
            pass
            yield 'string'
        yield ' | null'
    yield ', status'
    if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
        pass
        yield ': number | null'
    yield ' = null, details'
    if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
        pass
        yield ': ExceptionDetails'
    yield ' = {}) {\n'
    if (undefined(name='by_number') if l_0_by_number is missing else l_0_by_number):
        pass
        yield '    const infos = typeof code === "number" ? lookup(code) : [];\n'
    else:
        pass
        yield '    const infos = code === null ? [] : lookup(code);\n'
    yield '    const categories = categoriesOf(infos, status);\n    const description = describe(infos, categories, status);\n    const extras = [\n      details.serverMessage ? `server message: ${details.serverMessage}` : "",\n      details.requestId ? `request id: ${details.requestId}` : "",\n      details.traceId ? `trace id: ${details.traceId}` : "",\n    ].filter((extra) => extra !== "");\n    const head = [code === null ? "" : String(code), status === null ? "" : `(HTTP ${status})`]\n      .filter((part) => part !== "")\n      .join(" ");\n    super(`${head === "" ? "" : `${head}: `}${description}${extras.length === 0 ? "" : ` [${extras.join("; ")}]`}`);\n    // Not enumerable, as a built-in error\'s name: Node\'s inspection and JSON.stringify stay short.\n    Object.defineProperty(this, "name", { value: '
    yield str(environment.finalize(t_4(t_2((undefined(name='exception') if l_0_exception is missing else l_0_exception)))))
    yield ', writable: true, configurable: true });\n    this.code = code;\n    this.status = status;\n    this.serverMessage = details.serverMessage ?? null;\n    this.requestId = details.requestId ?? null;\n    this.traceId = details.traceId ?? null;\n    this.categories = categories;\n    const server =\n      status === null ? statusClasses.some((known) => known[1] === 5 && categories.includes(known[0])) : status >= 500;\n    this.fault = server ? "server" : "client";\n    this.retryable = (status !== null && retryableStatuses.includes(status)) || (code !== null && '
    if (undefined(name='js') if l_0_js is missing else l_0_js):
        pass
        yield 'retryableCodes'
    else:
        pass
        yield '(retryableCodes as readonly unknown[])'
    yield '.includes(code));\n    Object.defineProperty(this, "infos", { value: infos, writable: true, configurable: true });\n    if (details.cause !== undefined) {\n      Object.defineProperty(this, "cause", { value: details.cause, writable: true, configurable: true });\n    }\n  }\n'
    if (not (undefined(name='by_number') if l_0_by_number is missing else l_0_by_number)):
        pass
        yield '\n  /** The HTTP status received, or `null` (the same as `status`). */\n  get httpStatus()'
        if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
            pass
            yield ': number | null'
        yield ' {\n    return this.status;\n  }\n'
    yield "\n  /** The text of the row with the status received, else of its categories' first row, else a generic text. */\n  get description()"
    if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
        pass
        yield ': string'
    yield ' {\n    return describe(this.infos, this.categories, this.status);\n  }\n}\n\n// The text of the row with this status, else of the first row of these categories, else a generic text.\nfunction describe(infos'
    if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
        pass
        yield ': readonly '
        yield str(environment.finalize((undefined(name='info') if l_0_info is missing else l_0_info)))
        yield '[]'
    yield ', categories'
    if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
        pass
        yield ': readonly CategoryId[]'
    yield ', status'
    if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
        pass
        yield ': number | null'
    yield ')'
    if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
        pass
        yield ': string'
    yield ' {\n'
    if (undefined(name='by_number') if l_0_by_number is missing else l_0_by_number):
        pass
        yield '  const rows = rowsOf(infos).filter((row) => status !== null && row[1] === status);\n  const found = infos.find((info) => rows.some((row) => row[0] === info.category));\n'
    else:
        pass
        yield '  const found = status === null ? undefined : infos.find((info) => info.httpStatus === status);\n'
    yield "  return (found ?? infos.find((info) => categories.includes(info.category)) ?? infos[0])?.description ?? unlisted;\n}\n\n// A header's value (names in any case), from a record as Node gives them or a fetch `Headers`.\nfunction headerOf(headers"
    if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
        pass
        yield ': HeadersLike | null | undefined'
    yield ', name'
    if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
        pass
        yield ': string'
    yield ')'
    if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
        pass
        yield ': string | readonly string[] | undefined'
    yield ' {\n  try {\n    if (headers === null || typeof headers !== "object") {\n      return undefined;\n    }\n    if (typeof headers.get === "function") {\n      const value'
    if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
        pass
        yield ': unknown'
    yield ' = '
    if (undefined(name='js') if l_0_js is missing else l_0_js):
        pass
        yield 'headers.get(name)'
    else:
        pass
        yield '(headers as { get(name: string): unknown }).get(name)'
    yield ';\n      return typeof value === "string" ? value : undefined;\n    }\n    for (const key of Object.keys(headers)) {\n      if (key.toLowerCase() === name) {\n        const value'
    if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
        pass
        yield ': unknown'
    yield ' = '
    if (undefined(name='js') if l_0_js is missing else l_0_js):
        pass
        yield 'headers[key]'
    else:
        pass
        yield '(headers as Readonly<Record<string, unknown>>)[key]'
    yield ';\n        if (typeof value === "string") {\n          return value;\n        }\n        if (typeof value === "number") {\n          return String(value);\n        }\n        if (Array.isArray(value)) {\n          return value.filter((one'
    if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
        pass
        yield ': unknown'
    yield ') => typeof one === "string");\n        }\n      }\n    }\n  } catch {\n    // Headers that throw when read give nothing.\n  }\n  return undefined;\n}\n\n// A text part: a non-empty string, else `null`.\nfunction textOf(value'
    if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
        pass
        yield ': unknown'
    yield ')'
    if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
        pass
        yield ': string | null'
    yield ' {\n  return typeof value === "string" && value !== "" ? value : typeof value === "number" ? String(value) : null;\n}\n\n// The first of several values (as Node gives a repeated header), else the value.\nfunction firstOf(value'
    if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
        pass
        yield ': string | readonly string[] | undefined'
    yield ')'
    if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
        pass
        yield ': string | null'
    yield ' {\n  return textOf(typeof value === "string" ? value : value?.[0]);\n}\n\n/**\n * Returns the `'
    yield str(environment.finalize((undefined(name='exception') if l_0_exception is missing else l_0_exception)))
    yield "` of an error response's parts, never throwing: the most specific\n * error, "
    if (undefined(name='by_number') if l_0_by_number is missing else l_0_by_number):
        pass
        yield 'its code from the `X-ErrNo` header (else from `code`); a malformed `X-ErrNo`\n * gives an unknown error carrying the raw value'
    else:
        pass
        yield "its code the body's `<Code>` (`code`)"
    yield ". The request and trace ids come from\n * `requestId` and `traceId`, else from the headers; `cause` becomes the error's `cause`.\n */\nexport function errorFrom(parts"
    if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
        pass
        yield ': ErrorParts'
    yield ')'
    if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
        pass
        yield ': '
        yield str(environment.finalize((undefined(name='exception') if l_0_exception is missing else l_0_exception)))
    yield ' {\n  const given = typeof parts === "object" && parts !== null ? parts : {};\n  const headers = given.headers;\n  const status =\n    typeof given.status === "number" && Number.isInteger(given.status) && given.status >= 100 && given.status <= 999\n      ? given.status\n      : null;\n'
    if (undefined(name='by_number') if l_0_by_number is missing else l_0_by_number):
        pass
        yield '  const errno = headerOf(headers, "x-errno");\n  const number = headerCode(errno);\n  let code'
        if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
            pass
            yield ': number | string | null'
        yield ';\n  if (number === null) {\n    code = typeof errno === "string" ? errno : (errno ?? []).join(", "); // malformed: the raw value\n  } else if (number !== undefined) {\n    code = number;\n  } else if (typeof given.code === "number") {\n    code = Number.isSafeInteger(given.code) ? given.code : String(given.code);\n  } else if (typeof given.code === "string" && given.code.trim() !== "") {\n    code = headerCode(given.code) ?? given.code;\n  } else {\n    code = null;\n  }\n'
    else:
        pass
        yield '  const code = textOf(given.code);\n'
    yield '  const details'
    if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
        pass
        yield ': ExceptionDetails'
    yield ' = {\n    serverMessage: textOf(given.message),\n    requestId: textOf(given.requestId) ?? firstOf(headerOf(headers, "x-cos-request-id"))\n      ?? firstOf(headerOf(headers, "x-ci-request-id")),\n    traceId: textOf(given.traceId) ?? firstOf(headerOf(headers, "x-cos-trace-id")),\n  };\n  return new '
    yield str(environment.finalize((undefined(name='exception') if l_0_exception is missing else l_0_exception)))
    yield '(code, status, given.cause === undefined ? details : { ...details, cause: given.cause });\n}\n\n/**\n * Returns the `'
    yield str(environment.finalize((undefined(name='exception') if l_0_exception is missing else l_0_exception)))
    yield "` of an error of Tencent's Node SDK (`cos-nodejs-sdk-v5`: its\n * callback's `err`, or what its promise rejects with), read by its shape: `statusCode`,\n * `headers`"
    if (undefined(name='by_number') if l_0_by_number is missing else l_0_by_number):
        pass
        yield ' (`X-ErrNo`)'
    yield ", the body's `error.Code`, `error.Message`, `error.RequestId`, `error.TraceId`,\n * and `RequestId`; the SDK's error becomes the `cause`. A `"
    yield str(environment.finalize((undefined(name='exception') if l_0_exception is missing else l_0_exception)))
    yield '` is returned as it is.\n * Never throws: anything else gives an unknown error whose `cause` it is.\n */\nexport function fromCosError(err'
    if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
        pass
        yield ': unknown'
    yield ')'
    if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
        pass
        yield ': '
        yield str(environment.finalize((undefined(name='exception') if l_0_exception is missing else l_0_exception)))
    yield ' {\n  if (err instanceof '
    yield str(environment.finalize((undefined(name='exception') if l_0_exception is missing else l_0_exception)))
    yield ') {\n    return err;\n  }\n  try {\n    const sdk'
    if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
        pass
        yield ': { readonly [key: string]: unknown }'
    yield ' = typeof err === "object" && err !== null ? '
    if (undefined(name='js') if l_0_js is missing else l_0_js):
        pass
        yield 'err'
    else:
        pass
        yield '(err as { readonly [key: string]: unknown })'
    yield ' : {};\n    const body'
    if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
        pass
        yield ': { readonly [key: string]: unknown }'
    yield ' = typeof sdk["error"] === "object" && sdk["error"] !== null ? '
    if (undefined(name='js') if l_0_js is missing else l_0_js):
        pass
        yield 'sdk["error"]'
    else:
        pass
        yield '(sdk["error"] as { readonly [key: string]: unknown })'
    yield ' : {};\n    const headers = sdk["headers"];\n    return errorFrom({\n      status: typeof sdk["statusCode"] === "number" ? sdk["statusCode"] : null,\n      code: textOf(body["Code"]),\n      headers: typeof headers === "object" && headers !== null ? '
    if (undefined(name='js') if l_0_js is missing else l_0_js):
        pass
        yield 'headers'
    else:
        pass
        yield '(headers as HeadersLike)'
    yield ' : null,\n      message: textOf(body["Message"]),\n      requestId: textOf(body["RequestId"]) ?? textOf(sdk["RequestId"]),\n      traceId: textOf(body["TraceId"]),\n      cause: err,\n    });\n  } catch {\n    return errorFrom({ cause: err });\n  }\n}\n'

blocks = {}
debug_info = '6=42&7=44&9=49&11=52&28=55&34=62&50=69&65=72&66=77&71=90&72=95&74=104&75=116&77=125&80=128&81=133&82=143&86=148&87=152&90=156&98=163&99=167&100=171&106=176&107=186&120=190&129=197&131=204&135=211&137=213&139=216&145=223&151=230&157=237&163=244&169=251&175=258&181=265&186=272&188=279&189=282&192=285&193=296&195=304&212=311&223=313&229=320&232=323&238=328&244=332&245=338&246=346&247=350&257=357&259=365&265=369&271=380&280=391&291=395&296=403&297=407&302=411&303=413&308=420&315=429&318=432&333=440&339=444&343=446&345=448&347=452&350=454&351=463&355=465&356=469&358=476&359=480&365=487'
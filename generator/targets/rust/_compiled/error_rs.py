from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'rust/error.rs.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_view = resolve('view')
    l_0_retryable = resolve('retryable')
    l_0_error = resolve('error')
    l_0_builder = resolve('builder')
    l_0_int = missing
    try:
        t_1 = environment.filters['rust_comment']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'rust_comment' found.")
    try:
        t_2 = environment.filters['rust_str']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'rust_str' found.")
    pass
    l_0_int = (environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'kind') != 'string')
    context.vars['int'] = l_0_int
    context.exported_vars.add('int')
    yield '/// The description of a code the page does not list.\nconst UNKNOWN: &str = "An error code that the upstream error-code page does not list.";\n\n/// The HTTP statuses of a throttled or transiently failed request: a retry may help.\npub const RETRYABLE_STATUSES: &[u16] = &[429, 500, 502, 503, 504];\n\n/// The codes the page marks as throttling (a row with HTTP 429 or 503, or a name such as\n/// `SlowDown`): a retry may help, whatever the status.\n'
    if (undefined(name='retryable') if l_0_retryable is missing else l_0_retryable):
        pass
        yield '#[rustfmt::skip]\nconst RETRYABLE_CODES: &['
        if (undefined(name='int') if l_0_int is missing else l_0_int):
            pass
            yield 'i64'
        else:
            pass
            yield '&str'
        yield '] = &[\n'
        for l_1_code in (undefined(name='retryable') if l_0_retryable is missing else l_0_retryable):
            _loop_vars = {}
            pass
            yield '    '
            yield str(environment.finalize(l_1_code))
            yield ',\n'
        l_1_code = missing
        yield '];\n'
    else:
        pass
        yield 'const RETRYABLE_CODES: &['
        if (undefined(name='int') if l_0_int is missing else l_0_int):
            pass
            yield 'i64'
        else:
            pass
            yield '&str'
        yield '] = &[];\n'
    yield '\n/// Spaces, tabs and line breaks, ignored around a header\'s value.\nconst BLANK: &[char] = &[\' \', \'\\t\', \'\\r\', \'\\n\'];\n\n/// Whose fault an error is, as AWS\'s SDKs tell it: the caller\'s or the service\'s.\n#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]\npub enum Fault {\n    /// The request was refused (a 4xx answer): sending it again unchanged seldom helps.\n    Client,\n    /// The service failed (a 5xx answer).\n    Server,\n}\n\nimpl Fault {\n    /// `"client"` or `"server"`.\n    pub fn as_str(self) -> &\'static str {\n        match self {\n            Fault::Client => "client",\n            Fault::Server => "server",\n        }\n    }\n}\n\nimpl fmt::Display for Fault {\n    fn fmt(&self, f: &mut fmt::Formatter<\'_>) -> fmt::Result {\n        f.write_str(self.as_str())\n    }\n}\n\n/// An error as '
    yield str(environment.finalize(t_1(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'product_label'))))
    yield " answered it: the code (known to the page or\n/// not), the HTTP status received, the server's own message, the request and trace ids, and the\n/// cause (the HTTP client's error) as its `source()`.\n///\n/// Build one from a response with [`"
    yield str(environment.finalize((undefined(name='error') if l_0_error is missing else l_0_error)))
    yield '::from_response`] (status, headers, the XML error\n/// body) or part by part with [`'
    yield str(environment.finalize((undefined(name='error') if l_0_error is missing else l_0_error)))
    yield '::builder`]; neither fails nor panics, whatever it is\n/// given. Its `Display` is `{code} (HTTP {status}): {description} [server message: ...; request\n/// id: ...; trace id: ...]`, each part present only when known.\npub struct '
    yield str(environment.finalize((undefined(name='error') if l_0_error is missing else l_0_error)))
    yield ' {\n    inner: Box<Inner>,\n}\n\n/// The parts of an error (boxed: an error stays small to move and return).\nstruct Inner {\n'
    if (undefined(name='int') if l_0_int is missing else l_0_int):
        pass
        yield '    code: Option<i64>,\n    raw_code: Option<String>,\n    errors: Vec<ErrorInfo>,\n'
    else:
        pass
        yield "    code: Option<String>,\n    variants: &'static [Variant],\n"
    yield "    categories: Vec<&'static CategoryInfo>,\n    description: &'static str,\n    status: Option<u16>,\n    server_message: Option<String>,\n    request_id: Option<String>,\n    trace_id: Option<String>,\n    source: Option<Box<dyn std::error::Error + Send + Sync + 'static>>,\n}\n\nimpl "
    yield str(environment.finalize((undefined(name='error') if l_0_error is missing else l_0_error)))
    yield ' {\n'
    if (undefined(name='int') if l_0_int is missing else l_0_int):
        pass
        yield '    /// The error of a raw code (see [`lookup`]), with nothing else known.\n    pub fn new(code: i64) -> Self {\n        Self::builder().code(code).build()\n    }\n'
    else:
        pass
        yield '    /// The error of a raw code and HTTP status (see [`lookup`]), with nothing else known.\n    pub fn new(code: &str, http_status: Option<u16>) -> Self {\n        let builder = Self::builder().code(code);\n        match http_status {\n            Some(status) => builder.status(status).build(),\n            None => builder.build(),\n        }\n    }\n'
    yield '\n    /// A builder of the error, every part optional.\n    pub fn builder() -> '
    yield str(environment.finalize((undefined(name='builder') if l_0_builder is missing else l_0_builder)))
    yield ' {\n        '
    yield str(environment.finalize((undefined(name='builder') if l_0_builder is missing else l_0_builder)))
    yield "::default()\n    }\n\n    /// The error of an HTTP response (to add the HTTP client's error as the cause, use\n    /// [`"
    yield str(environment.finalize((undefined(name='builder') if l_0_builder is missing else l_0_builder)))
    yield '::response`] and [`'
    yield str(environment.finalize((undefined(name='builder') if l_0_builder is missing else l_0_builder)))
    yield '::cause`]): its status, its headers\n    /// (`(name, value)` pairs, e.g. an `http::HeaderMap` by reference'
    if (undefined(name='int') if l_0_int is missing else l_0_int):
        pass
        yield '; the code from\n    /// `X-ErrNo`'
    yield '; the request and trace ids from `x-cos-request-id`/`x-ci-request-id`\n    /// and `x-cos-trace-id`) and its body (the XML error body: `<Code>`, `<Message>`,\n    /// `<RequestId>`, `<TraceId>`; any other body is ignored).\n    pub fn from_response<I, N, V, B>(status: u16, headers: I, body: B) -> Self\n    where\n        I: IntoIterator<Item = (N, V)>,\n        N: AsRef<str>,\n        V: AsRef<[u8]>,\n        B: AsRef<[u8]>,\n    {\n        Self::builder().response(status, headers, body).build()\n    }\n\n'
    if (undefined(name='int') if l_0_int is missing else l_0_int):
        pass
        yield '    /// The integer code; `None` when the response gave none, or a value that is no code (see\n    /// [`'
        yield str(environment.finalize((undefined(name='error') if l_0_error is missing else l_0_error)))
        yield '::raw_code`]).\n    pub fn code(&self) -> Option<i64> {\n        self.inner.code\n    }\n\n    /// The code as received: its decimal, or the text of a malformed `X-ErrNo` (trimmed).\n    pub fn raw_code(&self) -> Option<&str> {\n        self.inner.raw_code.as_deref()\n    }\n\n    /// Every entry with the code, across categories; empty for a code the page does not list.\n    pub fn errors(&self) -> &[ErrorInfo] {\n        &self.inner.errors\n    }\n\n    /// Whether the page lists the code.\n    pub fn is_known(&self) -> bool {\n        !self.inner.errors.is_empty()\n    }\n'
    else:
        pass
        yield "    /// The code as received (the `<Code>`); `None` when the response gave none.\n    pub fn code(&self) -> Option<&str> {\n        self.inner.code.as_deref()\n    }\n\n    /// The code's variant of [`ErrorCode`]; `None` for a code the page does not list.\n    pub fn error_code(&self) -> Option<ErrorCode> {\n        ErrorCode::try_from(self.inner.code.as_deref()?).ok()\n    }\n\n    /// Every row of the code; empty for a code the page does not list.\n    pub fn variants(&self) -> &'static [Variant] {\n        self.inner.variants\n    }\n\n    /// The row of the HTTP status, else the code's first row; `None` for an unknown code.\n    pub fn variant(&self) -> Option<&'static Variant> {\n        let status = self.inner.status;\n        self.inner\n            .variants\n            .iter()\n            .find(|variant| status.is_some() && variant.http_status == status)\n            .or_else(|| self.inner.variants.first())\n    }\n\n    /// The HTTP status received (the same as [`"
        yield str(environment.finalize((undefined(name='error') if l_0_error is missing else l_0_error)))
        yield '::status`]).\n    pub fn http_status(&self) -> Option<u16> {\n        self.inner.status\n    }\n'
    yield "\n    /// What the code means: the page's row of the status received, else the code's first row,\n    /// or a generic text for a code the page does not list.\n    pub fn description(&self) -> &'static str {\n        self.inner.description\n    }\n\n    /// The categories whose error this is, in the page's order: those of the code's rows with\n    /// the status received; else, with a status, every category whose rows all lie in its class\n    /// (a 503 answer is the 5xx category's error, whatever the page lists); else every category\n    /// of the code's rows. Empty for an unknown code that no category's status class takes.\n    pub fn categories(&self) -> &[&'static CategoryInfo] {\n        &self.inner.categories\n    }\n\n    /// Whether the error is one of the category `id` (see [`"
    yield str(environment.finalize((undefined(name='error') if l_0_error is missing else l_0_error)))
    yield "::categories`]).\n    pub fn is_in(&self, id: &str) -> bool {\n        self.inner\n            .categories\n            .iter()\n            .any(|category| category.id == id)\n    }\n\n    /// The HTTP status received.\n    pub fn status(&self) -> Option<u16> {\n        self.inner.status\n    }\n\n    /// The server's own message (the body's `<Message>`).\n    pub fn server_message(&self) -> Option<&str> {\n        self.inner.server_message.as_deref()\n    }\n\n    /// The request id: as given, else the body's `<RequestId>`, else the `x-cos-request-id` or\n    /// `x-ci-request-id` header.\n    pub fn request_id(&self) -> Option<&str> {\n        self.inner.request_id.as_deref()\n    }\n\n    /// The trace id: as given, else the body's `<TraceId>`, else the `x-cos-trace-id` header.\n    pub fn trace_id(&self) -> Option<&str> {\n        self.inner.trace_id.as_deref()\n    }\n\n    /// The service's fault for a 5xx status; without a status, when a category of the error has\n    /// only 5xx rows; else the client's.\n    pub fn fault(&self) -> Fault {\n        match self.inner.status {\n            Some(status) if status >= 500 => Fault::Server,\n            Some(_) => Fault::Client,\n            None if self\n                .inner\n                .categories\n                .iter()\n                .any(|category| category.status_class == Some(5)) =>\n            {\n                Fault::Server\n            }\n            None => Fault::Client,\n        }\n    }\n\n    /// Whether a retry may help: a status of [`RETRYABLE_STATUSES`], or a code the page marks as\n    /// throttling (such as `SlowDown`).\n    pub fn is_retryable(&self) -> bool {\n        matches!(self.inner.status, Some(status) if RETRYABLE_STATUSES.contains(&status))\n"
    if (undefined(name='int') if l_0_int is missing else l_0_int):
        pass
        yield '            || matches!(self.inner.code, Some(code) if RETRYABLE_CODES.contains(&code))\n'
    else:
        pass
        yield '            || matches!(self.inner.code.as_deref(), Some(code) if RETRYABLE_CODES.contains(&code))\n'
    yield '    }\n}\n\nimpl fmt::Display for '
    yield str(environment.finalize((undefined(name='error') if l_0_error is missing else l_0_error)))
    yield " {\n    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {\n"
    if (undefined(name='int') if l_0_int is missing else l_0_int):
        pass
        yield '        let code = self.inner.raw_code.as_deref().unwrap_or("");\n'
    else:
        pass
        yield '        let code = self.inner.code.as_deref().unwrap_or("");\n'
    yield '        f.write_str(code)?;\n        if let Some(status) = self.inner.status {\n            if !code.is_empty() {\n                f.write_str(" ")?;\n            }\n            write!(f, "(HTTP {})", status)?;\n        }\n        if !code.is_empty() || self.inner.status.is_some() {\n            f.write_str(": ")?;\n        }\n        f.write_str(self.inner.description)?;\n        let extras = [\n            ("server message", &self.inner.server_message),\n            ("request id", &self.inner.request_id),\n            ("trace id", &self.inner.trace_id),\n        ];\n        let mut open = false;\n        for (label, value) in extras.iter() {\n            if let Some(value) = value.as_deref().filter(|value| !value.is_empty()) {\n                f.write_str(if open { "; " } else { " [" })?;\n                write!(f, "{}: {}", label, value)?;\n                open = true;\n            }\n        }\n        if open {\n            f.write_str("]")?;\n        }\n        Ok(())\n    }\n}\n\n/// One line, a few fields: the code, the status and the request id (each cut short).\nimpl fmt::Debug for '
    yield str(environment.finalize((undefined(name='error') if l_0_error is missing else l_0_error)))
    yield " {\n    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {\n        let mut out = f.debug_struct("
    yield str(environment.finalize(t_2((undefined(name='error') if l_0_error is missing else l_0_error))))
    yield ');\n'
    if (undefined(name='int') if l_0_int is missing else l_0_int):
        pass
        yield '        if let Some(code) = self.inner.code {\n            out.field("code", &code);\n        } else if let Some(raw) = &self.inner.raw_code {\n            out.field("code", &Short(raw));\n        }\n'
    else:
        pass
        yield '        if let Some(code) = &self.inner.code {\n            out.field("code", &Short(code));\n        }\n'
    yield '        if let Some(status) = self.inner.status {\n            out.field("status", &status);\n        }\n        if let Some(id) = &self.inner.request_id {\n            out.field("request_id", &Short(id));\n        }\n        out.finish_non_exhaustive()\n    }\n}\n\nimpl std::error::Error for '
    yield str(environment.finalize((undefined(name='error') if l_0_error is missing else l_0_error)))
    yield " {\n    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {\n        self.inner\n            .source\n            .as_deref()\n            .map(|cause| cause as &(dyn std::error::Error + 'static))\n    }\n}\n\n/// Builds a [`"
    yield str(environment.finalize((undefined(name='error') if l_0_error is missing else l_0_error)))
    yield '`] (see [`'
    yield str(environment.finalize((undefined(name='error') if l_0_error is missing else l_0_error)))
    yield '::builder`]): set what is known, then `build()`,\n/// which never fails. What is set by hand wins over the body, which wins over the headers.\n#[derive(Debug, Default)]\n#[must_use = "a builder does nothing until `build()`"]\npub struct '
    yield str(environment.finalize((undefined(name='builder') if l_0_builder is missing else l_0_builder)))
    yield ' {\n    status: Option<u16>,\n    code: Option<'
    if (undefined(name='int') if l_0_int is missing else l_0_int):
        pass
        yield 'i64'
    else:
        pass
        yield 'String'
    yield '>,\n'
    if (undefined(name='int') if l_0_int is missing else l_0_int):
        pass
        yield '    errno: Option<String>,\n'
    yield "    message: Option<String>,\n    request_id: Option<String>,\n    trace_id: Option<String>,\n    header_request_id: Option<String>,\n    header_trace_id: Option<String>,\n    cause: Option<Box<dyn std::error::Error + Send + Sync + 'static>>,\n}\n\nimpl "
    yield str(environment.finalize((undefined(name='builder') if l_0_builder is missing else l_0_builder)))
    yield ' {\n    /// The HTTP status received.\n    pub fn status(mut self, status: u16) -> Self {\n        self.status = Some(status);\n        self\n    }\n\n'
    if (undefined(name='int') if l_0_int is missing else l_0_int):
        pass
        yield '    /// The code, where no `X-ErrNo` header gives one (the header wins).\n    pub fn code(mut self, code: i64) -> Self {\n        self.code = Some(code);\n        self\n    }\n'
    else:
        pass
        yield "    /// The code (the body's `<Code>`); an empty one is no code.\n    pub fn code(mut self, code: impl Into<String>) -> Self {\n        self.code = Some(code.into()).filter(|code| !code.is_empty());\n        self\n    }\n"
    yield "\n    /// The server's own message (the body's `<Message>`).\n    pub fn message(mut self, message: impl Into<String>) -> Self {\n        self.message = Some(message.into());\n        self\n    }\n\n    /// The request id.\n    pub fn request_id(mut self, request_id: impl Into<String>) -> Self {\n        self.request_id = Some(request_id.into());\n        self\n    }\n\n    /// The trace id.\n    pub fn trace_id(mut self, trace_id: impl Into<String>) -> Self {\n        self.trace_id = Some(trace_id.into());\n        self\n    }\n\n    /// The cause: the HTTP client's error (or any error, or a message), the error's `source()`.\n    pub fn cause(\n        mut self,\n        cause: impl Into<Box<dyn std::error::Error + Send + Sync + 'static>>,\n    ) -> Self {\n        self.cause = Some(cause.into());\n        self\n    }\n\n    /// One response header (the name in any case; a value that is not UTF-8 is read lossily,\n    /// blank is none, the first of a name counts): "
    if (undefined(name='int') if l_0_int is missing else l_0_int):
        pass
        yield '`X-ErrNo` (the code), '
    yield '`x-cos-request-id` or\n    /// `x-ci-request-id`, `x-cos-trace-id`; any other is ignored.\n    pub fn header(mut self, name: &str, value: impl AsRef<[u8]>) -> Self {\n        let value = String::from_utf8_lossy(value.as_ref());\n        let value = value.trim_matches(BLANK);\n        let slot = if name.eq_ignore_ascii_case("x-cos-request-id")\n            || name.eq_ignore_ascii_case("x-ci-request-id")\n        {\n            &mut self.header_request_id\n        } else if name.eq_ignore_ascii_case("x-cos-trace-id") {\n            &mut self.header_trace_id\n'
    if (undefined(name='int') if l_0_int is missing else l_0_int):
        pass
        yield '        } else if name.eq_ignore_ascii_case("x-errno") {\n            &mut self.errno\n'
    yield '        } else {\n            return self;\n        };\n        if slot.is_none() && !value.is_empty() {\n            *slot = Some(value.to_owned());\n        }\n        self\n    }\n\n    /// Every response header, as `(name, value)` pairs (see [`'
    yield str(environment.finalize((undefined(name='builder') if l_0_builder is missing else l_0_builder)))
    yield "::header`]): an\n    /// `http::HeaderMap` by reference, a `Vec<(String, String)>`, `[(&str, &str); N]`, ...\n    pub fn headers<I, N, V>(mut self, headers: I) -> Self\n    where\n        I: IntoIterator<Item = (N, V)>,\n        N: AsRef<str>,\n        V: AsRef<[u8]>,\n    {\n        for (name, value) in headers {\n            self = self.header(name.as_ref(), value);\n        }\n        self\n    }\n\n    /// The response's body: an XML error body gives the code ("
    if (undefined(name='int') if l_0_int is missing else l_0_int):
        pass
        yield 'an integer '
    yield '`<Code>`), the message,\n    /// the request id and the trace id, where they were not set by hand; any other body\n    /// gives nothing.\n    pub fn body(mut self, body: impl AsRef<[u8]>) -> Self {\n        let text = String::from_utf8_lossy(body.as_ref());\n        if self.code.is_none() {\n'
    if (undefined(name='int') if l_0_int is missing else l_0_int):
        pass
        yield '            self.code = xml_field(&text, "Code").and_then(|code| header_code(&code));\n'
    else:
        pass
        yield '            self.code = xml_field(&text, "Code");\n'
    yield '        }\n        if self.message.is_none() {\n            self.message = xml_field(&text, "Message");\n        }\n        if self.request_id.is_none() {\n            self.request_id = xml_field(&text, "RequestId");\n        }\n        if self.trace_id.is_none() {\n            self.trace_id = xml_field(&text, "TraceId");\n        }\n        self\n    }\n\n    /// A whole response: its status, [`'
    yield str(environment.finalize((undefined(name='builder') if l_0_builder is missing else l_0_builder)))
    yield '::headers`] and [`'
    yield str(environment.finalize((undefined(name='builder') if l_0_builder is missing else l_0_builder)))
    yield '::body`].\n    pub fn response<I, N, V, B>(self, status: u16, headers: I, body: B) -> Self\n    where\n        I: IntoIterator<Item = (N, V)>,\n        N: AsRef<str>,\n        V: AsRef<[u8]>,\n        B: AsRef<[u8]>,\n    {\n        self.status(status).headers(headers).body(body)\n    }\n\n    /// The error.\n    pub fn build(self) -> '
    yield str(environment.finalize((undefined(name='error') if l_0_error is missing else l_0_error)))
    yield ' {\n'
    if (undefined(name='int') if l_0_int is missing else l_0_int):
        pass
        yield '        let (code, raw_code) = match self.errno {\n            Some(value) => match header_code(&value) {\n                Some(code) => (Some(code), Some(code.to_string())),\n                None => (None, Some(value)),\n            },\n            None => (self.code, self.code.map(|code| code.to_string())),\n        };\n        let errors = match code {\n            Some(code) => lookup(code),\n            None => Vec::new(),\n        };\n        let rows: Vec<Variant> = errors.iter().flat_map(ErrorInfo::variants).collect();\n        let rows = rows\n            .iter()\n            .map(|row| (row.category, row.http_status, row.description));\n'
    else:
        pass
        yield '        let code = self.code;\n        let variants = match &code {\n            Some(code) => lookup(code),\n            None => &[],\n        };\n        let rows = variants\n            .iter()\n            .map(|row| (row.category, row.http_status, row.description));\n'
    yield '        let inner = Inner {\n            categories: choose(rows.clone(), self.status),\n            description: describe(rows, self.status),\n'
    if (undefined(name='int') if l_0_int is missing else l_0_int):
        pass
        yield '            code,\n            raw_code,\n            errors,\n'
    else:
        pass
        yield '            code,\n            variants,\n'
    yield '            status: self.status,\n            server_message: self.message,\n            request_id: self.request_id.or(self.header_request_id),\n            trace_id: self.trace_id.or(self.header_trace_id),\n            source: self.cause,\n        };\n        '
    yield str(environment.finalize((undefined(name='error') if l_0_error is missing else l_0_error)))
    yield ' {\n            inner: Box::new(inner),\n        }\n    }\n}\n\n/// The categories of an error whose code has `rows` (category, status, description), given the\n/// status received: see [`'
    yield str(environment.finalize((undefined(name='error') if l_0_error is missing else l_0_error)))
    yield '::categories`].\nfn choose<I>(rows: I, status: Option<u16>) -> Vec<&\'static CategoryInfo>\nwhere\n    I: Iterator<Item = (&\'static str, Option<u16>, &\'static str)> + Clone,\n{\n    let mut ids: Vec<&\'static str> = Vec::new();\n    if let Some(status) = status {\n        ids.extend(\n            rows.clone()\n                .filter(|row| row.1 == Some(status))\n                .map(|row| row.0),\n        );\n        if ids.is_empty() {\n            ids.extend(\n                CATEGORIES\n                    .iter()\n                    .filter(|category| category.status_class == Some(status / 100))\n                    .map(|category| category.id),\n            );\n        }\n    }\n    if ids.is_empty() {\n        ids.extend(rows.map(|row| row.0));\n    }\n    CATEGORIES\n        .iter()\n        .filter(|category| ids.contains(&category.id))\n        .collect()\n}\n\n/// The description of the row with the status received, else of the first row, else `UNKNOWN`.\nfn describe<I>(rows: I, status: Option<u16>) -> &\'static str\nwhere\n    I: Iterator<Item = (&\'static str, Option<u16>, &\'static str)>,\n{\n    let mut first = None;\n    for (_, row_status, description) in rows {\n        if status.is_some() && row_status == status {\n            return description;\n        }\n        first = first.or(Some(description));\n    }\n    first.unwrap_or(UNKNOWN)\n}\n\n/// The text of the first element `tag` of an XML body (`<Code>AccessDenied</Code>`), trimmed,\n/// its entities decoded (a CDATA section taken as it is); `None` when absent or empty.\nfn xml_field(body: &str, tag: &str) -> Option<String> {\n    let open = format!("<{}>", tag);\n    let close = format!("</{}>", tag);\n    let start = body.find(&open)? + open.len();\n    let end = start + body[start..].find(&close)?;\n    let text = body[start..end].trim();\n    let text = match text\n        .strip_prefix("<![CDATA[")\n        .and_then(|inner| inner.strip_suffix("]]>"))\n    {\n        Some(inner) => inner.to_owned(),\n        None => decode_xml(text),\n    };\n    Some(text).filter(|text| !text.is_empty())\n}\n\n/// XML text with its entities decoded (`&lt;`, `&#x41;`, ...); an `&` that starts none is kept.\nfn decode_xml(text: &str) -> String {\n    let mut out = String::with_capacity(text.len());\n    let mut rest = text;\n    while let Some(at) = rest.find(\'&\') {\n        out.push_str(&rest[..at]);\n        rest = &rest[at..];\n        let end = rest.bytes().take(12).position(|byte| byte == b\';\');\n        match end.and_then(|end| entity(&rest[1..end]).map(|ch| (ch, end))) {\n            Some((ch, end)) => {\n                out.push(ch);\n                rest = &rest[end + 1..];\n            }\n            None => {\n                out.push(\'&\');\n                rest = &rest[1..];\n            }\n        }\n    }\n    out.push_str(rest);\n    out\n}\n\n/// The character of an XML entity\'s name (`lt`, `#60`, `#x3C`); `None` for any other.\nfn entity(name: &str) -> Option<char> {\n    match name {\n        "lt" => Some(\'<\'),\n        "gt" => Some(\'>\'),\n        "amp" => Some(\'&\'),\n        "quot" => Some(\'"\'),\n        "apos" => Some(\'\\\'\'),\n        _ => {\n            let number = name.strip_prefix(\'#\')?;\n            let (digits, radix) = match number.strip_prefix(\'x\') {\n                Some(hex) => (hex, 16),\n                None => (number, 10),\n            };\n            if digits.is_empty() || !digits.chars().all(|ch| ch.is_digit(radix)) {\n                return None;\n            }\n            char::from_u32(u32::from_str_radix(digits, radix).ok()?)\n        }\n    }\n}\n\n/// A text in a Debug form, cut after about 40 characters.\nstruct Short<\'a>(&\'a str);\n\nimpl fmt::Debug for Short<\'_> {\n    fn fmt(&self, f: &mut fmt::Formatter<\'_>) -> fmt::Result {\n        f.write_str("\\"")?;\n        let mut width = 0;\n        for ch in self.0.chars() {\n            let escaped = ch.escape_debug().to_string();\n            width += escaped.len();\n            if width > 40 {\n                f.write_str("...")?;\n                break;\n            }\n            f.write_str(&escaped)?;\n        }\n        f.write_str("\\"")\n    }\n}\n'

blocks = {}
debug_info = '5=28&14=32&16=35&17=42&18=46&22=53&53=61&57=63&58=65&61=67&67=69&84=76&85=78&102=85&103=87&107=89&108=93&122=97&124=100&169=105&189=108&240=110&248=117&250=119&287=126&289=128&290=130&311=137&320=139&324=143&326=145&327=152&338=156&345=158&387=165&398=169&411=173&425=175&431=179&449=186&461=190&462=192&491=199&505=206&512=208'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'go/response.go.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_view = resolve('view')
    l_0_int_page = resolve('int_page')
    l_0_int_type = resolve('int_type')
    l_0_retryable_statuses = resolve('retryable_statuses')
    l_0_package = resolve('package')
    l_0_retryable_codes = resolve('retryable_codes')
    l_0_class_categories = resolve('class_categories')
    l_0_label = missing
    try:
        t_1 = environment.filters['go_comment']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'go_comment' found.")
    try:
        t_2 = environment.filters['go_lit']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'go_lit' found.")
    try:
        t_3 = environment.filters['go_str']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'go_str' found.")
    try:
        t_4 = environment.filters['ident']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'ident' found.")
    pass
    l_0_label = t_1(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'product_label'))
    context.vars['label'] = l_0_label
    context.exported_vars.add('label')
    yield '// Fault says whose fault an error response is, as AWS\'s SDKs say it: the\n// client\'s (the request must change) or the server\'s (the same request may\n// succeed later).\ntype Fault string\n\n// FaultClient is the fault of a request the service refused: HTTP 4xx.\nconst FaultClient Fault = "client"\n\n// FaultServer is the fault of the service: HTTP 5xx, or, without a status,\n// a code whose category lists only 5xx statuses.\nconst FaultServer Fault = "server"\n\n// Response is what a failed request to '
    yield str(environment.finalize((undefined(name='label') if l_0_label is missing else l_0_label)))
    yield ' got back, as [New] reads\n// it. Every field is optional: its zero value means absent.\ntype Response struct {\n\t// Status is the HTTP status received.\n\tStatus int\n'
    if (undefined(name='int_page') if l_0_int_page is missing else l_0_int_page):
        pass
        yield "\t// Code is the <Code> of the response's body, or a code in decimal: the\n\t// X-ErrNo header, when present, wins.\n"
    else:
        pass
        yield '\t// Code is the <Code> of the response\'s body, e.g. "NoSuchKey".\n'
    yield '\tCode string\n'
    if (undefined(name='int_page') if l_0_int_page is missing else l_0_int_page):
        pass
        yield "\t// Header holds the response's headers: X-ErrNo, x-cos-request-id,\n\t// x-ci-request-id and x-cos-trace-id are read, whatever the case of their\n\t// names.\n"
    else:
        pass
        yield "\t// Header holds the response's headers: x-cos-request-id, x-ci-request-id\n\t// and x-cos-trace-id are read, whatever the case of their names.\n"
    yield "\tHeader http.Header\n\t// Message is the server's own <Message>.\n\tMessage string\n\t// RequestID is the <RequestId> of the body; when empty, the\n\t// x-cos-request-id or x-ci-request-id header.\n\tRequestID string\n\t// TraceID is the <TraceId> of the body; when empty, the x-cos-trace-id\n\t// header.\n\tTraceID string\n\t// Cause is the error the SDK or HTTP client returned: Unwrap gives it.\n\tCause error\n}\n\n// Error is an error response of "
    yield str(environment.finalize((undefined(name='label') if l_0_label is missing else l_0_label)))
    yield ': its code, the HTTP status\n// received, what the server said, and what the page makes of them. [New],\n// [FromError]'
    if (not (undefined(name='int_page') if l_0_int_page is missing else l_0_int_page)):
        pass
        yield ', [FromResponse]'
    yield " and [ErrorFromHeader] fill every field.\n//\n// Its message is one line: the code, the status, the page's description of\n// the code, then the server's message and the request and trace ids, e.g.\n"
    if (undefined(name='int_page') if l_0_int_page is missing else l_0_int_page):
        pass
        yield '// "-1 (HTTP 403): ... [server message: ...; request id: ...]".\n'
    else:
        pass
        yield '// "NoSuchKey (HTTP 404): ... [server message: ...; request id: ...]".\n'
    yield '//\n'
    if (undefined(name='int_page') if l_0_int_page is missing else l_0_int_page):
        pass
        yield "// errors.Is and errors.As reach, through Unwrap, the code as a value of each\n// of its categories' types (e.g. errors.As(err, &d) with d of a category's\n// type), an [*UnknownError] for a code the page does not list, an error\n// matching [ErrMalformedHeader] for a malformed X-ErrNo, and the cause.\n"
    else:
        pass
        yield "// errors.Is and errors.As reach, through Unwrap, the code's [ErrorCode]\n// constant (errors.Is(err, C) for a constant C), an [*UnknownError] for a code\n// the page does not list, an error matching [ErrMalformedHeader] for a value\n// that is no code, and the cause.\n"
    yield 'type Error struct {\n'
    if (undefined(name='int_page') if l_0_int_page is missing else l_0_int_page):
        pass
        yield '\t// Code is the code received, when RawCode is an integer; 0 otherwise.\n\tCode '
        yield str(environment.finalize((undefined(name='int_type') if l_0_int_type is missing else l_0_int_type)))
        yield '\n\t// RawCode is the code as received, from the X-ErrNo header or else the\n\t// <Code>: e.g. "-46618", or "abc" for a malformed header; "" when none.\n\tRawCode string\n'
    else:
        pass
        yield '\t// Code is the <Code> received, e.g. "NoSuchKey", whether or not the page\n\t// lists it ([ErrorCode.Known] tells); "" when none.\n\tCode ErrorCode\n'
    yield "\t// Status is the HTTP status received; 0 when unknown.\n\tStatus int\n\t// ServerMessage is the server's own <Message>.\n\tServerMessage string\n\t// RequestID is the request's id, as the server gave it.\n\tRequestID string\n\t// TraceID is the request's trace id, as the server gave it.\n\tTraceID string\n\t// Categories holds the ids of the categories whose error this is, the\n\t// status received deciding: those of the code's rows with that status;\n\t// else those whose rows all lie in the status's class (a code answered\n\t// with 503 is a 5xx category's error, whatever the page lists it under);\n\t// else every category of the code. Nil for a code the page does not list\n\t// when no category is of the status's class.\n\tCategories []string\n\t// Fault is FaultServer for a status of 500 or more (without a status,\n\t// when a category of Categories lists only 5xx statuses), else FaultClient.\n\tFault Fault\n\t// Retryable reports whether the same request may succeed later: a status\n\t// of "
    yield str(environment.finalize((undefined(name='retryable_statuses') if l_0_retryable_statuses is missing else l_0_retryable_statuses)))
    yield ', or a code the page marks as throttling.\n\tRetryable bool\n\t// Err is the cause: the error the SDK or HTTP client returned.\n\tErr error\n'
    if (undefined(name='int_page') if l_0_int_page is missing else l_0_int_page):
        pass
        yield '\t// header reports whether RawCode came from an X-ErrNo header.\n\theader bool\n'
    yield '}\n\n// unknownDescription is the description of a code the page does not list.\nconst unknownDescription = "An error code that the upstream error-code page does not list."\n\n// New returns the error of a failed request\'s response, the most specific\n// one the page allows. It never fails and never panics: a missing or\n// malformed value gives an error that says so.\nfunc New(r Response) *Error {\n\te := &Error{Status: r.Status, ServerMessage: r.Message, RequestID: r.RequestID, TraceID: r.TraceID, Err: r.Cause}\n\tif e.RequestID == "" {\n\t\te.RequestID = headerValue(r.Header, "X-Cos-Request-Id")\n\t}\n\tif e.RequestID == "" {\n\t\te.RequestID = headerValue(r.Header, "X-Ci-Request-Id")\n\t}\n\tif e.TraceID == "" {\n\t\te.TraceID = headerValue(r.Header, "X-Cos-Trace-Id")\n\t}\n'
    if (undefined(name='int_page') if l_0_int_page is missing else l_0_int_page):
        pass
        yield '\te.RawCode = strings.Trim(headerValue(r.Header, "X-Errno"), " \\t\\r\\n")\n\te.header = e.RawCode != ""\n\tif !e.header {\n\t\te.RawCode = strings.Trim(r.Code, " \\t\\r\\n")\n\t}\n\tcode, ok := headerCode(e.RawCode)\n\tif ok {\n\t\te.Code = code\n\t}\n\te.Categories = categoriesOf(r.Status, code, ok)\n\te.Retryable = retryableStatus(r.Status) || ok && retryableCode(code)\n'
    else:
        pass
        yield '\te.Code = ErrorCode(strings.Trim(r.Code, " \\t\\r\\n"))\n\te.Categories = categoriesOf(r.Status, e.Code)\n\te.Retryable = retryableStatus(r.Status) || retryableCode(e.Code)\n'
    yield '\te.Fault = FaultClient\n\tif r.Status >= 500 {\n\t\te.Fault = FaultServer\n\t} else if r.Status <= 0 {\n\t\tfor _, c := range e.Categories {\n\t\t\tif statusClass(c) == 5 {\n\t\t\t\te.Fault = FaultServer\n\t\t\t}\n\t\t}\n\t}\n\treturn e\n}\n'
    if (not (undefined(name='int_page') if l_0_int_page is missing else l_0_int_page)):
        pass
        yield '\n// FromResponse returns the error of an error response\'s HTTP status and\n// <Code> (see [New]): FromResponse(503, "SlowDown") is the error of the\n// categories of SlowDown\'s rows with status 503, or else of the categories\n// of 5xx statuses, whatever status the page lists the code with.\nfunc FromResponse(status int, code string) *Error {\n\treturn New(Response{Status: status, Code: code})\n}\n'
    yield '\n// Known reports whether the page lists the code.\nfunc (e *Error) Known() bool {\n'
    if (undefined(name='int_page') if l_0_int_page is missing else l_0_int_page):
        pass
        yield '\tcode, ok := headerCode(e.RawCode)\n\treturn ok && listed(code)\n'
    else:
        pass
        yield '\treturn e.Code.Known()\n'
    yield '}\n\n// Description returns the page\'s text for the code: that of its row with\n// the status received, else of its first row; for a code the page does not\n// list, "An error code that the upstream error-code page does not list."\nfunc (e *Error) Description() string {\n'
    if (undefined(name='int_page') if l_0_int_page is missing else l_0_int_page):
        pass
        yield '\tcode, ok := headerCode(e.RawCode)\n\tif !ok {\n\t\treturn unknownDescription\n\t}\n\tif e.Status > 0 {\n\t\tfor _, r := range statusRows {\n\t\t\tif r.status == e.Status && infos[r.info].Code == code {\n\t\t\t\treturn r.description()\n\t\t\t}\n\t\t}\n\t}\n\tfor _, info := range infos {\n\t\tif info.Code == code {\n\t\t\treturn info.Description\n\t\t}\n\t}\n'
    else:
        pass
        yield '\tfound := false\n\tfirst := ""\n\tfor _, v := range variants {\n\t\tif v.Code != e.Code {\n\t\t\tcontinue\n\t\t}\n\t\tif e.Status > 0 && v.HTTPStatus == e.Status {\n\t\t\treturn v.Description\n\t\t}\n\t\tif !found {\n\t\t\tfound, first = true, v.Description\n\t\t}\n\t}\n\tif found {\n\t\treturn first\n\t}\n'
    yield '\treturn unknownDescription\n}\n\n// Error returns "{code} (HTTP {status}): {description} [{extras}]", extras\n// being "server message: ...", "request id: ..." and "trace id: ..." (those\n// present, joined by "; "). The code or status is left out when unknown.\nfunc (e *Error) Error() string {\n\tvar b strings.Builder\n'
    if (undefined(name='int_page') if l_0_int_page is missing else l_0_int_page):
        pass
        yield '\tcode := e.RawCode\n\tif c, ok := headerCode(e.RawCode); ok {\n\t\tcode = formatCode(c)\n\t}\n'
    else:
        pass
        yield '\tcode := string(e.Code)\n'
    yield '\tb.WriteString(code)\n\tif e.Status > 0 {\n\t\tif code != "" {\n\t\t\tb.WriteString(" ")\n\t\t}\n\t\tb.WriteString("(HTTP " + strconv.Itoa(e.Status) + ")")\n\t}\n\tif b.Len() > 0 {\n\t\tb.WriteString(": ")\n\t}\n\tb.WriteString(e.Description())\n\tvar extras []string\n\tif e.ServerMessage != "" {\n\t\textras = append(extras, "server message: "+e.ServerMessage)\n\t}\n\tif e.RequestID != "" {\n\t\textras = append(extras, "request id: "+e.RequestID)\n\t}\n\tif e.TraceID != "" {\n\t\textras = append(extras, "trace id: "+e.TraceID)\n\t}\n\tif extras != nil {\n\t\tb.WriteString(" [" + strings.Join(extras, "; ") + "]")\n\t}\n\treturn b.String()\n}\n\n// GoString returns the error in short, for %#v: its code, status and request\n// id, e.g. &'
    yield str(environment.finalize(t_4((undefined(name='package') if l_0_package is missing else l_0_package))))
    yield '.Error{Code:'
    if (undefined(name='int_page') if l_0_int_page is missing else l_0_int_page):
        pass
        yield '-1'
    else:
        pass
        yield '"X"'
    yield ', Status:503, RequestID:"..."}.\nfunc (e *Error) GoString() string {\n'
    if (undefined(name='int_page') if l_0_int_page is missing else l_0_int_page):
        pass
        yield '\ts := "&'
        yield str(environment.finalize(t_4((undefined(name='package') if l_0_package is missing else l_0_package))))
        yield '.Error{Code:" + formatCode(e.Code)\n\tif c, ok := headerCode(e.RawCode); !ok || c != e.Code {\n\t\ts += ", RawCode:" + strconv.Quote(e.RawCode)\n\t}\n'
    else:
        pass
        yield '\ts := "&'
        yield str(environment.finalize(t_4((undefined(name='package') if l_0_package is missing else l_0_package))))
        yield '.Error{Code:" + strconv.Quote(string(e.Code))\n'
    yield '\tif e.Status != 0 {\n\t\ts += ", Status:" + strconv.Itoa(e.Status)\n\t}\n\tif e.RequestID != "" {\n\t\ts += ", RequestID:" + strconv.Quote(e.RequestID)\n\t}\n\treturn s + "}"\n}\n\n'
    if (undefined(name='int_page') if l_0_int_page is missing else l_0_int_page):
        pass
        yield '// Unwrap returns what errors.Is and errors.As see in the error: the code as a\n// value of the type of each of Categories, an [*UnknownError] or an error\n// matching [ErrMalformedHeader], and the cause.\n'
    else:
        pass
        yield "// Unwrap returns what errors.Is and errors.As see in the error: the code's\n// constant, an [*UnknownError] or an error matching [ErrMalformedHeader], and\n// the cause.\n"
    yield 'func (e *Error) Unwrap() []error {\n\tvar out []error\n'
    if (undefined(name='int_page') if l_0_int_page is missing else l_0_int_page):
        pass
        yield '\tif code, ok := headerCode(e.RawCode); ok {\n\t\tfor _, c := range e.Categories {\n\t\t\tout = append(out, codeError(c, code))\n\t\t}\n\t\tif !listed(code) {\n\t\t\tout = append(out, &UnknownError{Code: code})\n\t\t}\n\t} else if e.header {\n\t\tout = append(out, &malformedHeaderError{e.RawCode})\n\t}\n'
    else:
        pass
        yield '\tswitch {\n\tcase e.Code == "":\n\tcase !wellFormed(string(e.Code)):\n\t\tout = append(out, &malformedHeaderError{string(e.Code)})\n\tcase e.Code.Known():\n\t\tout = append(out, e.Code)\n\tdefault:\n\t\tout = append(out, &UnknownError{Code: string(e.Code)})\n\t}\n'
    yield '\tif e.Err != nil {\n\t\tout = append(out, e.Err)\n\t}\n\treturn out\n}\n\n// FromError returns the error response that err holds, and whether it holds\n// one: the [*Error] in err\'s chain (as errors.As finds it), or one made by\n// [New] from the first error in the chain shaped as the error response of\n// Tencent\'s Go SDK (a struct, or a pointer to one, with the fields Response\n// *http.Response and Code, and optionally Message, RequestID and TraceID,\n// all strings), its cause being err. The SDK\'s error is read by its shape:\n// this package does not depend on the SDK.\nfunc FromError(err error) (*Error, bool) {\n\tstack := []error{err}\n\tfor seen := 0; len(stack) > 0 && seen < 100; seen++ {\n\t\tnext := stack[len(stack)-1]\n\t\tstack = stack[:len(stack)-1]\n\t\tif next == nil {\n\t\t\tcontinue\n\t\t}\n\t\tif e, ok := next.(*Error); ok {\n\t\t\tif e != nil {\n\t\t\t\treturn e, true\n\t\t\t}\n\t\t\tcontinue\n\t\t}\n\t\tif e := fromShape(next, err); e != nil {\n\t\t\treturn e, true\n\t\t}\n\t\tswitch u := next.(type) {\n\t\tcase interface{ Unwrap() error }:\n\t\t\tstack = append(stack, u.Unwrap())\n\t\tcase interface{ Unwrap() []error }:\n\t\t\terrs := u.Unwrap()\n\t\t\tfor i := len(errs) - 1; i >= 0; i-- {\n\t\t\t\tstack = append(stack, errs[i])\n\t\t\t}\n\t\t}\n\t}\n\treturn nil, false\n}\n\n// responseType is the type of the SDK error\'s Response field.\nvar responseType = reflect.TypeOf((*http.Response)(nil))\n\n// fromShape returns the error of err if err is shaped as the SDK\'s error\n// response (see [FromError]), with cause as its cause; nil otherwise.\nfunc fromShape(err, cause error) *Error {\n\tv := reflect.ValueOf(err)\n\tif v.Kind() == reflect.Pointer {\n\t\tif v.IsNil() {\n\t\t\treturn nil\n\t\t}\n\t\tv = v.Elem()\n\t}\n\tif v.Kind() != reflect.Struct {\n\t\treturn nil\n\t}\n\tcode, ok := stringField(v, "Code")\n\tfield, found := v.Type().FieldByName("Response")\n\tif !ok || !found || field.Type != responseType {\n\t\treturn nil\n\t}\n\tvalue, ferr := v.FieldByIndexErr(field.Index)\n\tif ferr != nil || !value.CanInterface() {\n\t\treturn nil\n\t}\n\tr := Response{Code: code, Cause: cause}\n\tr.Message, _ = stringField(v, "Message")\n\tr.RequestID, _ = stringField(v, "RequestID")\n\tr.TraceID, _ = stringField(v, "TraceID")\n\tif resp, _ := value.Interface().(*http.Response); resp != nil {\n\t\tr.Status, r.Header = resp.StatusCode, resp.Header\n\t}\n\treturn New(r)\n}\n\n// stringField returns the value of v\'s string field name, and whether v has one.\nfunc stringField(v reflect.Value, name string) (string, bool) {\n\tfield, ok := v.Type().FieldByName(name)\n\tif !ok || field.Type.Kind() != reflect.String {\n\t\treturn "", false\n\t}\n\tvalue, err := v.FieldByIndexErr(field.Index)\n\tif err != nil {\n\t\treturn "", false\n\t}\n\treturn value.String(), true\n}\n\n// headerValue returns the first value of the header name (canonical, e.g.\n// "X-Errno"), whatever the case of the name in h; "" when h has none.\nfunc headerValue(h http.Header, name string) string {\n\tif values := h[name]; len(values) > 0 {\n\t\treturn values[0]\n\t}\n\tkey := ""\n\tfor k, values := range h {\n\t\tif len(values) > 0 && strings.EqualFold(k, name) && (key == "" || k < key) {\n\t\t\tkey = k\n\t\t}\n\t}\n\tif key == "" {\n\t\treturn ""\n\t}\n\treturn h[key][0]\n}\n\n// retryableStatus reports whether a request answered with status may succeed\n// when retried.\nfunc retryableStatus(status int) bool {\n\tswitch status {\n\tcase '
    yield str(environment.finalize((undefined(name='retryable_statuses') if l_0_retryable_statuses is missing else l_0_retryable_statuses)))
    yield ':\n\t\treturn true\n\t}\n\treturn false\n}\n\n// retryableCode reports whether the page marks a code as throttling: a row\n// with status 429 or 503, or a name that says so.\n'
    if (undefined(name='retryable_codes') if l_0_retryable_codes is missing else l_0_retryable_codes):
        pass
        yield 'func retryableCode(code '
        if (undefined(name='int_page') if l_0_int_page is missing else l_0_int_page):
            pass
            yield str(environment.finalize((undefined(name='int_type') if l_0_int_type is missing else l_0_int_type)))
        else:
            pass
            yield 'ErrorCode'
        yield ') bool {\n\tswitch code {\n\tcase '
        l_1_loop = missing
        for l_1_c, l_1_loop in LoopContext((undefined(name='retryable_codes') if l_0_retryable_codes is missing else l_0_retryable_codes), undefined):
            _loop_vars = {}
            pass
            yield str(environment.finalize(t_2(l_1_c)))
            if (not environment.getattr(l_1_loop, 'last')):
                pass
                yield ', '
        l_1_loop = l_1_c = missing
        yield ':\n\t\treturn true\n\t}\n\treturn false\n}\n'
    else:
        pass
        yield 'func retryableCode('
        if (undefined(name='int_page') if l_0_int_page is missing else l_0_int_page):
            pass
            yield str(environment.finalize((undefined(name='int_type') if l_0_int_type is missing else l_0_int_type)))
        else:
            pass
            yield 'ErrorCode'
        yield ') bool {\n\treturn false\n}\n'
    yield "\n// statusClass returns the class (4 for 4xx, 5 for 5xx) that every HTTP status\n// of a category's rows lies in; 0 when its rows give none or several.\n"
    if (undefined(name='class_categories') if l_0_class_categories is missing else l_0_class_categories):
        pass
        yield "func statusClass(category string) int {\n\tfor _, c := range classCategories {\n\t\tif c.id == category {\n\t\t\treturn c.class\n\t\t}\n\t}\n\treturn 0\n}\n\n// classCategories holds every category whose rows all lie in one HTTP status\n// class, and that class, in the page's order.\nvar classCategories = []struct {\n\tid    string\n\tclass int\n}{\n"
        for (l_1_id, l_1_k) in (undefined(name='class_categories') if l_0_class_categories is missing else l_0_class_categories):
            _loop_vars = {}
            pass
            yield '\t{'
            yield str(environment.finalize(t_3(l_1_id)))
            yield ', '
            yield str(environment.finalize(l_1_k))
            yield '},\n'
        l_1_id = l_1_k = missing
        yield '}\n'
    else:
        pass
        yield 'func statusClass(string) int {\n\treturn 0\n}\n'
    yield '\n// categoriesOf returns the categories of a code answered with status (see\n// [Error.Categories]).\n'
    if (undefined(name='int_page') if l_0_int_page is missing else l_0_int_page):
        pass
        yield 'func categoriesOf(status int, code '
        yield str(environment.finalize((undefined(name='int_type') if l_0_int_type is missing else l_0_int_type)))
        yield ', ok bool) []string {\n'
    else:
        pass
        yield 'func categoriesOf(status int, code ErrorCode) []string {\n'
    yield '\tvar out []string\n\tadd := func(category string) {\n\t\tfor _, c := range out {\n\t\t\tif c == category {\n\t\t\t\treturn\n\t\t\t}\n\t\t}\n\t\tout = append(out, category)\n\t}\n'
    if (undefined(name='int_page') if l_0_int_page is missing else l_0_int_page):
        pass
        yield '\tif ok && status > 0 {\n\t\tfor _, r := range statusRows {\n\t\t\tif r.status == status && infos[r.info].Code == code {\n\t\t\t\tadd(infos[r.info].Category)\n\t\t\t}\n\t\t}\n\t}\n'
    else:
        pass
        yield '\tif status > 0 {\n\t\tfor _, v := range variants {\n\t\t\tif v.HTTPStatus == status && v.Code == code {\n\t\t\t\tadd(v.Category)\n\t\t\t}\n\t\t}\n\t}\n'
    if (undefined(name='class_categories') if l_0_class_categories is missing else l_0_class_categories):
        pass
        yield '\tif out == nil && status > 0 {\n\t\tfor _, c := range classCategories {\n\t\t\tif c.class == status/100 {\n\t\t\t\tadd(c.id)\n\t\t\t}\n\t\t}\n\t}\n'
    if (undefined(name='int_page') if l_0_int_page is missing else l_0_int_page):
        pass
        yield '\tif out == nil && ok {\n\t\tfor _, info := range infos {\n\t\t\tif info.Code == code {\n\t\t\t\tadd(info.Category)\n\t\t\t}\n\t\t}\n\t}\n'
    else:
        pass
        yield '\tif out == nil {\n\t\tfor _, v := range variants {\n\t\t\tif v.Code == code {\n\t\t\t\tadd(v.Category)\n\t\t\t}\n\t\t}\n\t}\n'
    yield '\treturn out\n}\n'

blocks = {}
debug_info = '3=43&16=47&21=49&28=56&49=63&51=65&55=69&61=76&73=83&75=86&103=92&107=94&130=98&159=105&172=109&184=116&227=123&263=130&265=139&266=142&271=147&282=150&293=157&428=164&436=166&437=169&439=177&445=189&452=197&468=200&469=204&480=214&481=217&494=223&511=229&520=232'
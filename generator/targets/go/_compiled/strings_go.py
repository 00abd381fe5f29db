from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'go/strings.go.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_view = resolve('view')
    l_0_package = resolve('package')
    l_0_codes = resolve('codes')
    try:
        t_1 = environment.filters['go_code_str']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'go_code_str' found.")
    try:
        t_2 = environment.filters['go_comment']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'go_comment' found.")
    try:
        t_3 = environment.filters['go_lit']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'go_lit' found.")
    try:
        t_4 = environment.filters['go_str']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'go_str' found.")
    try:
        t_5 = environment.filters['ident']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'ident' found.")
    try:
        t_6 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    yield '// '
    yield str(environment.finalize(t_2(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'header'))))
    yield '\n\n// Package '
    yield str(environment.finalize(t_5((undefined(name='package') if l_0_package is missing else l_0_package))))
    yield ' lists the symbolic error codes of '
    yield str(environment.finalize(t_2(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'product_label'))))
    yield ',\n// the <Code> of an error response, as published on its error-code page: one\n// string constant of type [ErrorCode] per code.\n//\n// A code can stand in several rows of the page, with different HTTP statuses and\n// texts (a [Variant] each): [ErrorCode.Variants] and [Lookup] return every row of\n// a code.\n//\n// A failed request\'s answer is an [*Error]: its code, HTTP status, the server\'s\n// message, request and trace ids, and the cause. [New] makes one from what a\n// response carries, [FromResponse] from a status and a code, [FromError] from\n// the error response of Tencent\'s Go SDK, read by its shape (this package\n// depends on no SDK); none of them fails on malformed input. The status received\n// decides the categories: [Error.Categories].\n//\n// Dotted codes form a hierarchy ("InvalidInput.TaskDuplicated" is under\n// "InvalidInput"): [ParentOf], [Subcodes] and [IsWithin] read it, and so do\n// the methods Parent, Subcodes and IsWithin of an [ErrorCode]; API 3.0 callers\n// often handle a whole class of codes.\n//\n// An [ErrorCode] is an error: return it, and compare with errors.Is.\n// [ErrorFromHeader] gives the error of a received code, [ErrorCodeValues]\n// every code, [ParseErrorCode] the constant of a code, and MarshalText and\n// UnmarshalText read and write the codes themselves.\npackage '
    yield str(environment.finalize(t_5((undefined(name='package') if l_0_package is missing else l_0_package))))
    yield '\n\nimport (\n\t"errors"\n\t"net/http"\n\t"reflect"\n\t"strconv"\n\t"strings"\n)\n\n// ErrorCode is a code of the page, e.g. "AccessDenied".\ntype ErrorCode string\n\n// Variant is one row of the page: a code with one HTTP status and text.\ntype Variant struct {\n\tCode        ErrorCode\n\tHTTPStatus  int    // 0 where the page gives no status\n\tHTTPReason  string // the status\'s reason phrase as the page gives it, e.g. "Forbidden"\n\tDescription string\n\tAction      string // "" where the page lists no action\n\tCategory    string // the id of the row\'s category, e.g. "http_4xx"\n\tDeprecated  bool   // retired from the page, kept for compatibility\n\tSeeAlso     []Ref  // where other pages give the same code\n}\n\n// Ref names the same code on another page: that page\'s set, category and code\n// (an integer code in decimal, e.g. "1015").\ntype Ref struct {\n\tSet      string\n\tCategory string\n\tCode     string\n}\n\n// CategoryInfo describes one category: one section of the page.\ntype CategoryInfo struct {\n\tID       string\n\tTitle    string\n\tFallback string // what the codes the page does not list mean; "" if it does not say\n}\n\n'
    l_1_translated = False
    pass
    template = environment.get_template('go/categories.go.j2', 'go/strings.go.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'translated': l_1_translated}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    l_1_translated = missing
    if (undefined(name='codes') if l_0_codes is missing else l_0_codes):
        pass
        yield '\n// Codes of the page.\nconst (\n'
        l_1_loop = missing
        for l_1_g, l_1_loop in LoopContext((undefined(name='codes') if l_0_codes is missing else l_0_codes), undefined):
            _loop_vars = {}
            pass
            if (not environment.getattr(l_1_loop, 'first')):
                pass
                yield '\n'
            yield '\t// '
            yield str(environment.finalize(t_2(environment.getattr(l_1_g, 'doc'))))
            yield '\n'
            if environment.getattr(environment.getattr(l_1_g, 'code'), 'deprecated'):
                pass
                yield '\t//\n\t// Deprecated: retired from the upstream page; kept for compatibility.\n'
            yield '\t'
            yield str(environment.finalize(t_5(environment.getattr(l_1_g, 'name'))))
            yield ' ErrorCode = '
            yield str(environment.finalize(t_4(environment.getattr(environment.getattr(l_1_g, 'code'), 'code'))))
            yield '\n'
        l_1_loop = l_1_g = missing
        yield ')\n'
    yield '\n// Codes returns every code of the page, in the order of first appearance.\nfunc Codes() []ErrorCode {\n'
    if (undefined(name='codes') if l_0_codes is missing else l_0_codes):
        pass
        yield '\treturn []ErrorCode{\n'
        for l_1_g in (undefined(name='codes') if l_0_codes is missing else l_0_codes):
            _loop_vars = {}
            pass
            yield '\t\t'
            yield str(environment.finalize(t_5(environment.getattr(l_1_g, 'name'))))
            yield ',\n'
        l_1_g = missing
        yield '\t}\n'
    else:
        pass
        yield '\treturn nil\n'
    yield "}\n\n// variants holds every row of the page, in the page's order.\n"
    if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'entries'):
        pass
        yield 'var variants = []Variant{\n'
        l_1_loop = missing
        for (l_1_c, l_1_e), l_1_loop in LoopContext(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'entries'), undefined):
            l_1_description = missing
            _loop_vars = {}
            pass
            yield '\t{Code: '
            yield str(environment.finalize(t_4(environment.getattr(l_1_e, 'code'))))
            if (not t_6(environment.getattr(l_1_e, 'http_status'))):
                pass
                yield ', HTTPStatus: '
                yield str(environment.finalize(t_3(environment.getattr(l_1_e, 'http_status'))))
            if (not t_6(environment.getattr(l_1_e, 'http_reason'))):
                pass
                yield ', HTTPReason: '
                yield str(environment.finalize(t_4(environment.getattr(l_1_e, 'http_reason'))))
            l_1_description = t_4(environment.getattr(l_1_e, 'description'))
            _loop_vars['description'] = l_1_description
            yield ', Description: '
            yield str(environment.finalize((undefined(name='description') if l_1_description is missing else l_1_description)))
            if (not t_6(environment.getattr(l_1_e, 'action'))):
                pass
                yield ', Action: '
                yield str(environment.finalize(t_4(environment.getattr(l_1_e, 'action'))))
            yield ', Category: '
            yield str(environment.finalize(t_4(environment.getattr(l_1_c, 'id'))))
            if environment.getattr(l_1_e, 'deprecated'):
                pass
                yield ', Deprecated: true'
            if environment.getattr(l_1_e, 'see_also'):
                pass
                yield ', SeeAlso: []Ref{'
                l_2_loop = missing
                for (l_2_s, l_2_sc, l_2_code), l_2_loop in LoopContext(environment.getattr(l_1_e, 'see_also'), undefined):
                    _loop_vars = {}
                    pass
                    if (not environment.getattr(l_2_loop, 'first')):
                        pass
                        yield ', '
                    yield '{Set: '
                    yield str(environment.finalize(t_4(l_2_s)))
                    yield ', Category: '
                    yield str(environment.finalize(t_4(l_2_sc)))
                    yield ', Code: '
                    yield str(environment.finalize(t_1(l_2_code)))
                    yield '}'
                l_2_loop = l_2_s = l_2_sc = l_2_code = missing
                yield '}'
            yield '},\n'
        l_1_loop = l_1_c = l_1_e = l_1_description = missing
        yield '}\n'
    else:
        pass
        yield 'var variants []Variant\n'
    yield '\n// String returns the code itself, e.g. "AccessDenied".\nfunc (c ErrorCode) String() string {\n\treturn string(c)\n}\n\n// Known reports whether the page lists the code.\nfunc (c ErrorCode) Known() bool {\n\tfor _, v := range variants {\n\t\tif v.Code == c {\n\t\t\treturn true\n\t\t}\n\t}\n\treturn false\n}\n\n// Variants returns every row of the page with the code, in the page\'s order;\n// nil for a code the page does not list.\nfunc (c ErrorCode) Variants() []Variant {\n\treturn Lookup(string(c))\n}\n\n// Description returns what the code means, in the words of its first row; ""\n// for a code the page does not list.\nfunc (c ErrorCode) Description() string {\n\tfor _, v := range variants {\n\t\tif v.Code == c {\n\t\t\treturn v.Description\n\t\t}\n\t}\n\treturn ""\n}\n\n// HTTPStatuses returns the HTTP statuses the code comes with, in the page\'s\n// order.\nfunc (c ErrorCode) HTTPStatuses() []int {\n\tvar out []int\n\tfor _, v := range variants {\n\t\tif v.Code == c && v.HTTPStatus != 0 {\n\t\t\tout = append(out, v.HTTPStatus)\n\t\t}\n\t}\n\treturn out\n}\n\n// SeeAlso returns where other pages give the same code, each place once.\nfunc (c ErrorCode) SeeAlso() []Ref {\n\tvar out []Ref\n\tfor _, v := range variants {\n\t\tif v.Code != c {\n\t\t\tcontinue\n\t\t}\n\trefs:\n\t\tfor _, r := range v.SeeAlso {\n\t\t\tfor _, seen := range out {\n\t\t\t\tif seen == r {\n\t\t\t\t\tcontinue refs\n\t\t\t\t}\n\t\t\t}\n\t\t\tout = append(out, r)\n\t\t}\n\t}\n\treturn out\n}\n\n// Deprecated reports whether every row of the code was retired from the page:\n// the constant is kept only for compatibility.\nfunc (c ErrorCode) Deprecated() bool {\n\tfound := false\n\tfor _, v := range variants {\n\t\tif v.Code == c {\n\t\t\tif !v.Deprecated {\n\t\t\t\treturn false\n\t\t\t}\n\t\t\tfound = true\n\t\t}\n\t}\n\treturn found\n}\n\n// All returns every row of the page, in the page\'s order.\nfunc All() []Variant {\n\tout := make([]Variant, len(variants))\n\tcopy(out, variants)\n\tfor i := range out {\n\t\tout[i].SeeAlso = append([]Ref(nil), out[i].SeeAlso...) // the caller\'s own copy\n\t}\n\treturn out\n}\n\n// Lookup returns every row of the page with the code, in the page\'s order; nil\n// for a code the page does not list.\nfunc Lookup(code string) []Variant {\n\tvar out []Variant\n\tfor _, v := range variants {\n\t\tif string(v.Code) == code {\n\t\t\tv.SeeAlso = append([]Ref(nil), v.SeeAlso...) // the caller\'s own copy\n\t\t\tout = append(out, v)\n\t\t}\n\t}\n\treturn out\n}\n\n// ParentOf returns the code one level up a dotted code: all but its last "."\n// part ("InvalidInput" for "InvalidInput.TaskDuplicated"), whether or not the\n// page lists it; false for a top-level code.\nfunc ParentOf(code string) (string, bool) {\n\tif !strings.Contains(strings.Trim(code, "."), ".") {\n\t\treturn "", false\n\t}\n\treturn code[:strings.LastIndex(code, ".")], true\n}\n\n// Subcodes returns the codes of the page one level below code (whether or not\n// the page lists it), in the order of first appearance; nil if there are none.\nfunc Subcodes(code string) []ErrorCode {\n\tvar out []ErrorCode\n\tfor _, c := range Codes() {\n\t\tif parent, ok := ParentOf(string(c)); ok && parent == code {\n\t\t\tout = append(out, c)\n\t\t}\n\t}\n\treturn out\n}\n\n// IsWithin reports whether code is ancestor or lies below it:\n// "InvalidInput.TaskDuplicated" is within "InvalidInput"; "InvalidInputs" is\n// not.\nfunc IsWithin(code, ancestor string) bool {\n\treturn code == ancestor || strings.HasPrefix(code, ancestor+".")\n}\n\n// Parent returns the code one level up a dotted code (see [ParentOf]); false\n// for a top-level code. Its Known method tells whether the page lists it.\nfunc (c ErrorCode) Parent() (ErrorCode, bool) {\n\tparent, ok := ParentOf(string(c))\n\treturn ErrorCode(parent), ok\n}\n\n// Subcodes returns the codes of the page one level below the code (see\n// [Subcodes]).\nfunc (c ErrorCode) Subcodes() []ErrorCode {\n\treturn Subcodes(string(c))\n}\n\n// IsWithin reports whether the code is ancestor or lies below it (see\n// [IsWithin]).\nfunc (c ErrorCode) IsWithin(ancestor ErrorCode) bool {\n\treturn IsWithin(string(c), string(ancestor))\n}\n\n// ErrorCodeValues returns every code of the page, in the order of first\n// appearance (as [Codes] does).\nfunc ErrorCodeValues() []ErrorCode {\n\treturn Codes()\n}\n\n// ParseErrorCode returns the constant of a code of the page, e.g.\n// "AccessDenied", and an error for a code the page does not list.\nfunc ParseErrorCode(name string) (ErrorCode, error) {\n\tif c := ErrorCode(name); c.Known() {\n\t\treturn c, nil\n\t}\n\treturn "", errors.New("'
    yield str(environment.finalize(t_5((undefined(name='package') if l_0_package is missing else l_0_package))))
    yield ': no code of the page is " + strconv.Quote(name))\n}\n\n// Error returns the code and the text of its first row, e.g.\n// "'
    yield str(environment.finalize(t_5((undefined(name='package') if l_0_package is missing else l_0_package))))
    yield ': AccessDenied: ...", or "'
    yield str(environment.finalize(t_5((undefined(name='package') if l_0_package is missing else l_0_package))))
    yield ': X" for a code X the page\n// does not list.\nfunc (c ErrorCode) Error() string {\n\tif d := c.Description(); d != "" {\n\t\treturn "'
    yield str(environment.finalize(t_5((undefined(name='package') if l_0_package is missing else l_0_package))))
    yield ': " + string(c) + ": " + d\n\t}\n\treturn "'
    yield str(environment.finalize(t_5((undefined(name='package') if l_0_package is missing else l_0_package))))
    yield ': " + string(c)\n}\n\n// MarshalText returns the code itself, e.g. "AccessDenied", whether or not the\n// page lists it.\nfunc (c ErrorCode) MarshalText() ([]byte, error) {\n\treturn []byte(c), nil\n}\n\n// UnmarshalText sets the code to the text, e.g. "AccessDenied", whether or not\n// the page lists it (a response can carry a code newer than the page): use\n// [ErrorCode.Known] or [ParseErrorCode] to tell.\nfunc (c *ErrorCode) UnmarshalText(text []byte) error {\n\t*c = ErrorCode(text)\n\treturn nil\n}\n\n// UnknownError is what errors.As finds in an [*Error] whose code the page\n// does not list.\ntype UnknownError struct {\n\tCode string // the code as received\n}\n\n// Error returns the code, e.g. "'
    yield str(environment.finalize(t_5((undefined(name='package') if l_0_package is missing else l_0_package))))
    yield ': unknown error code \\"X\\"".\nfunc (e *UnknownError) Error() string {\n\treturn "'
    yield str(environment.finalize(t_5((undefined(name='package') if l_0_package is missing else l_0_package))))
    yield ': unknown error code " + strconv.Quote(e.Code)\n}\n\n// ErrMalformedHeader is matched by errors.Is in an [*Error] whose code is no\n// code: a code is ASCII letters, digits, \'.\', \'_\' and \'-\', at most 128 of them.\nvar ErrMalformedHeader = errors.New("'
    yield str(environment.finalize(t_5((undefined(name='package') if l_0_package is missing else l_0_package))))
    yield ': malformed error code value")\n\n// malformedHeaderError is the error of a malformed value.\ntype malformedHeaderError struct {\n\tvalue string\n}\n\nfunc (e *malformedHeaderError) Error() string {\n\treturn ErrMalformedHeader.Error() + " " + strconv.Quote(e.value)\n}\n\nfunc (e *malformedHeaderError) Unwrap() error {\n\treturn ErrMalformedHeader\n}\n\n// wellFormed reports whether text can be a code: ASCII letters, digits, \'.\',\n// \'_\' and \'-\', at most 128 of them.\nfunc wellFormed(text string) bool {\n\tif text == "" || len(text) > 128 {\n\t\treturn false\n\t}\n\tfor i := 0; i < len(text); i++ {\n\t\tb := text[i]\n\t\tif !(\'a\' <= b && b <= \'z\' || \'A\' <= b && b <= \'Z\' || \'0\' <= b && b <= \'9\' || b == \'.\' || b == \'_\' || b == \'-\') {\n\t\t\treturn false\n\t\t}\n\t}\n\treturn true\n}\n\n// ErrorFromHeader returns the error of a received code, such as the <Code> of\n// an error response or a header carrying it (spaces, tabs, carriage returns\n// and newlines around it are ignored): nil for an empty value, else the\n// [*Error] of [New] for that code. errors.Is matches it with the code\'s\n// constant, e.g. AccessDenied, for a code of the page; errors.As finds an\n// [*UnknownError] for another code; and errors.Is matches it with\n// [ErrMalformedHeader] for a value that is no code.\nfunc ErrorFromHeader(value string) error {\n\tif strings.Trim(value, " \\t\\r\\n") == "" {\n\t\treturn nil\n\t}\n\treturn New(Response{Code: value})\n}\n\n'
    l_1_int_page = False
    pass
    template = environment.get_template('go/response.go.j2', 'go/strings.go.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'int_page': l_1_int_page}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    l_1_int_page = missing

blocks = {}
debug_info = '1=51&3=53&27=57&67=61&68=68&72=72&73=75&76=79&77=81&81=85&88=92&90=95&91=99&100=107&102=111&103=116&104=117&105=121&106=125&107=129&108=135&109=138&110=142&111=145&282=164&286=166&290=170&292=172&315=174&317=176&322=178&366=182'
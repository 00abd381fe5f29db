from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'go/package.go.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_view = resolve('view')
    l_0_package = resolve('package')
    l_0_int_type = resolve('int_type')
    l_0_categories = resolve('categories')
    l_0_status_rows = resolve('status_rows')
    l_0_wide = resolve('wide')
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
    yield ' lists the error codes of '
    yield str(environment.finalize(t_2(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'product_label'))))
    yield ', as\n// published on its error-code page: one integer type per category of the page,\n// one constant per code.\n//\n// Every constant has String, Description, Action, Category and Deprecated\n// methods, and is an error: return it, and compare with errors.Is or\n// errors.As (fmt prints it by its Error method). The same code can appear in more than one category: [Lookup]\n// returns every match, and [FromHeader] does the same for the value of an\n// X-ErrNo response header; [ErrorFromHeader] gives that value\'s error, which\n// errors.Is matches with the constant of every category that has the code. A\n// code that a table lists on several rows is one constant, whose [Info] lists\n// every row in Variants.\n//\n// A failed request\'s answer is an [*Error]: its code, HTTP status, the server\'s\n// message, request and trace ids, and the cause. [New] makes one from what a\n// response carries (the X-ErrNo header first), [FromError] from the error\n// response of Tencent\'s Go SDK, read by its shape (this package depends on no\n// SDK), and [ErrorFromHeader] from a header value; none of them fails on\n// malformed input. The status received decides the categories:\n// [Error.Categories].\n//\n// Each category type T has TValues (every constant), ParseT (the constant of\n// a name on the page, e.g. "INVALID_REQUEST"), and MarshalText and\n// UnmarshalText, which use those names.\n//\n// Texts are in the page\'s default locale, [DefaultLocale]; DescriptionIn,\n// ActionIn, TitleIn and FallbackIn give them in any locale of [Locales], each\n// text falling back to the default locale\'s where that locale\'s page has none.\npackage '
    yield str(environment.finalize(t_5((undefined(name='package') if l_0_package is missing else l_0_package))))
    yield '\n\nimport (\n\t"errors"\n\t"net/http"\n\t"reflect"\n\t"strconv"\n\t"strings"\n)\n\n// DefaultLocale is the locale of the page whose texts Description, Action,\n// Title and Fallback are.\nconst DefaultLocale = '
    yield str(environment.finalize(t_4(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'locale'))))
    yield '\n\n// Locales returns every locale of the page, DefaultLocale first.\nfunc Locales() []string {\n\treturn []string{'
    l_1_loop = missing
    for l_1_locale, l_1_loop in LoopContext(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'locales'), undefined):
        _loop_vars = {}
        pass
        yield str(environment.finalize(t_4(l_1_locale)))
        if (not environment.getattr(l_1_loop, 'last')):
            pass
            yield ', '
    l_1_loop = l_1_locale = missing
    yield '}\n}\n\n// LocalizedText is a code\'s texts in a locale other than DefaultLocale.\ntype LocalizedText struct {\n\tLocale      string\n\tDescription string\n\tAction      string // "" where that locale\'s page lists no action\n}\n\n// CategoryText is a category\'s texts in a locale other than DefaultLocale.\ntype CategoryText struct {\n\tLocale   string\n\tTitle    string\n\tFallback string // "" if that locale\'s page does not say\n}\n\n// Info describes one error code of the page.\ntype Info struct {\n\tCategory     string // the id of the code\'s category, e.g. "download"\n\tName         string // the code\'s name, e.g. "INVALID_REQUEST"\n\tCode         '
    yield str(environment.finalize((undefined(name='int_type') if l_0_int_type is missing else l_0_int_type)))
    yield '\n\tDescription  string\n\tAction       string          // "" where the page lists no action\n\tDeprecated   bool            // retired from the page, kept for compatibility\n\tTranslations []LocalizedText // the texts of the other locales, as their pages give them\n\t// SeeAlso names the same code on other pages (e.g. the job page\'s symbolic\n\t// code): their set, category and code (an integer code in decimal).\n\tSeeAlso []struct{ Set, Category, Code string }\n\t// Variants holds every row of the page with this code in this category, in\n\t// the page\'s order (the first is the one Description and Action give),\n\t// where the page lists it on several rows of its table; nil otherwise.\n\tVariants []Variant\n}\n\n// Variant is one row of the page for a code that its table lists on several\n// rows, told apart by Value, the row\'s text in the column headed Column (e.g.\n// "HTTP Status", "409 Conflict").\ntype Variant struct {\n\tDescription  string\n\tAction       string // "" where the row lists no action\n\tColumn       string // "" where no column tells the rows apart\n\tValue        string\n\tTranslations []LocalizedText // the row\'s texts in the other locales, as their pages give them\n}\n\n// DescriptionIn returns what the row says in the given locale; Description\n// where that locale\'s page does not have the row.\nfunc (v Variant) DescriptionIn(locale string) string {\n\tfor _, t := range v.Translations {\n\t\tif t.Locale == locale {\n\t\t\treturn t.Description\n\t\t}\n\t}\n\treturn v.Description\n}\n\n// ActionIn returns what the row says to do in the given locale; Action\n// where that locale\'s page lists no action or does not have the row.\nfunc (v Variant) ActionIn(locale string) string {\n\tfor _, t := range v.Translations {\n\t\tif t.Locale == locale && t.Action != "" {\n\t\t\treturn t.Action\n\t\t}\n\t}\n\treturn v.Action\n}\n\n// DescriptionIn returns what the code means in the given locale; Description\n// where that locale\'s page does not have the code.\nfunc (i Info) DescriptionIn(locale string) string {\n\tfor _, t := range i.Translations {\n\t\tif t.Locale == locale {\n\t\t\treturn t.Description\n\t\t}\n\t}\n\treturn i.Description\n}\n\n// ActionIn returns what to do about the code in the given locale; Action\n// where that locale\'s page lists no action or does not have the code.\nfunc (i Info) ActionIn(locale string) string {\n\tfor _, t := range i.Translations {\n\t\tif t.Locale == locale && t.Action != "" {\n\t\t\treturn t.Action\n\t\t}\n\t}\n\treturn i.Action\n}\n\n// CategoryInfo describes one category: one section of the page.\ntype CategoryInfo struct {\n\tID           string\n\tTitle        string\n\tFallback     string         // what the codes the page does not list mean; "" if it does not say\n\tTranslations []CategoryText // the texts of the other locales, as their pages give them\n}\n\n// TitleIn returns the category\'s heading in the given locale; Title where\n// that locale\'s page does not have the category.\nfunc (c CategoryInfo) TitleIn(locale string) string {\n\tfor _, t := range c.Translations {\n\t\tif t.Locale == locale {\n\t\t\treturn t.Title\n\t\t}\n\t}\n\treturn c.Title\n}\n\n// FallbackIn returns what the codes the page does not list mean, in the given\n// locale; Fallback where that locale\'s page does not say or does not have the\n// category.\nfunc (c CategoryInfo) FallbackIn(locale string) string {\n\tfor _, t := range c.Translations {\n\t\tif t.Locale == locale && t.Fallback != "" {\n\t\t\treturn t.Fallback\n\t\t}\n\t}\n\treturn c.Fallback\n}\n\n'
    l_1_translated = True
    pass
    template = environment.get_template('go/categories.go.j2', 'go/package.go.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'translated': l_1_translated}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    l_1_translated = missing
    l_1_loop = missing
    for l_1_g, l_1_loop in LoopContext((undefined(name='categories') if l_0_categories is missing else l_0_categories), undefined):
        l_1_c = l_1_fallback = missing
        _loop_vars = {}
        pass
        l_1_c = environment.getattr(l_1_g, 'category')
        _loop_vars['c'] = l_1_c
        l_1_fallback = t_2((environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'fallback') or ''))
        _loop_vars['fallback'] = l_1_fallback
        yield '\n// '
        yield str(environment.finalize(t_5(environment.getattr(l_1_g, 'type'))))
        yield ' is a code of the "'
        yield str(environment.finalize(t_2(environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'title'))))
        yield '" section of the page\n// (category "'
        yield str(environment.finalize(t_2(environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'id'))))
        yield '").\n'
        if (undefined(name='fallback') if l_1_fallback is missing else l_1_fallback):
            pass
            yield '//\n// Codes of this category that the page does not list mean: '
            yield str(environment.finalize((undefined(name='fallback') if l_1_fallback is missing else l_1_fallback)))
            yield '\n'
        if environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'deprecated'):
            pass
            yield '//\n// Deprecated: retired from the upstream page; kept for compatibility.\n'
        yield 'type '
        yield str(environment.finalize(t_5(environment.getattr(l_1_g, 'type'))))
        yield ' '
        yield str(environment.finalize((undefined(name='int_type') if l_0_int_type is missing else l_0_int_type)))
        yield '\n'
        if environment.getattr(l_1_g, 'consts'):
            pass
            yield '\n// Codes of the category "'
            yield str(environment.finalize(t_2(environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'id'))))
            yield '".\nconst (\n'
            l_2_loop = missing
            for l_2_k, l_2_loop in LoopContext(environment.getattr(l_1_g, 'consts'), undefined):
                _loop_vars = {}
                pass
                if (not environment.getattr(l_2_loop, 'first')):
                    pass
                    yield '\n'
                yield '\t// '
                yield str(environment.finalize(t_2(environment.getattr(l_2_k, 'doc'))))
                yield '\n'
                if environment.getattr(environment.getattr(l_2_k, 'entry'), 'deprecated'):
                    pass
                    yield '\t//\n\t// Deprecated: retired from the upstream page; kept for compatibility.\n'
                yield '\t'
                yield str(environment.finalize(t_5(environment.getattr(l_2_k, 'name'))))
                yield ' '
                yield str(environment.finalize(t_5(environment.getattr(l_1_g, 'type'))))
                yield ' = '
                yield str(environment.finalize(t_3(environment.getattr(environment.getattr(l_2_k, 'entry'), 'code'))))
                yield '\n'
            l_2_loop = l_2_k = missing
            yield ')\n'
        yield '\n// String returns the code\'s name on the page, e.g. "INVALID_REQUEST", or\n// "'
        yield str(environment.finalize(t_5(environment.getattr(l_1_g, 'type'))))
        yield '(-1)" for a value the page does not list.\nfunc (e '
        yield str(environment.finalize(t_5(environment.getattr(l_1_g, 'type'))))
        yield ') String() string {\n\tif i := e.info(); i != nil {\n\t\treturn i.Name\n\t}\n\treturn "'
        yield str(environment.finalize(t_5(environment.getattr(l_1_g, 'type'))))
        yield '(" + formatCode('
        yield str(environment.finalize((undefined(name='int_type') if l_0_int_type is missing else l_0_int_type)))
        yield '(e)) + ")"\n}\n\n// Description returns what the code means, in the page\'s words; "" for a\n// value the page does not list.\nfunc (e '
        yield str(environment.finalize(t_5(environment.getattr(l_1_g, 'type'))))
        yield ') Description() string {\n\tif i := e.info(); i != nil {\n\t\treturn i.Description\n\t}\n\treturn ""\n}\n\n// Action returns what to do about the code; "" where the page lists no action.\nfunc (e '
        yield str(environment.finalize(t_5(environment.getattr(l_1_g, 'type'))))
        yield ') Action() string {\n\tif i := e.info(); i != nil {\n\t\treturn i.Action\n\t}\n\treturn ""\n}\n\n// DescriptionIn returns what the code means in the given locale (see\n// [Info.DescriptionIn]); "" for a value the page does not list.\nfunc (e '
        yield str(environment.finalize(t_5(environment.getattr(l_1_g, 'type'))))
        yield ') DescriptionIn(locale string) string {\n\tif i := e.info(); i != nil {\n\t\treturn i.DescriptionIn(locale)\n\t}\n\treturn ""\n}\n\n// ActionIn returns what to do about the code in the given locale (see\n// [Info.ActionIn]); "" for a value the page does not list.\nfunc (e '
        yield str(environment.finalize(t_5(environment.getattr(l_1_g, 'type'))))
        yield ') ActionIn(locale string) string {\n\tif i := e.info(); i != nil {\n\t\treturn i.ActionIn(locale)\n\t}\n\treturn ""\n}\n\n// Category returns the id of the code\'s category, '
        yield str(environment.finalize(t_4(environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'id'))))
        yield '.\nfunc ('
        yield str(environment.finalize(t_5(environment.getattr(l_1_g, 'type'))))
        yield ') Category() string {\n\treturn '
        yield str(environment.finalize(t_4(environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'id'))))
        yield '\n}\n\n// Deprecated reports whether the code was retired from the page and is kept\n// only for compatibility.\nfunc (e '
        yield str(environment.finalize(t_5(environment.getattr(l_1_g, 'type'))))
        yield ') Deprecated() bool {\n\ti := e.info()\n\treturn i != nil && i.Deprecated\n}\n\n// Error returns the code\'s category, value, name and description, e.g.\n// "'
        yield str(environment.finalize(t_5((undefined(name='package') if l_0_package is missing else l_0_package))))
        yield ': download -103 INVALID_REQUEST: Invalid request.", or\n// "'
        yield str(environment.finalize(t_5((undefined(name='package') if l_0_package is missing else l_0_package))))
        yield ': '
        yield str(environment.finalize(t_5(environment.getattr(l_1_g, 'type'))))
        yield '(-1)" for a value the page does not list.\nfunc (e '
        yield str(environment.finalize(t_5(environment.getattr(l_1_g, 'type'))))
        yield ') Error() string {\n\tif i := e.info(); i != nil {\n\t\tcode := formatCode('
        yield str(environment.finalize((undefined(name='int_type') if l_0_int_type is missing else l_0_int_type)))
        yield '(e))\n\t\treturn "'
        yield str(environment.finalize(t_5((undefined(name='package') if l_0_package is missing else l_0_package))))
        yield ': " + i.Category + " " + code + " " + i.Name + ": " + i.Description\n\t}\n\treturn "'
        yield str(environment.finalize(t_5((undefined(name='package') if l_0_package is missing else l_0_package))))
        yield ': " + e.String()\n}\n\n// MarshalText returns the code\'s name on the page, e.g. "INVALID_REQUEST", or\n// the value in decimal, e.g. "-1", for a value the page does not list.\nfunc (e '
        yield str(environment.finalize(t_5(environment.getattr(l_1_g, 'type'))))
        yield ') MarshalText() ([]byte, error) {\n\tif i := e.info(); i != nil {\n\t\treturn []byte(i.Name), nil\n\t}\n\treturn []byte(formatCode('
        yield str(environment.finalize((undefined(name='int_type') if l_0_int_type is missing else l_0_int_type)))
        yield '(e))), nil\n}\n\n// UnmarshalText sets the code to the constant of a name on the page, e.g.\n// "INVALID_REQUEST" (see ['
        yield str(environment.finalize(t_5(environment.getattr(l_1_g, 'parse'))))
        yield ']), or to a value in decimal, as\n// MarshalText writes a value the page does not list.\nfunc (e *'
        yield str(environment.finalize(t_5(environment.getattr(l_1_g, 'type'))))
        yield ') UnmarshalText(text []byte) error {\n\tv, err := '
        yield str(environment.finalize(t_5(environment.getattr(l_1_g, 'parse'))))
        yield '(string(text))\n\tif err != nil {\n\t\tcode, ok := headerCode(string(text))\n\t\tif !ok {\n\t\t\treturn err\n\t\t}\n\t\tv = '
        yield str(environment.finalize(t_5(environment.getattr(l_1_g, 'type'))))
        yield '(code)\n\t}\n\t*e = v\n\treturn nil\n}\n\n// '
        yield str(environment.finalize(t_5(environment.getattr(l_1_g, 'parse'))))
        yield ' returns the constant of a name on the page, e.g.\n// "INVALID_REQUEST", and an error for a name no code of the category has.\nfunc '
        yield str(environment.finalize(t_5(environment.getattr(l_1_g, 'parse'))))
        yield '(name string) ('
        yield str(environment.finalize(t_5(environment.getattr(l_1_g, 'type'))))
        yield ', error) {\n'
        if environment.getattr(l_1_g, 'consts'):
            pass
            yield '\tswitch name {\n'
            for l_2_k in environment.getattr(l_1_g, 'consts'):
                _loop_vars = {}
                pass
                yield '\tcase '
                yield str(environment.finalize(t_4(environment.getattr(environment.getattr(l_2_k, 'entry'), 'name'))))
                yield ':\n\t\treturn '
                yield str(environment.finalize(t_5(environment.getattr(l_2_k, 'name'))))
                yield ', nil\n'
            l_2_k = missing
            yield '\t}\n'
        yield '\tcategory := strconv.Quote('
        yield str(environment.finalize(t_4(environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'id'))))
        yield ')\n\treturn 0, errors.New("'
        yield str(environment.finalize(t_5((undefined(name='package') if l_0_package is missing else l_0_package))))
        yield ': no code of category " + category + " is named " + strconv.Quote(name))\n}\n\n// '
        yield str(environment.finalize(t_5(environment.getattr(l_1_g, 'values'))))
        yield " returns every code of the category, in the page's order.\nfunc "
        yield str(environment.finalize(t_5(environment.getattr(l_1_g, 'values'))))
        yield '() []'
        yield str(environment.finalize(t_5(environment.getattr(l_1_g, 'type'))))
        yield ' {\n'
        if environment.getattr(l_1_g, 'consts'):
            pass
            yield '\treturn []'
            yield str(environment.finalize(t_5(environment.getattr(l_1_g, 'type'))))
            yield '{\n'
            for l_2_k in environment.getattr(l_1_g, 'consts'):
                _loop_vars = {}
                pass
                yield '\t\t'
                yield str(environment.finalize(t_5(environment.getattr(l_2_k, 'name'))))
                yield ',\n'
            l_2_k = missing
            yield '\t}\n'
        else:
            pass
            yield '\treturn nil\n'
        yield '}\n'
        if environment.getattr(l_1_g, 'consts'):
            pass
            yield "\n// info returns the code's row of infos, or nil for a value the page does not list.\nfunc (e "
            yield str(environment.finalize(t_5(environment.getattr(l_1_g, 'type'))))
            yield ') info() *Info {\n\tswitch e {\n'
            for l_2_k in environment.getattr(l_1_g, 'consts'):
                _loop_vars = {}
                pass
                yield '\tcase '
                yield str(environment.finalize(t_5(environment.getattr(l_2_k, 'name'))))
                yield ':\n\t\treturn &infos['
                yield str(environment.finalize(t_3(environment.getattr(l_2_k, 'index'))))
                yield ']\n'
            l_2_k = missing
            yield '\t}\n\treturn nil\n}\n'
        else:
            pass
            yield '\n// info returns nil: the page lists no code in this category.\nfunc ('
            yield str(environment.finalize(t_5(environment.getattr(l_1_g, 'type'))))
            yield ') info() *Info {\n\treturn nil\n}\n'
    l_1_loop = l_1_g = l_1_c = l_1_fallback = missing
    yield "\n// infos holds every code of the page, in the page's order.\n"
    if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'entries'):
        pass
        yield 'var infos = []Info{\n'
        l_1_loop = missing
        for l_1_g, l_1_loop in LoopContext((undefined(name='categories') if l_0_categories is missing else l_0_categories), undefined):
            _loop_vars = {}
            pass
            l_2_loop = missing
            for l_2_k, l_2_loop in LoopContext(environment.getattr(l_1_g, 'consts'), undefined):
                l_2_e = l_2_texts = missing
                _loop_vars = {}
                pass
                yield '\t{Category: '
                yield str(environment.finalize(t_4(environment.getattr(environment.getattr(l_1_g, 'category'), 'id'))))
                yield ', Name: '
                yield str(environment.finalize(t_4(environment.getattr(environment.getattr(l_2_k, 'entry'), 'name'))))
                yield ', Code: '
                yield str(environment.finalize(t_3(environment.getattr(environment.getattr(l_2_k, 'entry'), 'code'))))
                l_2_e = environment.getattr(l_2_k, 'entry')
                _loop_vars['e'] = l_2_e
                yield ', Description: '
                yield str(environment.finalize(t_4(environment.getattr((undefined(name='e') if l_2_e is missing else l_2_e), 'description'))))
                if (not t_6(environment.getattr((undefined(name='e') if l_2_e is missing else l_2_e), 'action'))):
                    pass
                    yield ', Action: '
                    yield str(environment.finalize(t_4(environment.getattr((undefined(name='e') if l_2_e is missing else l_2_e), 'action'))))
                if environment.getattr((undefined(name='e') if l_2_e is missing else l_2_e), 'deprecated'):
                    pass
                    yield ', Deprecated: true'
                l_2_texts = context.call(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'translations'), (undefined(name='e') if l_2_e is missing else l_2_e), _loop_vars=_loop_vars)
                _loop_vars['texts'] = l_2_texts
                if (undefined(name='texts') if l_2_texts is missing else l_2_texts):
                    pass
                    yield ', Translations: []LocalizedText{'
                    l_3_loop = missing
                    for l_3_t, l_3_loop in LoopContext((undefined(name='texts') if l_2_texts is missing else l_2_texts), undefined):
                        _loop_vars = {}
                        pass
                        yield '{Locale: '
                        yield str(environment.finalize(t_4(environment.getattr(l_3_t, 'locale'))))
                        yield ', Description: '
                        yield str(environment.finalize(t_4(environment.getattr(l_3_t, 'description'))))
                        if (not t_6(environment.getattr(l_3_t, 'action'))):
                            pass
                            yield ', Action: '
                            yield str(environment.finalize(t_4(environment.getattr(l_3_t, 'action'))))
                        yield '}'
                        if (not environment.getattr(l_3_loop, 'last')):
                            pass
                            yield ', '
                    l_3_loop = l_3_t = missing
                    yield '}'
                if environment.getattr((undefined(name='e') if l_2_e is missing else l_2_e), 'see_also'):
                    pass
                    yield ', SeeAlso: []struct{ Set, Category, Code string }{'
                    l_3_loop = missing
                    for (l_3_s, l_3_sc, l_3_code), l_3_loop in LoopContext(environment.getattr((undefined(name='e') if l_2_e is missing else l_2_e), 'see_also'), undefined):
                        _loop_vars = {}
                        pass
                        yield '{Set: '
                        yield str(environment.finalize(t_4(l_3_s)))
                        yield ', Category: '
                        yield str(environment.finalize(t_4(l_3_sc)))
                        yield ', Code: '
                        yield str(environment.finalize(t_1(l_3_code)))
                        yield '}'
                        if (not environment.getattr(l_3_loop, 'last')):
                            pass
                            yield ', '
                    l_3_loop = l_3_s = l_3_sc = l_3_code = missing
                    yield '}'
                if environment.getattr((undefined(name='e') if l_2_e is missing else l_2_e), 'variants'):
                    pass
                    yield ', Variants: []Variant{'
                    l_3_loop = missing
                    for l_3_v, l_3_loop in LoopContext(environment.getattr((undefined(name='e') if l_2_e is missing else l_2_e), 'variants'), undefined):
                        l_3_vt = missing
                        _loop_vars = {}
                        pass
                        yield '{Description: '
                        yield str(environment.finalize(t_4(environment.getattr(l_3_v, 'description'))))
                        if (not t_6(environment.getattr(l_3_v, 'action'))):
                            pass
                            yield ', Action: '
                            yield str(environment.finalize(t_4(environment.getattr(l_3_v, 'action'))))
                        if environment.getattr(l_3_v, 'variant'):
                            pass
                            yield ', Column: '
                            yield str(environment.finalize(t_4(environment.getitem(environment.getattr(l_3_v, 'variant'), 0))))
                            yield ', Value: '
                            yield str(environment.finalize(t_4(environment.getitem(environment.getattr(l_3_v, 'variant'), 1))))
                        l_3_vt = context.call(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'translations'), l_3_v, _loop_vars=_loop_vars)
                        _loop_vars['vt'] = l_3_vt
                        if (undefined(name='vt') if l_3_vt is missing else l_3_vt):
                            pass
                            yield ', Translations: []LocalizedText{'
                            l_4_loop = missing
                            for l_4_t, l_4_loop in LoopContext((undefined(name='vt') if l_3_vt is missing else l_3_vt), undefined):
                                _loop_vars = {}
                                pass
                                yield '{Locale: '
                                yield str(environment.finalize(t_4(environment.getattr(l_4_t, 'locale'))))
                                yield ', Description: '
                                yield str(environment.finalize(t_4(environment.getattr(l_4_t, 'description'))))
                                if (not t_6(environment.getattr(l_4_t, 'action'))):
                                    pass
                                    yield ', Action: '
                                    yield str(environment.finalize(t_4(environment.getattr(l_4_t, 'action'))))
                                yield '}'
                                if (not environment.getattr(l_4_loop, 'last')):
                                    pass
                                    yield ', '
                            l_4_loop = l_4_t = missing
                            yield '}'
                        yield '}'
                        if (not environment.getattr(l_3_loop, 'last')):
                            pass
                            yield ', '
                    l_3_loop = l_3_v = l_3_vt = missing
                    yield '}'
                yield '},\n'
            l_2_loop = l_2_k = l_2_e = l_2_texts = missing
        l_1_loop = l_1_g = missing
        yield '}\n'
    else:
        pass
        yield 'var infos []Info\n'
    yield "\n// clone returns a copy of info that shares nothing with infos.\nfunc clone(info Info) Info {\n\tinfo.Translations = append([]LocalizedText(nil), info.Translations...)\n\tinfo.SeeAlso = append(info.SeeAlso[:0:0], info.SeeAlso...)\n\tinfo.Variants = append([]Variant(nil), info.Variants...)\n\treturn info\n}\n\n// All returns every code of the page, in the page's order.\nfunc All() []Info {\n\tout := make([]Info, len(infos))\n\tfor i, info := range infos {\n\t\tout[i] = clone(info)\n\t}\n\treturn out\n}\n\n// Lookup returns every code with the value code, across categories, in the\n// page's order; nil for a value the page does not list.\nfunc Lookup(code "
    yield str(environment.finalize((undefined(name='int_type') if l_0_int_type is missing else l_0_int_type)))
    yield ') []Info {\n\tvar out []Info\n\tfor _, info := range infos {\n\t\tif info.Code == code {\n\t\t\tout = append(out, clone(info))\n\t\t}\n\t}\n\treturn out\n}\n\n// listed reports whether the page lists code.\nfunc listed(code '
    yield str(environment.finalize((undefined(name='int_type') if l_0_int_type is missing else l_0_int_type)))
    yield ") bool {\n\tfor _, info := range infos {\n\t\tif info.Code == code {\n\t\t\treturn true\n\t\t}\n\t}\n\treturn false\n}\n\n// statusRow is a row of the page that gives an HTTP status: the code of\n// infos[info], or its Variants[variant] when variant is not -1.\ntype statusRow struct {\n\tinfo, variant, status int\n}\n\n// description returns the row's text.\nfunc (r statusRow) description() string {\n\tif r.variant < 0 {\n\t\treturn infos[r.info].Description\n\t}\n\treturn infos[r.info].Variants[r.variant].Description\n}\n\n// statusRows holds every row of the page that gives an HTTP status, in the\n// page's order.\n"
    if (undefined(name='status_rows') if l_0_status_rows is missing else l_0_status_rows):
        pass
        yield 'var statusRows = []statusRow{\n'
        for (l_1_info, l_1_variant, l_1_status) in (undefined(name='status_rows') if l_0_status_rows is missing else l_0_status_rows):
            _loop_vars = {}
            pass
            yield '\t{'
            yield str(environment.finalize(l_1_info))
            yield ', '
            yield str(environment.finalize(l_1_variant))
            yield ', '
            yield str(environment.finalize(l_1_status))
            yield '},\n'
        l_1_info = l_1_variant = l_1_status = missing
        yield '}\n'
    else:
        pass
        yield 'var statusRows []statusRow\n'
    yield '\n// FromHeader returns every code matching the value of an X-ErrNo response\n// header, such as " -46618 ": spaces and tabs around it are ignored, then an\n// optional sign and up to 18 ASCII digits are accepted. It returns nil for\n// any other value.\nfunc FromHeader(value string) []Info {\n\tcode, ok := headerCode(strings.Trim(value, " \\t"))\n\tif !ok {\n\t\treturn nil\n\t}\n\treturn Lookup(code)\n}\n\n// formatCode returns a code in decimal.\nfunc formatCode(code '
    yield str(environment.finalize((undefined(name='int_type') if l_0_int_type is missing else l_0_int_type)))
    yield ') string {\n\treturn '
    if (undefined(name='wide') if l_0_wide is missing else l_0_wide):
        pass
        yield 'strconv.FormatInt(code, 10)'
    else:
        pass
        yield 'strconv.Itoa(code)'
    yield '\n}\n\n// headerCode returns the code that text spells, an optional sign and up to 18\n// ASCII digits, and whether it spells one.\nfunc headerCode(text string) ('
    yield str(environment.finalize((undefined(name='int_type') if l_0_int_type is missing else l_0_int_type)))
    yield ', bool) {\n\tdigits := text\n\tif digits != "" && (digits[0] == \'-\' || digits[0] == \'+\') {\n\t\tdigits = digits[1:]\n\t}\n\tif digits == "" || len(digits) > 18 {\n\t\treturn 0, false\n\t}\n\tfor i := 0; i < len(digits); i++ {\n\t\tif digits[i] < \'0\' || digits[i] > \'9\' {\n\t\t\treturn 0, false\n\t\t}\n\t}\n\tcode, err := '
    if (undefined(name='wide') if l_0_wide is missing else l_0_wide):
        pass
        yield 'strconv.ParseInt(text, 10, 64)'
    else:
        pass
        yield 'strconv.Atoi(text)'
    yield '\n\treturn code, err == nil\n}\n\n// UnknownError is what errors.As finds in an [*Error] whose code the page\n// does not list.\ntype UnknownError struct {\n\tCode '
    yield str(environment.finalize((undefined(name='int_type') if l_0_int_type is missing else l_0_int_type)))
    yield ' // the code as received\n}\n\n// Error returns the code, e.g. "'
    yield str(environment.finalize(t_5((undefined(name='package') if l_0_package is missing else l_0_package))))
    yield ': unknown error code -1".\nfunc (e *UnknownError) Error() string {\n\treturn "'
    yield str(environment.finalize(t_5((undefined(name='package') if l_0_package is missing else l_0_package))))
    yield ': unknown error code " + formatCode(e.Code)\n}\n\n// ErrMalformedHeader is matched by errors.Is in an [*Error] whose X-ErrNo\n// header is no code: not an optional sign and up to 18 ASCII digits.\nvar ErrMalformedHeader = errors.New("'
    yield str(environment.finalize(t_5((undefined(name='package') if l_0_package is missing else l_0_package))))
    yield ': malformed X-ErrNo header value")\n\n// malformedHeaderError is the error of a malformed header value.\ntype malformedHeaderError struct {\n\tvalue string\n}\n\nfunc (e *malformedHeaderError) Error() string {\n\treturn ErrMalformedHeader.Error() + " " + strconv.Quote(e.value)\n}\n\nfunc (e *malformedHeaderError) Unwrap() error {\n\treturn ErrMalformedHeader\n}\n\n// ErrorFromHeader returns the error of the value of an X-ErrNo response\n// header, such as " -46618\\n" (spaces, tabs, carriage returns and newlines\n// around it are ignored): nil for an empty value, else the [*Error] of [New]\n// for a response with that header. errors.Is and errors.As match it with the\n// code\'s constant in every category that has the code, e.g.\n// DownloadSignatureAuthenticationFails; with an [*UnknownError] for a code the\n// page does not list; and with [ErrMalformedHeader] for any other value.\nfunc ErrorFromHeader(value string) error {\n\tif strings.Trim(value, " \\t\\r\\n") == "" {\n\t\treturn nil\n\t}\n\treturn New(Response{Header: http.Header{"X-Errno": {value}}})\n}\n\n// codeError returns the constant of a code of a category, as an error.\nfunc codeError(category string, code '
    yield str(environment.finalize((undefined(name='int_type') if l_0_int_type is missing else l_0_int_type)))
    yield ') error {\n'
    if (undefined(name='categories') if l_0_categories is missing else l_0_categories):
        pass
        yield '\tswitch category {\n'
        for l_1_g in (undefined(name='categories') if l_0_categories is missing else l_0_categories):
            _loop_vars = {}
            pass
            yield '\tcase '
            yield str(environment.finalize(t_4(environment.getattr(environment.getattr(l_1_g, 'category'), 'id'))))
            yield ':\n\t\treturn '
            yield str(environment.finalize(t_5(environment.getattr(l_1_g, 'type'))))
            yield '(code)\n'
        l_1_g = missing
        yield '\t}\n'
    yield '\treturn &UnknownError{Code: code}\n}\n\n'
    l_1_int_page = True
    pass
    template = environment.get_template('go/response.go.j2', 'go/package.go.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'int_page': l_1_int_page}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    l_1_int_page = missing

blocks = {}
debug_info = '1=54&3=56&31=60&43=62&47=65&68=74&168=78&169=86&170=90&171=92&173=95&174=99&175=101&177=104&179=106&183=110&184=114&186=117&188=120&189=123&192=127&193=129&197=133&203=142&204=144&208=146&213=150&221=152&230=154&239=156&246=158&247=160&248=162&253=164&259=166&260=168&261=172&263=174&264=176&266=178&271=180&275=182&279=184&281=186&282=188&288=190&294=192&296=194&297=198&299=201&300=205&301=207&305=212&306=214&309=216&310=218&311=222&312=225&313=227&314=231&321=239&324=242&326=244&327=248&328=250&336=257&343=261&345=265&346=269&347=274&348=279&349=283&350=287&351=290&352=292&353=296&354=303&355=308&358=313&359=317&360=327&363=332&364=336&365=342&366=346&367=352&368=354&369=358&370=365&371=370&374=376&403=389&414=391&439=393&441=396&442=400&462=412&463=414&469=421&482=423&490=430&493=432&495=434&500=436&530=438&531=440&533=443&534=447&535=449&542=456'
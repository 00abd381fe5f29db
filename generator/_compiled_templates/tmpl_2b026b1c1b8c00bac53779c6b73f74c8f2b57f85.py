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
    yield " lists the error codes of Tencent Cloud Infinite (CI), as\n// published on its error-code page: one integer type per category of the page,\n// one constant per code.\n//\n// Every constant has String, Description, Action, Category and Deprecated\n// methods. The same code can appear in more than one category: [Lookup]\n// returns every match, and [FromHeader] does the same for the value of an\n// X-ErrNo response header.\n//\n// Texts are in the page's default locale, [DefaultLocale]; DescriptionIn,\n// ActionIn, TitleIn and FallbackIn give them in any locale of [Locales], each\n// text falling back to the default locale's where that locale's page has none.\npackage "
    yield str(environment.finalize(t_5((undefined(name='package') if l_0_package is missing else l_0_package))))
    yield '\n\nimport (\n\t"strconv"\n\t"strings"\n)\n\n// DefaultLocale is the locale of the page whose texts Description, Action,\n// Title and Fallback are.\nconst DefaultLocale = '
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
    yield '\n\tDescription  string\n\tAction       string          // "" where the page lists no action\n\tDeprecated   bool            // retired from the page, kept for compatibility\n\tTranslations []LocalizedText // the texts of the other locales, as their pages give them\n\t// SeeAlso names the same code on other pages (e.g. the job page\'s symbolic\n\t// code): their set, category and code (an integer code in decimal).\n\tSeeAlso []struct{ Set, Category, Code string }\n}\n\n// DescriptionIn returns what the code means in the given locale; Description\n// where that locale\'s page does not have the code.\nfunc (i Info) DescriptionIn(locale string) string {\n\tfor _, t := range i.Translations {\n\t\tif t.Locale == locale {\n\t\t\treturn t.Description\n\t\t}\n\t}\n\treturn i.Description\n}\n\n// ActionIn returns what to do about the code in the given locale; Action\n// where that locale\'s page lists no action or does not have the code.\nfunc (i Info) ActionIn(locale string) string {\n\tfor _, t := range i.Translations {\n\t\tif t.Locale == locale && t.Action != "" {\n\t\t\treturn t.Action\n\t\t}\n\t}\n\treturn i.Action\n}\n\n// CategoryInfo describes one category: one section of the page.\ntype CategoryInfo struct {\n\tID           string\n\tTitle        string\n\tFallback     string         // what the codes the page does not list mean; "" if it does not say\n\tTranslations []CategoryText // the texts of the other locales, as their pages give them\n}\n\n// TitleIn returns the category\'s heading in the given locale; Title where\n// that locale\'s page does not have the category.\nfunc (c CategoryInfo) TitleIn(locale string) string {\n\tfor _, t := range c.Translations {\n\t\tif t.Locale == locale {\n\t\t\treturn t.Title\n\t\t}\n\t}\n\treturn c.Title\n}\n\n// FallbackIn returns what the codes the page does not list mean, in the given\n// locale; Fallback where that locale\'s page does not say or does not have the\n// category.\nfunc (c CategoryInfo) FallbackIn(locale string) string {\n\tfor _, t := range c.Translations {\n\t\tif t.Locale == locale && t.Fallback != "" {\n\t\t\treturn t.Fallback\n\t\t}\n\t}\n\treturn c.Fallback\n}\n\n'
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
                l_2_description = missing
                _loop_vars = {}
                pass
                l_2_description = t_2(environment.getattr(environment.getattr(l_2_k, 'entry'), 'description'))
                _loop_vars['description'] = l_2_description
                if (not environment.getattr(l_2_loop, 'first')):
                    pass
                    yield '\n'
                yield '\t// '
                yield str(environment.finalize(t_5(environment.getattr(l_2_k, 'name'))))
                yield ':'
                if (undefined(name='description') if l_2_description is missing else l_2_description):
                    pass
                    yield ' '
                    yield str(environment.finalize((undefined(name='description') if l_2_description is missing else l_2_description)))
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
            l_2_loop = l_2_k = l_2_description = missing
            yield ')\n'
        yield '\n// String returns the code\'s name on the page, e.g. "INVALID_REQUEST", or\n// "'
        yield str(environment.finalize(t_5(environment.getattr(l_1_g, 'type'))))
        yield '(-1)" for a value the page does not list.\nfunc (e '
        yield str(environment.finalize(t_5(environment.getattr(l_1_g, 'type'))))
        yield ') String() string {\n\tif i := e.info(); i != nil {\n\t\treturn i.Name\n\t}\n'
        if (undefined(name='wide') if l_0_wide is missing else l_0_wide):
            pass
            yield '\treturn "'
            yield str(environment.finalize(t_5(environment.getattr(l_1_g, 'type'))))
            yield '(" + strconv.FormatInt(int64(e), 10) + ")"\n'
        else:
            pass
            yield '\treturn "'
            yield str(environment.finalize(t_5(environment.getattr(l_1_g, 'type'))))
            yield '(" + strconv.Itoa(int(e)) + ")"\n'
        yield '}\n\n// Description returns what the code means, in the page\'s words; "" for a\n// value the page does not list.\nfunc (e '
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
        yield ') Deprecated() bool {\n\ti := e.info()\n\treturn i != nil && i.Deprecated\n}\n'
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
                yield '},\n'
            l_2_loop = l_2_k = l_2_e = l_2_texts = missing
        l_1_loop = l_1_g = missing
        yield '}\n'
    else:
        pass
        yield 'var infos []Info\n'
    yield "\n// clone returns a copy of info that shares nothing with infos.\nfunc clone(info Info) Info {\n\tinfo.Translations = append([]LocalizedText(nil), info.Translations...)\n\tinfo.SeeAlso = append(info.SeeAlso[:0:0], info.SeeAlso...)\n\treturn info\n}\n\n// All returns every code of the page, in the page's order.\nfunc All() []Info {\n\tout := make([]Info, len(infos))\n\tfor i, info := range infos {\n\t\tout[i] = clone(info)\n\t}\n\treturn out\n}\n\n// Lookup returns every code with the value code, across categories, in the\n// page's order; nil for a value the page does not list.\nfunc Lookup(code "
    yield str(environment.finalize((undefined(name='int_type') if l_0_int_type is missing else l_0_int_type)))
    yield ') []Info {\n\tvar out []Info\n\tfor _, info := range infos {\n\t\tif info.Code == code {\n\t\t\tout = append(out, clone(info))\n\t\t}\n\t}\n\treturn out\n}\n\n// FromHeader returns every code matching the value of an X-ErrNo response\n// header, such as " -46618 ": spaces and tabs around it are ignored, then an\n// optional sign and up to 18 ASCII digits are accepted. It returns nil for\n// any other value.\nfunc FromHeader(value string) []Info {\n\ttext := strings.Trim(value, " \\t")\n\tdigits := text\n\tif digits != "" && (digits[0] == \'-\' || digits[0] == \'+\') {\n\t\tdigits = digits[1:]\n\t}\n\tif digits == "" || len(digits) > 18 {\n\t\treturn nil\n\t}\n\tfor i := 0; i < len(digits); i++ {\n\t\tif digits[i] < \'0\' || digits[i] > \'9\' {\n\t\t\treturn nil\n\t\t}\n\t}\n\tcode, err := '
    if (undefined(name='wide') if l_0_wide is missing else l_0_wide):
        pass
        yield 'strconv.ParseInt(text, 10, 64)'
    else:
        pass
        yield 'strconv.Atoi(text)'
    yield '\n\tif err != nil {\n\t\treturn nil\n\t}\n\treturn Lookup(code)\n}\n'

blocks = {}
debug_info = '1=53&3=55&15=57&24=59&28=62&49=71&112=75&113=83&114=87&115=89&117=92&118=96&119=98&121=101&123=103&127=107&128=111&130=114&132=117&133=121&134=123&137=127&139=134&143=138&149=147&150=149&154=151&155=154&157=159&163=162&171=164&180=166&189=168&196=170&197=172&198=174&203=176&207=178&210=181&212=183&213=187&214=189&222=196&229=200&231=204&232=208&233=213&234=218&235=222&236=226&237=229&238=231&239=235&240=242&241=247&244=252&245=256&246=266&274=279&302=281'
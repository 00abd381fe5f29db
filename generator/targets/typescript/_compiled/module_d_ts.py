from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'typescript/module.d.ts.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_view = resolve('view')
    l_0_exception = resolve('exception')
    try:
        t_1 = environment.filters['ident']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'ident' found.")
    try:
        t_2 = environment.filters['ts_comment']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'ts_comment' found.")
    try:
        t_3 = environment.filters['ts_doc']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'ts_doc' found.")
    try:
        t_4 = environment.filters['ts_lit']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'ts_lit' found.")
    try:
        t_5 = environment.filters['ts_str']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'ts_str' found.")
    try:
        t_6 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    yield '// '
    yield str(environment.finalize(t_2(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'header'))))
    yield '\n/**\n * '
    yield str(environment.finalize(t_3(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'product_label'))))
    yield ' error codes: one constant object per category of the upstream page.\n *\n * Each category object maps a constant name to its code, and the type of the same name is\n * the union of those codes. `ERRORS` describes every code (`action` is `null` where the page\n * lists none); `lookup(code)` returns every entry with a code, across categories, and\n * `fromHeader(value)` does the same for an `X-ErrNo` header value. `'
    yield str(environment.finalize((undefined(name='exception') if l_0_exception is missing else l_0_exception)))
    yield "` is an error\n * to throw and catch, carrying the response (code, entries, status, server message, request\n * and trace ids, fault, retryable, cause): `errorFrom(parts)` gives the one of a response's\n * parts, `fromCosError(err)` the one of an error of Tencent's Node SDK (cos-nodejs-sdk-v5),\n * `exceptionFromHeader(value)` the one of a header value; none of them throws.\n * `ErrorInfo` is a union discriminated by `category`: narrowing on it\n * gives that category's codes. A code that a table lists on several rows is one entry, whose\n * `variants` gives every row (`Variant`: its text, and the column value that tells it apart).\n *\n * Texts are in the default locale, `DEFAULT_LOCALE`; `localize(info, locale)` and\n * `localizeCategory(info, locale)` give them in any locale of `LOCALES`, each text falling\n * back to the default locale's where that locale's page has none. `translations` holds the\n * other locales' texts as their pages give them.\n *\n * @packageDocumentation\n */\n/** A locale of the upstream page. */\nexport type Locale = "
    l_1_loop = missing
    for l_1_locale, l_1_loop in LoopContext(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'locales'), undefined):
        _loop_vars = {}
        pass
        yield str(environment.finalize(t_5(l_1_locale)))
        if (not environment.getattr(l_1_loop, 'last')):
            pass
            yield ' | '
    l_1_loop = l_1_locale = missing
    yield ";\n/** The locale of `description`, `action`, `title` and `fallback`. */\nexport declare const DEFAULT_LOCALE: Locale;\n/** Every locale of the upstream page, the default first. */\nexport declare const LOCALES: readonly Locale[];\n/** A code's texts in one locale. */\nexport interface LocalizedText {\n    /** What the code means. */\n    readonly description: string;\n    /** What to do about it, or `null` where the page lists no action. */\n    readonly action: string | null;\n}\n/** A category's texts in one locale. */\nexport interface CategoryText {\n    /** The section's heading. */\n    readonly title: string;\n    /** What the page says about codes of this category it does not list, or `null`. */\n    readonly fallback: string | null;\n}\n"
    l_1_translated = True
    pass
    template = environment.get_template('typescript/category_types.d.ts.j2', 'typescript/module.d.ts.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'translated': l_1_translated}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    l_1_translated = missing
    yield '/**\n * One row of the upstream page for a code that its table lists on several rows, told apart\n * by `value`, the row\'s text in the column headed `column` (e.g. `"HTTP Status"`, `"409 Conflict"`).\n */\nexport interface Variant {\n    /** What the code means on this row, in the upstream page\'s words. */\n    readonly description: string;\n    /** What to do about it, or `null` where the row lists no action. */\n    readonly action: string | null;\n    /** The header of the column that tells the rows apart, or `null` where none does. */\n    readonly column: string | null;\n    /** This row\'s text in that column, or `null` where none does. */\n    readonly value: string | null;\n    /** The row\'s texts in the other locales, as their pages give them (see `localize`). */\n    readonly translations?: Readonly<Partial<Record<Locale, LocalizedText>>>;\n}\n/** One code of the upstream page, of the category `C`; its code is one of `K`. */\nexport interface ErrorInfoOf<C extends CategoryId, K extends number> {\n    readonly category: C;\n    readonly code: K;\n    /** The constant\'s name in its category object. */\n    readonly name: string;\n    /** What the code means, in the upstream page\'s words. */\n    readonly description: string;\n    /** What to do about it, or `null` where the page lists no action. */\n    readonly action: string | null;\n    /** True for a code the page no longer lists, kept so that no constant vanishes. */\n    readonly deprecated: boolean;\n    /** The texts of the other locales, as their pages give them (see `localize`). */\n    readonly translations?: Readonly<Partial<Record<Locale, LocalizedText>>>;\n    /** Where other pages give the same code (e.g. the job page\'s symbolic code), if anywhere. */\n    readonly seeAlso?: readonly {\n        readonly set: string;\n        readonly category: string;\n        readonly code: number | string;\n    }[];\n    /**\n     * Every row of the page with this code in this category, in the page\'s order (the first is\n     * the one `description` and `action` give), where the page lists it on several rows; absent\n     * otherwise (`info.variants ?? [info]` gives the rows in either case).\n     */\n    readonly variants?: readonly Variant[];\n}\n/** One code of the upstream page: narrowing on `category` gives that category\'s codes. */\nexport type ErrorInfo = '
    l_1_loop = missing
    t_7 = 1
    for l_1_c, l_1_loop in LoopContext(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'categories'), undefined):
        _loop_vars = {}
        pass
        yield 'ErrorInfoOf<'
        yield str(environment.finalize(t_5(environment.getattr(l_1_c, 'id'))))
        yield ', '
        yield str(environment.finalize(t_1(environment.getattr(l_1_c, 'name'))))
        yield '>'
        if (not environment.getattr(l_1_loop, 'last')):
            pass
            yield ' | '
        t_7 = 0
    l_1_loop = l_1_c = missing
    if t_7:
        pass
        yield 'ErrorInfoOf<never, never>'
    yield ';\n'
    for l_1_c in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'categories'):
        l_1_title = missing
        _loop_vars = {}
        pass
        l_1_title = t_3(environment.getattr(l_1_c, 'title'))
        _loop_vars['title'] = l_1_title
        yield '/**\n'
        if (undefined(name='title') if l_1_title is missing else l_1_title):
            pass
            yield ' * '
            yield str(environment.finalize((undefined(name='title') if l_1_title is missing else l_1_title)))
            yield '\n *\n'
        yield ' * Codes of the category `'
        yield str(environment.finalize(t_3(environment.getattr(l_1_c, 'id'))))
        yield '`.\n'
        if (not t_6(environment.getattr(l_1_c, 'fallback'))):
            pass
            yield ' * Any other code of this category:'
            if environment.getattr(l_1_c, 'fallback'):
                pass
                yield ' '
                yield str(environment.finalize(t_3(environment.getattr(l_1_c, 'fallback'))))
            yield '\n'
        if environment.getattr(l_1_c, 'deprecated'):
            pass
            yield ' *\n * @deprecated Retired from the upstream page; kept for compatibility.\n'
        yield ' */\n'
        if environment.getattr(l_1_c, 'entries'):
            pass
            yield 'export declare const '
            yield str(environment.finalize(t_1(environment.getattr(l_1_c, 'name'))))
            yield ': {\n'
            for l_2_e in environment.getattr(l_1_c, 'entries'):
                l_2_text = missing
                _loop_vars = {}
                pass
                l_2_text = t_3(environment.getattr(l_2_e, 'description'))
                _loop_vars['text'] = l_2_text
                if environment.getattr(l_2_e, 'deprecated'):
                    pass
                    yield '    /** @deprecated Retired from the upstream page; kept for compatibility.'
                    if (undefined(name='text') if l_2_text is missing else l_2_text):
                        pass
                        yield ' '
                        yield str(environment.finalize((undefined(name='text') if l_2_text is missing else l_2_text)))
                    yield ' */\n'
                elif (undefined(name='text') if l_2_text is missing else l_2_text):
                    pass
                    yield '    /** '
                    yield str(environment.finalize((undefined(name='text') if l_2_text is missing else l_2_text)))
                    yield ' */\n'
                yield '    readonly '
                yield str(environment.finalize(t_1(environment.getattr(l_2_e, 'name'))))
                yield ': '
                yield str(environment.finalize(t_4(environment.getattr(l_2_e, 'code'))))
                yield ';\n'
            l_2_e = l_2_text = missing
            yield '};\n'
        else:
            pass
            yield 'export declare const '
            yield str(environment.finalize(t_1(environment.getattr(l_1_c, 'name'))))
            yield ': {};\n'
        yield 'export type '
        yield str(environment.finalize(t_1(environment.getattr(l_1_c, 'name'))))
        yield ' = (typeof '
        yield str(environment.finalize(t_1(environment.getattr(l_1_c, 'name'))))
        yield ')[keyof typeof '
        yield str(environment.finalize(t_1(environment.getattr(l_1_c, 'name'))))
        yield '];\n'
    l_1_c = l_1_title = missing
    yield '/** Every category, in the page\'s order. */\nexport declare const CATEGORIES: readonly CategoryInfo[];\n/** Every code of every category, in the page\'s order. */\nexport declare const ERRORS: readonly ErrorInfo[];\n/** Returns every entry with this code, across categories; `[]` for an unknown code. */\nexport declare function lookup(code: number): readonly ErrorInfo[];\n/** Returns a code\'s (or one row\'s) texts in `locale`; each the default locale\'s where that locale\'s page has none. */\nexport declare function localize(info: ErrorInfo | Variant, locale: Locale): LocalizedText;\n/** Returns the category\'s texts in `locale`; each the default locale\'s where that locale\'s page has none. */\nexport declare function localizeCategory(info: CategoryInfo, locale: Locale): CategoryText;\n/** True for a locale of `LOCALES` (a value `localize` and `localizeCategory` accept). */\nexport declare function isLocale(value: string): value is Locale;\n/**\n * Returns the entries for an `X-ErrNo` header value such as `" -46618 "`; `[]` if there are none.\n *\n * The value is a string, or several as Node gives them (`string[]`). Spaces, tabs and newlines\n * around it are ignored; anything but an optional sign followed by ASCII digits (or several\n * values that disagree) gives `[]`.\n */\nexport declare function fromHeader(value: string | readonly string[] | null | undefined): readonly ErrorInfo[];\n/**\n * Returns the `'
    yield str(environment.finalize((undefined(name='exception') if l_0_exception is missing else l_0_exception)))
    yield '` of an `X-ErrNo` header value, as Node gives it (`string | string[] |\n * undefined`), to throw; `undefined` for no value or a blank one. Spaces, tabs and newlines\n * around the value are ignored; a malformed value (or several values that disagree) gives an\n * unknown error whose `code` is the raw value. Never throws (see `errorFrom`).\n */\nexport declare function exceptionFromHeader(value: string | readonly string[] | null | undefined): '
    yield str(environment.finalize((undefined(name='exception') if l_0_exception is missing else l_0_exception)))
    yield ' | undefined;\n'
    l_1_by_number = True
    pass
    template = environment.get_template('typescript/error.d.ts.j2', 'typescript/module.d.ts.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'by_number': l_1_by_number}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    l_1_by_number = missing

blocks = {}
debug_info = '3=50&5=52&10=54&27=57&28=61&47=68&92=78&93=86&94=95&95=99&97=102&98=105&101=108&102=110&103=113&105=118&110=122&111=125&112=127&113=131&114=133&115=136&116=141&117=144&119=147&123=156&125=159&148=167&155=169&156=173'
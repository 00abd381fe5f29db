from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'typescript/module.ts.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_view = resolve('view')
    l_0_exception = resolve('exception')
    l_0_js = resolve('js')
    try:
        t_1 = environment.filters['ident']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'ident' found.")
    try:
        t_2 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_3 = environment.filters['ts_comment']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'ts_comment' found.")
    try:
        t_4 = environment.filters['ts_doc']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'ts_doc' found.")
    try:
        t_5 = environment.filters['ts_lit']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'ts_lit' found.")
    try:
        t_6 = environment.filters['ts_opt_str']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'ts_opt_str' found.")
    try:
        t_7 = environment.filters['ts_str']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'ts_str' found.")
    try:
        t_8 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    yield '// '
    yield str(environment.finalize(t_3(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'header'))))
    yield '\n\n/**\n * '
    yield str(environment.finalize(t_4(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'product_label'))))
    yield ' error codes: one constant object per category of the upstream page.\n *\n * Each category object maps a constant name to its code, and the type of the same name is\n * the union of those codes. `ERRORS` describes every code (`action` is `null` where the page\n * lists none); `lookup(code)` returns every entry with a code, across categories, and\n * `fromHeader(value)` does the same for an `X-ErrNo` header value. `'
    yield str(environment.finalize((undefined(name='exception') if l_0_exception is missing else l_0_exception)))
    yield "` is an error\n * to throw and catch, carrying the response (code, entries, status, server message, request\n * and trace ids, fault, retryable, cause): `errorFrom(parts)` gives the one of a response's\n * parts, `fromCosError(err)` the one of an error of Tencent's Node SDK (cos-nodejs-sdk-v5),\n * `exceptionFromHeader(value)` the one of a header value; none of them throws.\n * `ErrorInfo` is a union discriminated by `category`: narrowing on it\n * gives that category's codes. A code that a table lists on several rows is one entry, whose\n * `variants` gives every row (`Variant`: its text, and the column value that tells it apart).\n *\n * Texts are in the default locale, `DEFAULT_LOCALE`; `localize(info, locale)` and\n * `localizeCategory(info, locale)` give them in any locale of `LOCALES`, each text falling\n * back to the default locale's where that locale's page has none. `translations` holds the\n * other locales' texts as their pages give them.\n *\n * @packageDocumentation\n */\n\n"
    if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
        pass
        yield '/** A locale of the upstream page. */\n'
        if (t_2(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'locales')) == 1):
            pass
            yield 'export type Locale = '
            yield str(environment.finalize(t_7(environment.getitem(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'locales'), 0))))
            yield ';\n'
        else:
            pass
            yield 'export type Locale =\n'
            l_1_loop = missing
            for l_1_locale, l_1_loop in LoopContext(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'locales'), undefined):
                _loop_vars = {}
                pass
                yield '  | '
                yield str(environment.finalize(t_7(l_1_locale)))
                if environment.getattr(l_1_loop, 'last'):
                    pass
                    yield ';'
                yield '\n'
            l_1_loop = l_1_locale = missing
        yield '\n'
    yield '/** The locale of `description`, `action`, `title` and `fallback`. */\nexport const DEFAULT_LOCALE'
    if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
        pass
        yield ': Locale'
    yield ' = '
    yield str(environment.finalize(t_7(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'locale'))))
    yield ';\n\n/** Every locale of the upstream page, the default first. */\nexport const LOCALES'
    if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
        pass
        yield ': readonly Locale[]'
    yield ' = ['
    l_1_loop = missing
    for l_1_locale, l_1_loop in LoopContext(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'locales'), undefined):
        _loop_vars = {}
        pass
        yield str(environment.finalize(t_7(l_1_locale)))
        if (not environment.getattr(l_1_loop, 'last')):
            pass
            yield ', '
    l_1_loop = l_1_locale = missing
    yield '];\n'
    if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
        pass
        yield "\n/** A code's texts in one locale. */\nexport interface LocalizedText {\n  /** What the code means. */\n  readonly description: string;\n  /** What to do about it, or `null` where the page lists no action. */\n  readonly action: string | null;\n}\n\n/** A category's texts in one locale. */\nexport interface CategoryText {\n  /** The section's heading. */\n  readonly title: string;\n  /** What the page says about codes of this category it does not list, or `null`. */\n  readonly fallback: string | null;\n}\n\n"
        l_1_translated = True
        pass
        template = environment.get_template('typescript/category_types.ts.j2', 'typescript/module.ts.j2')
        gen = template.root_render_func(template.new_context(context.get_all(), True, {'translated': l_1_translated}))
        try:
            for event in gen:
                yield event
        finally: gen.close()
        l_1_translated = missing
        yield '\n/**\n * One row of the upstream page for a code that its table lists on several rows, told apart\n * by `value`, the row\'s text in the column headed `column` (e.g. `"HTTP Status"`, `"409 Conflict"`).\n */\nexport interface Variant {\n  /** What the code means on this row, in the upstream page\'s words. */\n  readonly description: string;\n  /** What to do about it, or `null` where the row lists no action. */\n  readonly action: string | null;\n  /** The header of the column that tells the rows apart, or `null` where none does. */\n  readonly column: string | null;\n  /** This row\'s text in that column, or `null` where none does. */\n  readonly value: string | null;\n  /** The row\'s texts in the other locales, as their pages give them (see `localize`). */\n  readonly translations?: Readonly<Partial<Record<Locale, LocalizedText>>>;\n}\n\n/** One code of the upstream page, of the category `C`; its code is one of `K`. */\nexport interface ErrorInfoOf<C extends CategoryId, K extends number> {\n  readonly category: C;\n  readonly code: K;\n  /** The constant\'s name in its category object. */\n  readonly name: string;\n  /** What the code means, in the upstream page\'s words. */\n  readonly description: string;\n  /** What to do about it, or `null` where the page lists no action. */\n  readonly action: string | null;\n  /** True for a code the page no longer lists, kept so that no constant vanishes. */\n  readonly deprecated: boolean;\n  /** The texts of the other locales, as their pages give them (see `localize`). */\n  readonly translations?: Readonly<Partial<Record<Locale, LocalizedText>>>;\n  /** Where other pages give the same code (e.g. the job page\'s symbolic code), if anywhere. */\n  readonly seeAlso?: readonly { readonly set: string; readonly category: string; readonly code: number | string }[];\n  /**\n   * Every row of the page with this code in this category, in the page\'s order (the first is\n   * the one `description` and `action` give), where the page lists it on several rows; absent\n   * otherwise (`info.variants ?? [info]` gives the rows in either case).\n   */\n  readonly variants?: readonly Variant[];\n}\n\n/** One code of the upstream page: narrowing on `category` gives that category\'s codes. */\n'
        if (t_2(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'categories')) == 1):
            pass
            yield 'export type ErrorInfo = ErrorInfoOf<'
            yield str(environment.finalize(t_7(environment.getattr(environment.getitem(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'categories'), 0), 'id'))))
            yield ', '
            yield str(environment.finalize(t_1(environment.getattr(environment.getitem(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'categories'), 0), 'name'))))
            yield '>;\n'
        elif environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'categories'):
            pass
            yield 'export type ErrorInfo =\n'
            l_1_loop = missing
            for l_1_c, l_1_loop in LoopContext(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'categories'), undefined):
                _loop_vars = {}
                pass
                yield '  | ErrorInfoOf<'
                yield str(environment.finalize(t_7(environment.getattr(l_1_c, 'id'))))
                yield ', '
                yield str(environment.finalize(t_1(environment.getattr(l_1_c, 'name'))))
                yield '>'
                if environment.getattr(l_1_loop, 'last'):
                    pass
                    yield ';'
                yield '\n'
            l_1_loop = l_1_c = missing
        else:
            pass
            yield 'export type ErrorInfo = ErrorInfoOf<never, never>;\n'
    for l_1_c in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'categories'):
        l_1_title = missing
        _loop_vars = {}
        pass
        l_1_title = t_4(environment.getattr(l_1_c, 'title'))
        _loop_vars['title'] = l_1_title
        yield '\n/**\n'
        if (undefined(name='title') if l_1_title is missing else l_1_title):
            pass
            yield ' * '
            yield str(environment.finalize((undefined(name='title') if l_1_title is missing else l_1_title)))
            yield '\n *\n'
        yield ' * Codes of the category `'
        yield str(environment.finalize(t_4(environment.getattr(l_1_c, 'id'))))
        yield '`.\n'
        if (not t_8(environment.getattr(l_1_c, 'fallback'))):
            pass
            yield ' * Any other code of this category:'
            if environment.getattr(l_1_c, 'fallback'):
                pass
                yield ' '
                yield str(environment.finalize(t_4(environment.getattr(l_1_c, 'fallback'))))
            yield '\n'
        if environment.getattr(l_1_c, 'deprecated'):
            pass
            yield ' *\n * @deprecated Retired from the upstream page; kept for compatibility.\n'
        yield ' */\n'
        if environment.getattr(l_1_c, 'entries'):
            pass
            yield 'export const '
            yield str(environment.finalize(t_1(environment.getattr(l_1_c, 'name'))))
            yield ' = {\n'
            for l_2_e in environment.getattr(l_1_c, 'entries'):
                l_2_text = missing
                _loop_vars = {}
                pass
                l_2_text = t_4(environment.getattr(l_2_e, 'description'))
                _loop_vars['text'] = l_2_text
                if environment.getattr(l_2_e, 'deprecated'):
                    pass
                    yield '  /** @deprecated Retired from the upstream page; kept for compatibility.'
                    if (undefined(name='text') if l_2_text is missing else l_2_text):
                        pass
                        yield ' '
                        yield str(environment.finalize((undefined(name='text') if l_2_text is missing else l_2_text)))
                    yield ' */\n'
                elif (undefined(name='text') if l_2_text is missing else l_2_text):
                    pass
                    yield '  /** '
                    yield str(environment.finalize((undefined(name='text') if l_2_text is missing else l_2_text)))
                    yield ' */\n'
                yield '  '
                yield str(environment.finalize(t_1(environment.getattr(l_2_e, 'name'))))
                yield ': '
                yield str(environment.finalize(t_5(environment.getattr(l_2_e, 'code'))))
                yield ',\n'
            l_2_e = l_2_text = missing
            yield '}'
            if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
                pass
                yield ' as const'
            yield ';\n'
        else:
            pass
            yield 'export const '
            yield str(environment.finalize(t_1(environment.getattr(l_1_c, 'name'))))
            yield ' = {}'
            if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
                pass
                yield ' as const'
            yield ';\n'
        if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
            pass
            yield 'export type '
            yield str(environment.finalize(t_1(environment.getattr(l_1_c, 'name'))))
            yield ' = (typeof '
            yield str(environment.finalize(t_1(environment.getattr(l_1_c, 'name'))))
            yield ')[keyof typeof '
            yield str(environment.finalize(t_1(environment.getattr(l_1_c, 'name'))))
            yield '];\n'
    l_1_c = l_1_title = missing
    yield "\n/** Every category, in the page's order. */\n"
    if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'categories'):
        pass
        yield 'export const CATEGORIES'
        if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
            pass
            yield ': readonly CategoryInfo[]'
        yield ' = [\n'
        for l_1_c in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'categories'):
            l_1_texts = missing
            _loop_vars = {}
            pass
            yield '  {\n    id: '
            yield str(environment.finalize(t_7(environment.getattr(l_1_c, 'id'))))
            yield ',\n    title: '
            yield str(environment.finalize(t_7(environment.getattr(l_1_c, 'title'))))
            yield ',\n    fallback: '
            yield str(environment.finalize(t_6(environment.getattr(l_1_c, 'fallback'))))
            yield ',\n'
            l_1_texts = context.call(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'translations'), l_1_c, _loop_vars=_loop_vars)
            _loop_vars['texts'] = l_1_texts
            if (undefined(name='texts') if l_1_texts is missing else l_1_texts):
                pass
                yield '    translations: {\n'
                for l_2_t in (undefined(name='texts') if l_1_texts is missing else l_1_texts):
                    _loop_vars = {}
                    pass
                    yield '      '
                    yield str(environment.finalize(t_7(environment.getattr(l_2_t, 'locale'))))
                    yield ': { title: '
                    yield str(environment.finalize(t_7(environment.getattr(l_2_t, 'description'))))
                    yield ', fallback: '
                    yield str(environment.finalize(t_6(environment.getattr(l_2_t, 'action'))))
                    yield ' },\n'
                l_2_t = missing
                yield '    },\n'
            yield '  }'
            if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
                pass
                yield ' satisfies CategoryInfo as CategoryInfo'
            yield ',\n'
        l_1_c = l_1_texts = missing
        yield '];\n'
    else:
        pass
        yield 'export const CATEGORIES'
        if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
            pass
            yield ': readonly CategoryInfo[]'
        yield ' = [];\n'
    yield "\n/** Every code of every category, in the page's order. */\n"
    if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'entries'):
        pass
        yield 'export const ERRORS'
        if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
            pass
            yield ': readonly ErrorInfo[]'
        yield ' = [\n'
        for (l_1_c, l_1_e) in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'entries'):
            l_1_texts = missing
            _loop_vars = {}
            pass
            yield '  {\n    category: '
            yield str(environment.finalize(t_7(environment.getattr(l_1_c, 'id'))))
            yield ',\n    code: '
            yield str(environment.finalize(t_5(environment.getattr(l_1_e, 'code'))))
            yield ',\n    name: '
            yield str(environment.finalize(t_7(environment.getattr(l_1_e, 'name'))))
            yield ',\n    description: '
            yield str(environment.finalize(t_7(environment.getattr(l_1_e, 'description'))))
            yield ',\n    action: '
            yield str(environment.finalize(t_6(environment.getattr(l_1_e, 'action'))))
            yield ',\n    deprecated: '
            yield str(environment.finalize(t_5(environment.getattr(l_1_e, 'deprecated'))))
            yield ',\n'
            l_1_texts = context.call(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'translations'), l_1_e, _loop_vars=_loop_vars)
            _loop_vars['texts'] = l_1_texts
            if (undefined(name='texts') if l_1_texts is missing else l_1_texts):
                pass
                yield '    translations: {\n'
                for l_2_t in (undefined(name='texts') if l_1_texts is missing else l_1_texts):
                    _loop_vars = {}
                    pass
                    yield '      '
                    yield str(environment.finalize(t_7(environment.getattr(l_2_t, 'locale'))))
                    yield ': { description: '
                    yield str(environment.finalize(t_7(environment.getattr(l_2_t, 'description'))))
                    yield ', action: '
                    yield str(environment.finalize(t_6(environment.getattr(l_2_t, 'action'))))
                    yield ' },\n'
                l_2_t = missing
                yield '    },\n'
            if environment.getattr(l_1_e, 'see_also'):
                pass
                yield '    seeAlso: [\n'
                for (l_2_s, l_2_sc, l_2_code) in environment.getattr(l_1_e, 'see_also'):
                    _loop_vars = {}
                    pass
                    yield '      { set: '
                    yield str(environment.finalize(t_7(l_2_s)))
                    yield ', category: '
                    yield str(environment.finalize(t_7(l_2_sc)))
                    yield ', code: '
                    yield str(environment.finalize(t_5(l_2_code)))
                    yield ' },\n'
                l_2_s = l_2_sc = l_2_code = missing
                yield '    ],\n'
            if environment.getattr(l_1_e, 'variants'):
                pass
                yield '    variants: [\n'
                for l_2_v in environment.getattr(l_1_e, 'variants'):
                    l_2_vt = missing
                    _loop_vars = {}
                    pass
                    yield '      {\n        description: '
                    yield str(environment.finalize(t_7(environment.getattr(l_2_v, 'description'))))
                    yield ',\n        action: '
                    yield str(environment.finalize(t_6(environment.getattr(l_2_v, 'action'))))
                    yield ',\n        column: '
                    yield str(environment.finalize(t_6((environment.getitem(environment.getattr(l_2_v, 'variant'), 0) if environment.getattr(l_2_v, 'variant') else None))))
                    yield ',\n        value: '
                    yield str(environment.finalize(t_6((environment.getitem(environment.getattr(l_2_v, 'variant'), 1) if environment.getattr(l_2_v, 'variant') else None))))
                    yield ',\n'
                    l_2_vt = context.call(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'translations'), l_2_v, _loop_vars=_loop_vars)
                    _loop_vars['vt'] = l_2_vt
                    if (undefined(name='vt') if l_2_vt is missing else l_2_vt):
                        pass
                        yield '        translations: {\n'
                        for l_3_t in (undefined(name='vt') if l_2_vt is missing else l_2_vt):
                            _loop_vars = {}
                            pass
                            yield '          '
                            yield str(environment.finalize(t_7(environment.getattr(l_3_t, 'locale'))))
                            yield ': { description: '
                            yield str(environment.finalize(t_7(environment.getattr(l_3_t, 'description'))))
                            yield ', action: '
                            yield str(environment.finalize(t_6(environment.getattr(l_3_t, 'action'))))
                            yield ' },\n'
                        l_3_t = missing
                        yield '        },\n'
                    yield '      },\n'
                l_2_v = l_2_vt = missing
                yield '    ],\n'
            yield '  }'
            if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
                pass
                yield ' satisfies ErrorInfo as ErrorInfo'
            yield ',\n'
        l_1_c = l_1_e = l_1_texts = missing
        yield '];\n'
    else:
        pass
        yield 'export const ERRORS'
        if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
            pass
            yield ': readonly ErrorInfo[]'
        yield ' = [];\n'
    yield '\n'
    l_1_by_number = True
    pass
    template = environment.get_template('typescript/index_by_code.ts.j2', 'typescript/module.ts.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'by_number': l_1_by_number}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    l_1_by_number = missing
    yield '\n/** Returns every entry with this code, across categories; `[]` for an unknown code. */\nexport function lookup(code'
    if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
        pass
        yield ': number'
    yield ')'
    if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
        pass
        yield ': readonly ErrorInfo[]'
    yield " {\n  return byCode().get(code) ?? [];\n}\n\n/** Returns a code's (or one row's) texts in `locale`; each the default locale's where that locale's page has none. */\nexport function localize(info"
    if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
        pass
        yield ': ErrorInfo | Variant'
    yield ', locale'
    if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
        pass
        yield ': Locale'
    yield ')'
    if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
        pass
        yield ': LocalizedText'
    yield " {\n  const texts = info.translations;\n  const found = texts !== undefined && Object.prototype.hasOwnProperty.call(texts, locale) ? texts[locale] : undefined;\n  if (found === undefined) {\n    return { description: info.description, action: info.action };\n  }\n  return { description: found.description, action: found.action ?? info.action };\n}\n\n/** Returns the category's texts in `locale`; each the default locale's where that locale's page has none. */\nexport function localizeCategory(info"
    if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
        pass
        yield ': CategoryInfo'
    yield ', locale'
    if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
        pass
        yield ': Locale'
    yield ')'
    if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
        pass
        yield ': CategoryText'
    yield ' {\n  const texts = info.translations;\n  const found = texts !== undefined && Object.prototype.hasOwnProperty.call(texts, locale) ? texts[locale] : undefined;\n  if (found === undefined) {\n    return { title: info.title, fallback: info.fallback };\n  }\n  return { title: found.title, fallback: found.fallback ?? info.fallback };\n}\n\n/** True for a locale of `LOCALES` (a value `localize` and `localizeCategory` accept). */\nexport function isLocale(value'
    if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
        pass
        yield ': string'
    yield ')'
    if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
        pass
        yield ': value is Locale'
    yield ' {\n  return '
    if (undefined(name='js') if l_0_js is missing else l_0_js):
        pass
        yield 'LOCALES'
    else:
        pass
        yield '(LOCALES as readonly string[])'
    yield '.includes(value);\n}\n\n// A header value: an optional sign and up to 18 ASCII digits, spaces, tabs and newlines around.\nconst headerValue = /^[ \\t\\r\\n]*([+-]?[0-9]{1,18})[ \\t\\r\\n]*$/;\n\n// The code of an X-ErrNo header value (one or several, as Node gives them): `undefined` for\n// none or a blank one, `null` for a malformed one (or several that disagree).\nfunction headerCode(value'
    if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
        pass
        yield ': string | readonly string[] | null | undefined'
    yield ')'
    if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
        pass
        yield ': number | null | undefined'
    yield ' {\n  let code'
    if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
        pass
        yield ': number | undefined'
    yield ';\n  for (const one of typeof value === "string" ? [value] : (value ?? [])) {\n    if (/^[ \\t\\r\\n]*$/.test(one)) {\n      continue;\n    }\n    const match = headerValue.exec(one);\n    const found = match === null ? NaN : Number(match[1]) + 0; // + 0: "-0" is 0\n    if (!Number.isSafeInteger(found) || (code !== undefined && code !== found)) {\n      return null;\n    }\n    code = found;\n  }\n  return code;\n}\n\n/**\n * Returns the entries for an `X-ErrNo` header value such as `" -46618 "`; `[]` if there are none.\n *\n * The value is a string, or several as Node gives them (`string[]`). Spaces, tabs and newlines\n * around it are ignored; anything but an optional sign followed by ASCII digits (or several\n * values that disagree) gives `[]`.\n */\nexport function fromHeader(value'
    if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
        pass
        yield ': string | readonly string[] | null | undefined'
    yield ')'
    if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
        pass
        yield ': readonly ErrorInfo[]'
    yield ' {\n  const code = headerCode(value);\n  return code == null ? [] : lookup(code);\n}\n\n/**\n * Returns the `'
    yield str(environment.finalize((undefined(name='exception') if l_0_exception is missing else l_0_exception)))
    yield '` of an `X-ErrNo` header value, as Node gives it (`string | string[] |\n * undefined`), to throw; `undefined` for no value or a blank one. Spaces, tabs and newlines\n * around the value are ignored; a malformed value (or several values that disagree) gives an\n * unknown error whose `code` is the raw value. Never throws (see `errorFrom`).\n */\nexport function exceptionFromHeader(value'
    if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
        pass
        yield ': string | readonly string[] | null | undefined'
    yield ')'
    if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
        pass
        yield ': '
        yield str(environment.finalize((undefined(name='exception') if l_0_exception is missing else l_0_exception)))
        yield ' | undefined'
    yield ' {\n  return headerCode(value) === undefined ? undefined : errorFrom({ headers: { "x-errno": value } });\n}\n'
    l_1_by_number = True
    pass
    template = environment.get_template('typescript/error.ts.j2', 'typescript/module.ts.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'by_number': l_1_by_number}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    l_1_by_number = missing

blocks = {}
debug_info = '3=63&6=65&11=67&28=69&30=72&31=75&34=81&35=85&42=93&45=99&46=104&48=113&66=118&110=126&111=129&112=133&114=137&115=141&122=153&123=157&126=160&127=163&130=166&131=168&132=171&134=176&139=180&140=183&141=185&142=189&143=191&144=194&145=199&146=202&148=205&150=211&152=218&154=224&155=227&160=235&161=238&162=242&164=247&165=249&166=251&167=253&168=255&170=258&171=262&175=271&179=280&183=285&187=288&188=292&190=297&191=299&192=301&193=303&194=305&195=307&196=309&197=311&199=314&200=318&204=326&206=329&207=333&211=341&213=344&215=349&216=351&217=353&218=355&219=357&220=359&222=362&223=366&231=378&235=387&238=394&241=402&246=410&247=418&257=422&258=430&268=434&269=442&277=449&278=453&279=457&301=461&302=465&308=469&313=471&314=475&317=483'
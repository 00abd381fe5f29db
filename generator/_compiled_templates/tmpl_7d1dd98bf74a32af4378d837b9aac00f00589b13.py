from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'typescript/module.ts.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_view = resolve('view')
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
    yield "\n\n/**\n * Tencent Cloud Infinite (CI) error codes: one constant object per category of the upstream page.\n *\n * Each category object maps a constant name to its code, and the type of the same name is\n * the union of those codes. `ERRORS` describes every code (`action` is `null` where the page\n * lists none); `lookup(code)` returns every entry with a code, across categories, and\n * `fromHeader(value)` does the same for an `X-ErrNo` header value.\n *\n * Texts are in the default locale, `DEFAULT_LOCALE`; `localize(info, locale)` and\n * `localizeCategory(info, locale)` give them in any locale of `LOCALES`, each text falling\n * back to the default locale's where that locale's page has none. `translations` holds the\n * other locales' texts as their pages give them.\n *\n * @packageDocumentation\n */\n\n/** A locale of the upstream page. */\n"
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
    yield '\n/** The locale of `description`, `action`, `title` and `fallback`. */\nexport const DEFAULT_LOCALE: Locale = '
    yield str(environment.finalize(t_7(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'locale'))))
    yield ';\n\n/** Every locale of the upstream page, the default first. */\nexport const LOCALES: readonly Locale[] = ['
    l_1_loop = missing
    for l_1_locale, l_1_loop in LoopContext(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'locales'), undefined):
        _loop_vars = {}
        pass
        yield str(environment.finalize(t_7(l_1_locale)))
        if (not environment.getattr(l_1_loop, 'last')):
            pass
            yield ', '
    l_1_loop = l_1_locale = missing
    yield "];\n\n/** A code's texts in one locale. */\nexport interface LocalizedText {\n  /** What the code means. */\n  readonly description: string;\n  /** What to do about it, or `null` where the page lists no action. */\n  readonly action: string | null;\n}\n\n/** A category's texts in one locale. */\nexport interface CategoryText {\n  /** The section's heading. */\n  readonly title: string;\n  /** What the page says about codes of this category it does not list, or `null`. */\n  readonly fallback: string | null;\n}\n\n"
    l_1_translated = True
    pass
    template = environment.get_template('typescript/category_types.ts.j2', 'typescript/module.ts.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'translated': l_1_translated}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    l_1_translated = missing
    yield "\n/** One code of the upstream page. */\nexport interface ErrorInfo {\n  readonly category: CategoryId;\n  readonly code: number;\n  /** The constant's name in its category object. */\n  readonly name: string;\n  /** What the code means, in the upstream page's words. */\n  readonly description: string;\n  /** What to do about it, or `null` where the page lists no action. */\n  readonly action: string | null;\n  /** True for a code the page no longer lists, kept so that no constant vanishes. */\n  readonly deprecated: boolean;\n  /** The texts of the other locales, as their pages give them (see `localize`). */\n  readonly translations?: Readonly<Partial<Record<Locale, LocalizedText>>>;\n  /** Where other pages give the same code (e.g. the job page's symbolic code), if anywhere. */\n  readonly seeAlso?: readonly { readonly set: string; readonly category: string; readonly code: number | string }[];\n}\n"
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
            yield ' * Any other code of this category: '
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
            yield '} as const;\n'
        else:
            pass
            yield 'export const '
            yield str(environment.finalize(t_1(environment.getattr(l_1_c, 'name'))))
            yield ' = {} as const;\n'
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
        yield 'export const CATEGORIES: readonly CategoryInfo[] = [\n'
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
            yield '  },\n'
        l_1_c = l_1_texts = missing
        yield '];\n'
    else:
        pass
        yield 'export const CATEGORIES: readonly CategoryInfo[] = [];\n'
    yield "\n/** Every code of every category, in the page's order. */\n"
    if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'entries'):
        pass
        yield 'export const ERRORS: readonly ErrorInfo[] = [\n'
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
            yield '  },\n'
        l_1_c = l_1_e = l_1_texts = missing
        yield '];\n'
    else:
        pass
        yield 'export const ERRORS: readonly ErrorInfo[] = [];\n'
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
    yield '\n/** Returns every entry with this code, across categories; `[]` for an unknown code. */\nexport function lookup(code: number): readonly ErrorInfo[] {\n  return byCode.get(code) ?? [];\n}\n\nconst hasOwn = Object.prototype.hasOwnProperty;\n\n/** Returns the code\'s texts in `locale`; each the default locale\'s where that locale\'s page has none. */\nexport function localize(info: ErrorInfo, locale: Locale): LocalizedText {\n  const texts = info.translations;\n  const found = texts !== undefined && hasOwn.call(texts, locale) ? texts[locale] : undefined;\n  if (found === undefined) {\n    return { description: info.description, action: info.action };\n  }\n  return { description: found.description, action: found.action ?? info.action };\n}\n\n/** Returns the category\'s texts in `locale`; each the default locale\'s where that locale\'s page has none. */\nexport function localizeCategory(info: CategoryInfo, locale: Locale): CategoryText {\n  const texts = info.translations;\n  const found = texts !== undefined && hasOwn.call(texts, locale) ? texts[locale] : undefined;\n  if (found === undefined) {\n    return { title: info.title, fallback: info.fallback };\n  }\n  return { title: found.title, fallback: found.fallback ?? info.fallback };\n}\n\n/** True for a locale of `LOCALES` (a value `localize` and `localizeCategory` accept). */\nexport function isLocale(value: string): value is Locale {\n  return (LOCALES as readonly string[]).includes(value);\n}\n\nconst headerValue = /^[ \\t]*([+-]?[0-9]{1,18})[ \\t]*$/;\n\n/**\n * Returns the entries for an `X-ErrNo` header value such as `" -46618 "`; `[]` if there are none.\n *\n * Spaces and tabs around the value are ignored; anything but an optional sign followed by\n * ASCII digits gives `[]`.\n */\nexport function fromHeader(value: string | null | undefined): readonly ErrorInfo[] {\n  if (value == null) {\n    return [];\n  }\n  const match = headerValue.exec(value);\n  return match === null ? [] : lookup(Number(match[1]));\n}\n'

blocks = {}
debug_info = '1=61&20=63&21=66&24=72&25=76&31=83&35=86&54=97&73=105&74=109&77=112&78=115&81=118&82=120&83=123&85=125&90=129&91=132&92=134&93=138&94=140&95=143&96=148&97=151&99=154&103=163&105=166&109=174&111=177&113=182&114=184&115=186&116=188&117=190&119=193&120=197&132=212&134=215&136=220&137=222&138=224&139=226&140=228&141=230&142=232&143=234&145=237&146=241&150=249&152=252&153=256&164=273'
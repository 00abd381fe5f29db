from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'typescript/module.ts.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_header = resolve('header')
    l_0_doc = resolve('doc')
    try:
        t_1 = environment.filters['ident']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'ident' found.")
    try:
        t_2 = environment.filters['json']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'json' found.")
    try:
        t_3 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_4 = environment.filters['ts_comment']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'ts_comment' found.")
    try:
        t_5 = environment.filters['ts_doc']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'ts_doc' found.")
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
    try:
        t_9 = environment.tests['string']
    except KeyError:
        @internalcode
        def t_9(*unused):
            raise TemplateRuntimeError("No test named 'string' found.")
    pass
    yield '// '
    yield str(environment.finalize(t_4((undefined(name='header') if l_0_header is missing else l_0_header))))
    yield "\n\n/**\n * Tencent Cloud Infinite (CI) error codes: one constant object per category of the upstream page.\n *\n * Each category object maps a constant name to its code, and the type of the same name is\n * the union of those codes. `ERRORS` describes every code (`action` is `null` where the page\n * lists none); `lookup(code)` returns every entry with a code, across categories, and\n * `fromHeader(value)` does the same for an `X-ErrNo` header value.\n *\n * Texts are in the default locale, `DEFAULT_LOCALE`; `localize(info, locale)` and\n * `localizeCategory(info, locale)` give them in any locale of `LOCALES`, each text falling\n * back to the default locale's where that locale's page has none. `translations` holds the\n * other locales' texts as their pages give them.\n *\n * @packageDocumentation\n */\n\n/** A locale of the upstream page. */\n"
    if (t_3(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'locales')) == 1):
        pass
        yield 'export type Locale = '
        yield str(environment.finalize(t_7(environment.getitem(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'locales'), 0))))
        yield ';\n'
    else:
        pass
        yield 'export type Locale =\n'
        l_1_loop = missing
        for l_1_locale, l_1_loop in LoopContext(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'locales'), undefined):
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
    yield str(environment.finalize(t_7(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'locale'))))
    yield ';\n\n/** Every locale of the upstream page, the default first. */\nexport const LOCALES: readonly Locale[] = ['
    l_1_loop = missing
    for l_1_locale, l_1_loop in LoopContext(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'locales'), undefined):
        _loop_vars = {}
        pass
        yield str(environment.finalize(t_7(l_1_locale)))
        if (not environment.getattr(l_1_loop, 'last')):
            pass
            yield ', '
    l_1_loop = l_1_locale = missing
    yield "];\n\n/** A code's texts in one locale. */\nexport interface LocalizedText {\n  /** What the code means. */\n  readonly description: string;\n  /** What to do about it, or `null` where the page lists no action. */\n  readonly action: string | null;\n}\n\n/** A category's texts in one locale. */\nexport interface CategoryText {\n  /** The section's heading. */\n  readonly title: string;\n  /** What the page says about codes of this category it does not list, or `null`. */\n  readonly fallback: string | null;\n}\n\n/** The id of a category of the upstream page. */\n"
    if (t_3(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'categories')) == 1):
        pass
        yield 'export type CategoryId = '
        yield str(environment.finalize(t_7(environment.getattr(environment.getitem(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'categories'), 0), 'id'))))
        yield ';\n'
    elif environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'categories'):
        pass
        yield 'export type CategoryId =\n'
        l_1_loop = missing
        for l_1_c, l_1_loop in LoopContext(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'categories'), undefined):
            _loop_vars = {}
            pass
            yield '  | '
            yield str(environment.finalize(t_7(environment.getattr(l_1_c, 'id'))))
            if environment.getattr(l_1_loop, 'last'):
                pass
                yield ';'
            yield '\n'
        l_1_loop = l_1_c = missing
    else:
        pass
        yield 'export type CategoryId = never;\n'
    yield "\n/** One section of the upstream page. */\nexport interface CategoryInfo {\n  readonly id: CategoryId;\n  /** The section's heading. */\n  readonly title: string;\n  /** What the page says about codes of this category it does not list, or `null`. */\n  readonly fallback: string | null;\n  /** The texts of the other locales, as their pages give them (see `localizeCategory`). */\n  readonly translations?: Readonly<Partial<Record<Locale, CategoryText>>>;\n}\n\n/** One code of the upstream page. */\nexport interface ErrorInfo {\n  readonly category: CategoryId;\n  readonly code: number;\n  /** The constant's name in its category object. */\n  readonly name: string;\n  /** What the code means, in the upstream page's words. */\n  readonly description: string;\n  /** What to do about it, or `null` where the page lists no action. */\n  readonly action: string | null;\n  /** True for a code the page no longer lists, kept so that no constant vanishes. */\n  readonly deprecated: boolean;\n  /** The texts of the other locales, as their pages give them (see `localize`). */\n  readonly translations?: Readonly<Partial<Record<Locale, LocalizedText>>>;\n  /** Where other pages give the same code (e.g. the job page's symbolic code), if anywhere. */\n  readonly seeAlso?: readonly { readonly set: string; readonly category: string; readonly code: number | string }[];\n}\n"
    for l_1_c in environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'categories'):
        l_1_title = missing
        _loop_vars = {}
        pass
        l_1_title = t_5(environment.getattr(l_1_c, 'title'))
        _loop_vars['title'] = l_1_title
        yield '\n/**\n'
        if (undefined(name='title') if l_1_title is missing else l_1_title):
            pass
            yield ' * '
            yield str(environment.finalize((undefined(name='title') if l_1_title is missing else l_1_title)))
            yield '\n *\n'
        yield ' * Codes of the category `'
        yield str(environment.finalize(t_5(environment.getattr(l_1_c, 'id'))))
        yield '`.\n'
        if (not t_8(environment.getattr(l_1_c, 'fallback'))):
            pass
            yield ' * Any other code of this category: '
            yield str(environment.finalize(t_5(environment.getattr(l_1_c, 'fallback'))))
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
                l_2_text = t_5(environment.getattr(l_2_e, 'description'))
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
                yield str(environment.finalize(environment.getattr(l_2_e, 'code')))
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
    if environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'categories'):
        pass
        yield 'export const CATEGORIES: readonly CategoryInfo[] = [\n'
        for l_1_c in environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'categories'):
            l_1_translations = resolve('translations')
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
            l_1_texts = context.call((undefined(name='translations') if l_1_translations is missing else l_1_translations), l_1_c, (undefined(name='doc') if l_0_doc is missing else l_0_doc), _loop_vars=_loop_vars)
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
        l_1_c = l_1_translations = l_1_texts = missing
        yield '];\n'
    else:
        pass
        yield 'export const CATEGORIES: readonly CategoryInfo[] = [];\n'
    yield "\n/** Every code of every category, in the page's order. */\n"
    if context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'entries')):
        pass
        yield 'export const ERRORS: readonly ErrorInfo[] = [\n'
        for (l_1_c, l_1_e) in context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'entries')):
            l_1_translations = resolve('translations')
            l_1_texts = missing
            _loop_vars = {}
            pass
            yield '  {\n    category: '
            yield str(environment.finalize(t_7(environment.getattr(l_1_c, 'id'))))
            yield ',\n    code: '
            yield str(environment.finalize(environment.getattr(l_1_e, 'code')))
            yield ',\n    name: '
            yield str(environment.finalize(t_7(environment.getattr(l_1_e, 'name'))))
            yield ',\n    description: '
            yield str(environment.finalize(t_7(environment.getattr(l_1_e, 'description'))))
            yield ',\n    action: '
            yield str(environment.finalize(t_6(environment.getattr(l_1_e, 'action'))))
            yield ',\n    deprecated: '
            yield str(environment.finalize(t_2(environment.getattr(l_1_e, 'deprecated'))))
            yield ',\n'
            l_1_texts = context.call((undefined(name='translations') if l_1_translations is missing else l_1_translations), l_1_e, (undefined(name='doc') if l_0_doc is missing else l_0_doc), _loop_vars=_loop_vars)
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
                    yield str(environment.finalize((t_7(l_2_code) if t_9(l_2_code) else l_2_code)))
                    yield ' },\n'
                l_2_s = l_2_sc = l_2_code = missing
                yield '    ],\n'
            yield '  },\n'
        l_1_c = l_1_e = l_1_translations = l_1_texts = missing
        yield '];\n'
    else:
        pass
        yield 'export const ERRORS: readonly ErrorInfo[] = [];\n'
    yield '\nfunction indexByCode(errors: readonly ErrorInfo[]): ReadonlyMap<number, readonly ErrorInfo[]> {\n  const index = new Map<number, ErrorInfo[]>();\n  for (const info of errors) {\n    const same = index.get(info.code);\n    if (same === undefined) {\n      index.set(info.code, [info]);\n    } else {\n      same.push(info);\n    }\n  }\n  return index;\n}\n\nconst byCode = indexByCode(ERRORS);\n\n/** Returns every entry with this code, across categories; `[]` for an unknown code. */\nexport function lookup(code: number): readonly ErrorInfo[] {\n  return byCode.get(code) ?? [];\n}\n\nconst hasOwn = Object.prototype.hasOwnProperty;\n\n/** Returns the code\'s texts in `locale`; each the default locale\'s where that locale\'s page has none. */\nexport function localize(info: ErrorInfo, locale: Locale): LocalizedText {\n  const texts = info.translations;\n  const found = texts !== undefined && hasOwn.call(texts, locale) ? texts[locale] : undefined;\n  if (found === undefined) {\n    return { description: info.description, action: info.action };\n  }\n  return { description: found.description, action: found.action ?? info.action };\n}\n\n/** Returns the category\'s texts in `locale`; each the default locale\'s where that locale\'s page has none. */\nexport function localizeCategory(info: CategoryInfo, locale: Locale): CategoryText {\n  const texts = info.translations;\n  const found = texts !== undefined && hasOwn.call(texts, locale) ? texts[locale] : undefined;\n  if (found === undefined) {\n    return { title: info.title, fallback: info.fallback };\n  }\n  return { title: found.title, fallback: found.fallback ?? info.fallback };\n}\n\n/** True for a locale of `LOCALES` (a value `localize` and `localizeCategory` accept). */\nexport function isLocale(value: string): value is Locale {\n  return (LOCALES as readonly string[]).includes(value);\n}\n\nconst headerValue = /^[ \\t]*([+-]?[0-9]{1,18})[ \\t]*$/;\n\n/**\n * Returns the entries for an `X-ErrNo` header value such as `" -46618 "`; `[]` if there are none.\n *\n * Spaces and tabs around the value are ignored; anything but an optional sign followed by\n * ASCII digits gives `[]`.\n */\nexport function fromHeader(value: string | null | undefined): readonly ErrorInfo[] {\n  if (value == null) {\n    return [];\n  }\n  const match = headerValue.exec(value);\n  return match === null ? [] : lookup(Number(match[1]));\n}\n'

blocks = {}
debug_info = '1=68&20=70&21=73&24=79&25=83&31=90&34=93&53=102&54=105&55=107&57=111&58=115&93=125&94=129&97=132&98=135&101=138&102=140&103=143&105=145&110=149&111=152&112=154&113=158&114=160&115=163&116=168&117=171&119=174&123=183&125=186&129=194&131=197&133=203&134=205&135=207&136=209&137=211&139=214&140=218&152=233&154=236&156=242&157=244&158=246&159=248&160=250&161=252&162=254&163=256&165=259&166=263&170=271&172=274&173=278'
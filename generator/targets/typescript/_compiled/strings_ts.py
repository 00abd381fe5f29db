from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'typescript/strings.ts.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_view = resolve('view')
    l_0_exception = resolve('exception')
    l_0_js = resolve('js')
    l_0_codes_by_category = resolve('codes_by_category')
    l_0_c = resolve('c')
    l_0_codes = resolve('codes')
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
    pass
    yield '// '
    yield str(environment.finalize(t_3(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'header'))))
    yield '\n\n/**\n * '
    yield str(environment.finalize(t_4(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'product_label'))))
    yield ' symbolic error codes: the `<Code>` of an error response.\n *\n * `ErrorCode` maps a constant name to its code, and the type of the same name is the union\n * of those codes. A code can stand in several rows of the upstream page, with different\n * HTTP statuses and texts: `VARIANTS` lists every row, `lookup(code)` the rows of one code,\n * and `fromResponse(status, code)` the row of one HTTP status. `'
    yield str(environment.finalize((undefined(name='exception') if l_0_exception is missing else l_0_exception)))
    yield '` is an error to\n * throw and catch, carrying the response (code, rows, status, server message, request and\n * trace ids, fault, retryable, cause): `errorFrom(parts)` gives the one of a response\'s parts,\n * `fromCosError(err)` the one of an error of Tencent\'s Node SDK (cos-nodejs-sdk-v5), and\n * `exceptionFromResponse(status, code)` the one of a status and code; none of them throws.\n * `Variant` is a union discriminated by `category`:\n * narrowing on it gives that category\'s codes.\n *\n * Dotted codes form a hierarchy (`InvalidInput.TaskDuplicated` is under `InvalidInput`):\n * `parentOf(code)`, `subcodes(code)` and `isWithin(code, ancestor)` read it; API 3.0 callers\n * often handle a whole class of codes (`isWithin(error.code, "InvalidInput")`).\n *\n * @packageDocumentation\n */\n\n'
    if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
        pass
        l_1_translated = False
        pass
        template = environment.get_template('typescript/category_types.ts.j2', 'typescript/strings.ts.j2')
        gen = template.root_render_func(template.new_context(context.get_all(), True, {'translated': l_1_translated, 'c': l_0_c, 'codes': l_0_codes}))
        try:
            for event in gen:
                yield event
        finally: gen.close()
        l_1_translated = missing
        yield "\n/** The same code on another page: that page's set, category and code. */\nexport interface SeeAlso {\n  readonly set: string;\n  readonly category: string;\n  readonly code: number | string;\n}\n\n"
    yield '/** Every code of the upstream page, by constant name. */\n'
    if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'codes'):
        pass
        yield 'export const ErrorCode = {\n'
        for l_1_k in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'codes'):
            l_1_text = missing
            _loop_vars = {}
            pass
            l_1_text = t_4(environment.getattr(l_1_k, 'summary'))
            _loop_vars['text'] = l_1_text
            if environment.getattr(l_1_k, 'deprecated'):
                pass
                yield '  /** @deprecated Retired from the upstream page; kept for compatibility.'
                if (undefined(name='text') if l_1_text is missing else l_1_text):
                    pass
                    yield ' '
                    yield str(environment.finalize((undefined(name='text') if l_1_text is missing else l_1_text)))
                yield ' */\n'
            elif (undefined(name='text') if l_1_text is missing else l_1_text):
                pass
                yield '  /** '
                yield str(environment.finalize((undefined(name='text') if l_1_text is missing else l_1_text)))
                yield ' */\n'
            yield '  '
            yield str(environment.finalize(t_1(environment.getattr(l_1_k, 'name'))))
            yield ': '
            yield str(environment.finalize(t_7(environment.getattr(l_1_k, 'code'))))
            yield ',\n'
        l_1_k = l_1_text = missing
        yield '}'
        if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
            pass
            yield ' as const'
        yield ';\n'
    else:
        pass
        yield 'export const ErrorCode = {}'
        if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
            pass
            yield ' as const'
        yield ';\n'
    if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
        pass
        yield '/** A code of the upstream page, e.g. `"AccessDenied"`. */\nexport type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];\n\n/** One row of the upstream page, of the category `C`: a code (one of `K`) with one HTTP status and text. */\nexport interface VariantOf<C extends CategoryId, K extends ErrorCode> {\n  readonly code: K;\n  /** The HTTP status of the response, or `null` where the page gives none. */\n  readonly httpStatus: number | null;\n  /** The status\'s reason phrase as the page gives it, e.g. `"Forbidden"`, or `null`. */\n  readonly httpReason: string | null;\n  /** What the code means with this status, in the upstream page\'s words. */\n  readonly description: string;\n  /** What to do about it, or `null` where the page lists no action. */\n  readonly action: string | null;\n  readonly category: C;\n  /** True for a row the page no longer lists, kept so that no constant vanishes. */\n  readonly deprecated: boolean;\n  /** Where other pages give the same code. */\n  readonly seeAlso: readonly SeeAlso[];\n}\n\n/** One row of the upstream page: narrowing on `category` gives that category\'s codes. */\n'
        if (t_2((undefined(name='codes_by_category') if l_0_codes_by_category is missing else l_0_codes_by_category)) == 1):
            pass
            (l_0_c, l_0_codes) = environment.getitem((undefined(name='codes_by_category') if l_0_codes_by_category is missing else l_0_codes_by_category), 0)
            context.vars.update({'c': l_0_c, 'codes': l_0_codes})
            context.exported_vars.update(('c', 'codes'))
            yield 'export type Variant = VariantOf<'
            yield str(environment.finalize(t_7(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'id'))))
            yield ', '
            l_1_loop = missing
            t_8 = 1
            for l_1_k, l_1_loop in LoopContext((undefined(name='codes') if l_0_codes is missing else l_0_codes), undefined):
                _loop_vars = {}
                pass
                yield str(environment.finalize(t_7(l_1_k)))
                if (not environment.getattr(l_1_loop, 'last')):
                    pass
                    yield ' | '
                t_8 = 0
            l_1_loop = l_1_k = missing
            if t_8:
                pass
                yield 'never'
            yield '>;\n'
        elif (undefined(name='codes_by_category') if l_0_codes_by_category is missing else l_0_codes_by_category):
            pass
            yield 'export type Variant =\n'
            l_1_loop = missing
            for (l_1_c, l_1_codes), l_1_loop in LoopContext((undefined(name='codes_by_category') if l_0_codes_by_category is missing else l_0_codes_by_category), undefined):
                _loop_vars = {}
                pass
                yield '  | VariantOf<'
                yield str(environment.finalize(t_7(environment.getattr(l_1_c, 'id'))))
                yield ', '
                l_2_loop = missing
                t_9 = 1
                for l_2_k, l_2_loop in LoopContext(l_1_codes, undefined):
                    _loop_vars = {}
                    pass
                    yield str(environment.finalize(t_7(l_2_k)))
                    if (not environment.getattr(l_2_loop, 'last')):
                        pass
                        yield ' | '
                    t_9 = 0
                l_2_loop = l_2_k = missing
                if t_9:
                    pass
                    yield 'never'
                yield '>'
                if environment.getattr(l_1_loop, 'last'):
                    pass
                    yield ';'
                yield '\n'
            l_1_loop = l_1_c = l_1_codes = missing
        else:
            pass
            yield 'export type Variant = VariantOf<never, never>;\n'
    yield "\n/** Every category, in the page's order. */\n"
    if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'categories'):
        pass
        yield 'export const CATEGORIES'
        if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
            pass
            yield ': readonly CategoryInfo[]'
        yield ' = [\n'
        for l_1_c in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'categories'):
            _loop_vars = {}
            pass
            yield '  {\n    id: '
            yield str(environment.finalize(t_7(environment.getattr(l_1_c, 'id'))))
            yield ',\n    title: '
            yield str(environment.finalize(t_7(environment.getattr(l_1_c, 'title'))))
            yield ',\n    fallback: '
            yield str(environment.finalize(t_6(environment.getattr(l_1_c, 'fallback'))))
            yield ',\n  }'
            if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
                pass
                yield ' satisfies CategoryInfo as CategoryInfo'
            yield ',\n'
        l_1_c = missing
        yield '];\n'
    else:
        pass
        yield 'export const CATEGORIES'
        if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
            pass
            yield ': readonly CategoryInfo[]'
        yield ' = [];\n'
    yield "\n/** Every row of the page, in the page's order. */\n"
    if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'entries'):
        pass
        yield 'export const VARIANTS'
        if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
            pass
            yield ': readonly Variant[]'
        yield ' = [\n'
        for (l_1_c, l_1_e) in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'entries'):
            _loop_vars = {}
            pass
            yield '  {\n    code: '
            yield str(environment.finalize(t_7(environment.getattr(l_1_e, 'code'))))
            yield ',\n    httpStatus: '
            yield str(environment.finalize(t_5(environment.getattr(l_1_e, 'http_status'))))
            yield ',\n    httpReason: '
            yield str(environment.finalize(t_6(environment.getattr(l_1_e, 'http_reason'))))
            yield ',\n    description: '
            yield str(environment.finalize(t_7(environment.getattr(l_1_e, 'description'))))
            yield ',\n    action: '
            yield str(environment.finalize(t_6(environment.getattr(l_1_e, 'action'))))
            yield ',\n    category: '
            yield str(environment.finalize(t_7(environment.getattr(l_1_c, 'id'))))
            yield ',\n    deprecated: '
            yield str(environment.finalize(t_5(environment.getattr(l_1_e, 'deprecated'))))
            yield ',\n'
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
            else:
                pass
                yield '    seeAlso: [],\n'
            yield '  }'
            if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
                pass
                yield ' satisfies Variant as Variant'
            yield ',\n'
        l_1_c = l_1_e = missing
        yield '];\n'
    else:
        pass
        yield 'export const VARIANTS'
        if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
            pass
            yield ': readonly Variant[]'
        yield ' = [];\n'
    yield '\n'
    l_1_by_number = False
    pass
    template = environment.get_template('typescript/index_by_code.ts.j2', 'typescript/strings.ts.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'by_number': l_1_by_number, 'c': l_0_c, 'codes': l_0_codes}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    l_1_by_number = missing
    yield '\n/** True when `code` is a code of the upstream page. */\nexport function isErrorCode(code'
    if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
        pass
        yield ': string'
    yield ')'
    if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
        pass
        yield ': code is ErrorCode'
    yield ' {\n  return byCode().has(code);\n}\n\n/** Returns every row of the page with this code, in order; `[]` for an unknown code. */\nexport function lookup(code'
    if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
        pass
        yield ': string'
    yield ')'
    if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
        pass
        yield ': readonly Variant[]'
    yield " {\n  return byCode().get(code) ?? [];\n}\n\n/** Returns the row for an error response's HTTP status and `<Code>`, or `undefined`. */\nexport function fromResponse(status"
    if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
        pass
        yield ': number'
    yield ', code'
    if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
        pass
        yield ': string'
    yield ')'
    if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
        pass
        yield ': Variant | undefined'
    yield ' {\n  return lookup(code).find((variant) => variant.httpStatus === status);\n}\n\n/**\n * Returns the code one level up a dotted code: all but its last `.` part (`"InvalidInput"`\n * for `"InvalidInput.TaskDuplicated"`), whether or not the page lists it; `null` at the top.\n */\nexport function parentOf(code'
    if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
        pass
        yield ': string'
    yield ')'
    if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
        pass
        yield ': string | null'
    yield ' {\n  if (!code.replace(/^\\.+|\\.+$/g, "").includes(".")) {\n    return null;\n  }\n  return code.slice(0, code.lastIndexOf("."));\n}\n\n// The codes of the page one level below each code, built on first use.\nlet subcodeIndex'
    if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
        pass
        yield ': ReadonlyMap<string, readonly ErrorCode[]> | undefined'
    yield ";\n\n/** Returns the codes of the page one level below `code` (whether or not the page lists it), in the page's order. */\nexport function subcodes(code"
    if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
        pass
        yield ': string'
    yield ')'
    if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
        pass
        yield ': readonly ErrorCode[]'
    yield ' {\n  if (subcodeIndex === undefined) {\n    const built = new Map'
    if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
        pass
        yield '<string, ErrorCode[]>'
    yield '();\n    for (const member of Object.values(ErrorCode)'
    if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
        pass
        yield ' as ErrorCode[]'
    yield ') {\n      const parent = parentOf(member);\n      if (parent !== null) {\n        const same = built.get(parent);\n        if (same === undefined) {\n          built.set(parent, [member]);\n        } else {\n          same.push(member);\n        }\n      }\n    }\n    subcodeIndex = built;\n  }\n  return subcodeIndex.get(code) ?? [];\n}\n\n/**\n * True when `code` is `ancestor` or lies below it (`"InvalidInput.TaskDuplicated"` is within\n * `"InvalidInput"`; `"InvalidInputs"` is not).\n */\nexport function isWithin(code'
    if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
        pass
        yield ': string'
    yield ', ancestor'
    if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
        pass
        yield ': string'
    yield ')'
    if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
        pass
        yield ': boolean'
    yield ' {\n  return code === ancestor || code.startsWith(ancestor + ".");\n}\n\n/** Returns the `'
    yield str(environment.finalize((undefined(name='exception') if l_0_exception is missing else l_0_exception)))
    yield "` of an error response's HTTP status and `<Code>`, to throw (see `errorFrom`). */\nexport function exceptionFromResponse(status"
    if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
        pass
        yield ': number'
    yield ', code'
    if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
        pass
        yield ': string'
    yield ')'
    if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
        pass
        yield ': '
        yield str(environment.finalize((undefined(name='exception') if l_0_exception is missing else l_0_exception)))
    yield ' {\n  return errorFrom({ status, code });\n}\n'
    l_1_by_number = False
    pass
    template = environment.get_template('typescript/error.ts.j2', 'typescript/strings.ts.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'by_number': l_1_by_number, 'c': l_0_c, 'codes': l_0_codes}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    l_1_by_number = missing

blocks = {}
debug_info = '3=60&6=62&11=64&26=66&27=70&38=79&40=82&41=86&42=88&43=91&44=96&45=99&47=102&49=108&51=115&53=119&76=122&77=124&78=128&79=136&81=145&83=149&84=153&85=170&94=179&95=182&96=186&98=190&99=192&100=194&101=196&105=205&109=210&110=213&111=217&113=221&114=223&115=225&116=227&117=229&118=231&119=233&120=235&122=238&123=242&129=254&133=263&136=270&139=278&144=286&149=294&150=302&158=306&166=314&169=318&171=326&172=330&192=334&193=342&197=346&198=348&199=356&202=363'
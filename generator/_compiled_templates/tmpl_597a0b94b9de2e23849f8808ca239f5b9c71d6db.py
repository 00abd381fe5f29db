from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'typescript/strings.ts.j2'

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
        t_5 = environment.filters['ts_opt_str']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'ts_opt_str' found.")
    try:
        t_6 = environment.filters['ts_str']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'ts_str' found.")
    pass
    yield '// '
    yield str(environment.finalize(t_2(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'header'))))
    yield '\n\n/**\n * Tencent Cloud Infinite (CI) symbolic error codes: the `<Code>` of an error response.\n *\n * `ErrorCode` maps a constant name to its code, and the type of the same name is the union\n * of those codes. A code can stand in several rows of the upstream page, with different\n * HTTP statuses and texts: `VARIANTS` lists every row, `lookup(code)` the rows of one code,\n * and `fromResponse(status, code)` the row of one HTTP status.\n *\n * @packageDocumentation\n */\n\n'
    l_1_translated = False
    pass
    template = environment.get_template('typescript/category_types.ts.j2', 'typescript/strings.ts.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'translated': l_1_translated}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    l_1_translated = missing
    yield "\n/** The same code on another page: that page's set, category and code. */\nexport interface SeeAlso {\n  readonly set: string;\n  readonly category: string;\n  readonly code: number | string;\n}\n\n/** Every code of the upstream page, by constant name. */\n"
    if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'codes'):
        pass
        yield 'export const ErrorCode = {\n'
        for l_1_k in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'codes'):
            l_1_text = missing
            _loop_vars = {}
            pass
            l_1_text = t_3(environment.getattr(l_1_k, 'summary'))
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
            yield str(environment.finalize(t_6(environment.getattr(l_1_k, 'code'))))
            yield ',\n'
        l_1_k = l_1_text = missing
        yield '} as const;\n'
    else:
        pass
        yield 'export const ErrorCode = {} as const;\n'
    yield '/** A code of the upstream page, e.g. `"AccessDenied"`. */\nexport type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];\n\n/** One row of the upstream page: a code with one HTTP status and text. */\nexport interface Variant {\n  readonly code: ErrorCode;\n  /** The HTTP status of the response, or `null` where the page gives none. */\n  readonly httpStatus: number | null;\n  /** The status\'s reason phrase as the page gives it, e.g. `"Forbidden"`, or `null`. */\n  readonly httpReason: string | null;\n  /** What the code means with this status, in the upstream page\'s words. */\n  readonly description: string;\n  /** What to do about it, or `null` where the page lists no action. */\n  readonly action: string | null;\n  readonly category: CategoryId;\n  /** True for a row the page no longer lists, kept so that no constant vanishes. */\n  readonly deprecated: boolean;\n  /** Where other pages give the same code. */\n  readonly seeAlso: readonly SeeAlso[];\n}\n\n/** Every category, in the page\'s order. */\n'
    if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'categories'):
        pass
        yield 'export const CATEGORIES: readonly CategoryInfo[] = [\n'
        for l_1_c in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'categories'):
            _loop_vars = {}
            pass
            yield '  {\n    id: '
            yield str(environment.finalize(t_6(environment.getattr(l_1_c, 'id'))))
            yield ',\n    title: '
            yield str(environment.finalize(t_6(environment.getattr(l_1_c, 'title'))))
            yield ',\n    fallback: '
            yield str(environment.finalize(t_5(environment.getattr(l_1_c, 'fallback'))))
            yield ',\n  },\n'
        l_1_c = missing
        yield '];\n'
    else:
        pass
        yield 'export const CATEGORIES: readonly CategoryInfo[] = [];\n'
    yield "\n/** Every row of the page, in the page's order. */\n"
    if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'entries'):
        pass
        yield 'export const VARIANTS: readonly Variant[] = [\n'
        for (l_1_c, l_1_e) in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'entries'):
            _loop_vars = {}
            pass
            yield '  {\n    code: '
            yield str(environment.finalize(t_6(environment.getattr(l_1_e, 'code'))))
            yield ',\n    httpStatus: '
            yield str(environment.finalize(t_4(environment.getattr(l_1_e, 'http_status'))))
            yield ',\n    httpReason: '
            yield str(environment.finalize(t_5(environment.getattr(l_1_e, 'http_reason'))))
            yield ',\n    description: '
            yield str(environment.finalize(t_6(environment.getattr(l_1_e, 'description'))))
            yield ',\n    action: '
            yield str(environment.finalize(t_5(environment.getattr(l_1_e, 'action'))))
            yield ',\n    category: '
            yield str(environment.finalize(t_6(environment.getattr(l_1_c, 'id'))))
            yield ',\n    deprecated: '
            yield str(environment.finalize(t_4(environment.getattr(l_1_e, 'deprecated'))))
            yield ',\n'
            if environment.getattr(l_1_e, 'see_also'):
                pass
                yield '    seeAlso: [\n'
                for (l_2_s, l_2_sc, l_2_code) in environment.getattr(l_1_e, 'see_also'):
                    _loop_vars = {}
                    pass
                    yield '      { set: '
                    yield str(environment.finalize(t_6(l_2_s)))
                    yield ', category: '
                    yield str(environment.finalize(t_6(l_2_sc)))
                    yield ', code: '
                    yield str(environment.finalize(t_4(l_2_code)))
                    yield ' },\n'
                l_2_s = l_2_sc = l_2_code = missing
                yield '    ],\n'
            else:
                pass
                yield '    seeAlso: [],\n'
            yield '  },\n'
        l_1_c = l_1_e = missing
        yield '];\n'
    else:
        pass
        yield 'export const VARIANTS: readonly Variant[] = [];\n'
    yield '\n'
    l_1_by_number = False
    pass
    template = environment.get_template('typescript/index_by_code.ts.j2', 'typescript/strings.ts.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'by_number': l_1_by_number}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    l_1_by_number = missing
    yield "\n/** True when `code` is a code of the upstream page. */\nexport function isErrorCode(code: string): code is ErrorCode {\n  return byCode.has(code);\n}\n\n/** Returns every row of the page with this code, in order; `[]` for an unknown code. */\nexport function lookup(code: string): readonly Variant[] {\n  return byCode.get(code) ?? [];\n}\n\n/** Returns the row for an error response's HTTP status and `<Code>`, or `undefined`. */\nexport function fromResponse(status: number, code: string): Variant | undefined {\n  return lookup(code).find((variant) => variant.httpStatus === status);\n}\n"

blocks = {}
debug_info = '1=49&14=53&24=61&26=64&27=68&28=70&29=73&30=78&31=81&33=84&61=94&63=97&65=101&66=103&67=105&76=113&78=116&80=120&81=122&82=124&83=126&84=128&85=130&86=132&87=134&89=137&90=141&103=161'
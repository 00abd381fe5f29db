from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'typescript/strings.d.ts.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_view = resolve('view')
    l_0_exception = resolve('exception')
    l_0_codes_by_category = resolve('codes_by_category')
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
        t_4 = environment.filters['ts_str']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'ts_str' found.")
    pass
    yield '// '
    yield str(environment.finalize(t_2(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'header'))))
    yield '\n/**\n * '
    yield str(environment.finalize(t_3(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'product_label'))))
    yield ' symbolic error codes: the `<Code>` of an error response.\n *\n * `ErrorCode` maps a constant name to its code, and the type of the same name is the union\n * of those codes. A code can stand in several rows of the upstream page, with different\n * HTTP statuses and texts: `VARIANTS` lists every row, `lookup(code)` the rows of one code,\n * and `fromResponse(status, code)` the row of one HTTP status. `'
    yield str(environment.finalize((undefined(name='exception') if l_0_exception is missing else l_0_exception)))
    yield '` is an error to\n * throw and catch, carrying the response (code, rows, status, server message, request and\n * trace ids, fault, retryable, cause): `errorFrom(parts)` gives the one of a response\'s parts,\n * `fromCosError(err)` the one of an error of Tencent\'s Node SDK (cos-nodejs-sdk-v5), and\n * `exceptionFromResponse(status, code)` the one of a status and code; none of them throws.\n * `Variant` is a union discriminated by `category`:\n * narrowing on it gives that category\'s codes.\n *\n * Dotted codes form a hierarchy (`InvalidInput.TaskDuplicated` is under `InvalidInput`):\n * `parentOf(code)`, `subcodes(code)` and `isWithin(code, ancestor)` read it; API 3.0 callers\n * often handle a whole class of codes (`isWithin(error.code, "InvalidInput")`).\n *\n * @packageDocumentation\n */\n'
    l_1_translated = False
    pass
    template = environment.get_template('typescript/category_types.d.ts.j2', 'typescript/strings.d.ts.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'translated': l_1_translated}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    l_1_translated = missing
    yield "/** The same code on another page: that page's set, category and code. */\nexport interface SeeAlso {\n    readonly set: string;\n    readonly category: string;\n    readonly code: number | string;\n}\n/** Every code of the upstream page, by constant name. */\n"
    if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'codes'):
        pass
        yield 'export declare const ErrorCode: {\n'
        for l_1_k in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'codes'):
            l_1_text = missing
            _loop_vars = {}
            pass
            l_1_text = t_3(environment.getattr(l_1_k, 'summary'))
            _loop_vars['text'] = l_1_text
            if environment.getattr(l_1_k, 'deprecated'):
                pass
                yield '    /** @deprecated Retired from the upstream page; kept for compatibility.'
                if (undefined(name='text') if l_1_text is missing else l_1_text):
                    pass
                    yield ' '
                    yield str(environment.finalize((undefined(name='text') if l_1_text is missing else l_1_text)))
                yield ' */\n'
            elif (undefined(name='text') if l_1_text is missing else l_1_text):
                pass
                yield '    /** '
                yield str(environment.finalize((undefined(name='text') if l_1_text is missing else l_1_text)))
                yield ' */\n'
            yield '    readonly '
            yield str(environment.finalize(t_1(environment.getattr(l_1_k, 'name'))))
            yield ': '
            yield str(environment.finalize(t_4(environment.getattr(l_1_k, 'code'))))
            yield ';\n'
        l_1_k = l_1_text = missing
        yield '};\n'
    else:
        pass
        yield 'export declare const ErrorCode: {};\n'
    yield '/** A code of the upstream page, e.g. `"AccessDenied"`. */\nexport type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];\n/** One row of the upstream page, of the category `C`: a code (one of `K`) with one HTTP status and text. */\nexport interface VariantOf<C extends CategoryId, K extends ErrorCode> {\n    readonly code: K;\n    /** The HTTP status of the response, or `null` where the page gives none. */\n    readonly httpStatus: number | null;\n    /** The status\'s reason phrase as the page gives it, e.g. `"Forbidden"`, or `null`. */\n    readonly httpReason: string | null;\n    /** What the code means with this status, in the upstream page\'s words. */\n    readonly description: string;\n    /** What to do about it, or `null` where the page lists no action. */\n    readonly action: string | null;\n    readonly category: C;\n    /** True for a row the page no longer lists, kept so that no constant vanishes. */\n    readonly deprecated: boolean;\n    /** Where other pages give the same code. */\n    readonly seeAlso: readonly SeeAlso[];\n}\n/** One row of the upstream page: narrowing on `category` gives that category\'s codes. */\nexport type Variant = '
    l_1_loop = missing
    t_5 = 1
    for (l_1_c, l_1_codes), l_1_loop in LoopContext((undefined(name='codes_by_category') if l_0_codes_by_category is missing else l_0_codes_by_category), undefined):
        _loop_vars = {}
        pass
        yield 'VariantOf<'
        yield str(environment.finalize(t_4(environment.getattr(l_1_c, 'id'))))
        yield ', '
        l_2_loop = missing
        t_6 = 1
        for l_2_k, l_2_loop in LoopContext(l_1_codes, undefined):
            _loop_vars = {}
            pass
            yield str(environment.finalize(t_4(l_2_k)))
            if (not environment.getattr(l_2_loop, 'last')):
                pass
                yield ' | '
            t_6 = 0
        l_2_loop = l_2_k = missing
        if t_6:
            pass
            yield 'never'
        yield '>'
        if (not environment.getattr(l_1_loop, 'last')):
            pass
            yield ' | '
        t_5 = 0
    l_1_loop = l_1_c = l_1_codes = missing
    if t_5:
        pass
        yield 'VariantOf<never, never>'
    yield ';\n/** Every category, in the page\'s order. */\nexport declare const CATEGORIES: readonly CategoryInfo[];\n/** Every row of the page, in the page\'s order. */\nexport declare const VARIANTS: readonly Variant[];\n/** True when `code` is a code of the upstream page. */\nexport declare function isErrorCode(code: string): code is ErrorCode;\n/** Returns every row of the page with this code, in order; `[]` for an unknown code. */\nexport declare function lookup(code: string): readonly Variant[];\n/** Returns the row for an error response\'s HTTP status and `<Code>`, or `undefined`. */\nexport declare function fromResponse(status: number, code: string): Variant | undefined;\n/**\n * Returns the code one level up a dotted code: all but its last `.` part (`"InvalidInput"`\n * for `"InvalidInput.TaskDuplicated"`), whether or not the page lists it; `null` at the top.\n */\nexport declare function parentOf(code: string): string | null;\n/** Returns the codes of the page one level below `code` (whether or not the page lists it), in the page\'s order. */\nexport declare function subcodes(code: string): readonly ErrorCode[];\n/**\n * True when `code` is `ancestor` or lies below it (`"InvalidInput.TaskDuplicated"` is within\n * `"InvalidInput"`; `"InvalidInputs"` is not).\n */\nexport declare function isWithin(code: string, ancestor: string): boolean;\n/** Returns the `'
    yield str(environment.finalize((undefined(name='exception') if l_0_exception is missing else l_0_exception)))
    yield "` of an error response's HTTP status and `<Code>`, to throw (see `errorFrom`). */\nexport declare function exceptionFromResponse(status: number, code: string): "
    yield str(environment.finalize((undefined(name='exception') if l_0_exception is missing else l_0_exception)))
    yield ';\n'
    l_1_by_number = False
    pass
    template = environment.get_template('typescript/error.d.ts.j2', 'typescript/strings.d.ts.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'by_number': l_1_by_number}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    l_1_by_number = missing

blocks = {}
debug_info = '3=39&5=41&10=43&24=47&32=55&34=58&35=62&36=64&37=67&38=72&39=75&41=78&67=90&68=101&69=111&92=120&93=122&94=126'
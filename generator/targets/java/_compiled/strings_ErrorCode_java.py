from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'java/strings.ErrorCode.java.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_view = resolve('view')
    l_0_package = resolve('package')
    l_0_rows = resolve('rows')
    try:
        t_1 = environment.filters['ident']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'ident' found.")
    try:
        t_2 = environment.filters['java_comment']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'java_comment' found.")
    try:
        t_3 = environment.filters['java_doc']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'java_doc' found.")
    pass
    yield '// '
    yield str(environment.finalize(t_2(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'header'))))
    yield '\n\npackage '
    yield str(environment.finalize((undefined(name='package') if l_0_package is missing else l_0_package)))
    yield ";\n\nimport java.util.ArrayList;\nimport java.util.List;\nimport java.util.Optional;\n\n/**\n * A code of the upstream page: one constant per distinct code, across the page's groups; a\n * code can stand in several rows ({@link #variants()}), with different HTTP statuses and texts.\n */\npublic enum ErrorCode {\n"
    l_1_loop = missing
    t_4 = 1
    for l_1_k, l_1_loop in LoopContext(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'codes'), undefined):
        l_1_summary = missing
        _loop_vars = {}
        pass
        l_1_summary = t_3(environment.getattr(l_1_k, 'summary'))
        _loop_vars['summary'] = l_1_summary
        yield '    /**\n     * {@code '
        yield str(environment.finalize(t_3(environment.getattr(l_1_k, 'code'))))
        yield '}'
        if (undefined(name='summary') if l_1_summary is missing else l_1_summary):
            pass
            yield ': '
            yield str(environment.finalize((undefined(name='summary') if l_1_summary is missing else l_1_summary)))
        yield '\n'
        if environment.getattr(l_1_k, 'deprecated'):
            pass
            yield '     *\n     * @deprecated retired from the upstream page; kept for compatibility.\n'
        yield '     */\n'
        if environment.getattr(l_1_k, 'deprecated'):
            pass
            yield '    @Deprecated\n'
        yield '    '
        yield str(environment.finalize(t_1(environment.getattr(l_1_k, 'name'))))
        if environment.getattr(l_1_loop, 'last'):
            pass
            yield ';'
        else:
            pass
            yield ','
        yield '\n'
        if (not environment.getattr(l_1_loop, 'last')):
            pass
            yield '\n'
        t_4 = 0
    l_1_loop = l_1_k = l_1_summary = missing
    if t_4:
        pass
        yield '    ;\n'
    yield "\n    /** Every constant's code, in order of declaration (data, not code: see {@link Category#unpack}). */\n    private static final String[] CODES = Category.unpack(\n            "
    yield str(environment.finalize(context.call(environment.getattr((undefined(name='rows') if l_0_rows is missing else l_0_rows), 'codes'))))
    yield ');\n\n    /**\n     * The code itself, e.g. {@code "AccessDenied"}.\n     *\n     * @return the code\n     */\n    public String code() {\n        return CODES[ordinal()];\n    }\n\n    /**\n     * The constant of a code.\n     *\n     * @param code a code, e.g. {@code "AccessDenied"}\n     * @return the constant, or empty for a code the page does not list\n     */\n    public static Optional<ErrorCode> of(String code) {\n        for (ErrorCode value : values()) {\n            if (value.code().equals(code)) {\n                return Optional.of(value);\n            }\n        }\n        return Optional.empty();\n    }\n\n    /**\n     * Every row of the page with this code, in the page\'s order.\n     *\n     * @return an unmodifiable list\n     */\n    public List<ErrorInfo> variants() {\n        return '
    yield str(environment.finalize(t_1(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'type_prefix'))))
    yield 'Errors.lookup(code());\n    }\n\n    /**\n     * What the code means, in the words of its first row.\n     *\n     * @return the description\n     */\n    public String description() {\n        return variants().get(0).description();\n    }\n\n    /**\n     * Whether every row of the code was retired from the page.\n     *\n     * @return true for a retired code\n     */\n    public boolean deprecated() {\n        return variants().stream().allMatch(ErrorInfo::deprecated);\n    }\n\n    /**\n     * Where other pages give the same code: every reference of every row, once each.\n     *\n     * @return the references, in order\n     */\n    public List<SeeAlso> seeAlso() {\n        List<SeeAlso> out = new ArrayList<>();\n        for (ErrorInfo v : variants()) {\n            for (SeeAlso s : v.seeAlso()) {\n                if (!out.contains(s)) {\n                    out.add(s);\n                }\n            }\n        }\n        return List.copyOf(out);\n    }\n\n    /**\n     * The code one level up ({@code "InvalidInput"} for {@code "InvalidInput.TaskDuplicated"});\n     * {@code ErrorCode.of(parent)} if the page lists it too.\n     *\n     * @return the parent, or empty for a top-level code\n     */\n    public Optional<String> parent() {\n        return '
    yield str(environment.finalize(t_1(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'type_prefix'))))
    yield "Errors.parentOf(code());\n    }\n\n    /**\n     * The codes one level below this one.\n     *\n     * @return an unmodifiable list, in the page's order\n     */\n    public List<ErrorCode> subcodes() {\n        return "
    yield str(environment.finalize(t_1(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'type_prefix'))))
    yield 'Errors.subcodes(code());\n    }\n}\n'

blocks = {}
debug_info = '1=33&3=35&14=39&15=43&17=46&19=53&24=57&27=61&29=69&38=78&70=80&115=82&124=84'
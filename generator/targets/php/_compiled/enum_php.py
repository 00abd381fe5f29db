from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'php/enum.php.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_view = resolve('view')
    l_0_namespace = resolve('namespace')
    l_0_c = resolve('c')
    l_0_P = resolve('P')
    try:
        t_1 = environment.filters['ident']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'ident' found.")
    try:
        t_2 = environment.filters['php_comment']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'php_comment' found.")
    try:
        t_3 = environment.filters['php_doc']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'php_doc' found.")
    try:
        t_4 = environment.filters['php_str']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'php_str' found.")
    try:
        t_5 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    yield '<?php\n// '
    yield str(environment.finalize(t_2(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'header'))))
    yield '\n\ndeclare(strict_types=1);\n\nnamespace '
    yield str(environment.finalize((undefined(name='namespace') if l_0_namespace is missing else l_0_namespace)))
    yield ';\n\n/**\n * '
    yield str(environment.finalize(t_3(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'title'))))
    yield '\n *\n * The codes of the category `'
    yield str(environment.finalize(t_3(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'id'))))
    yield '` of '
    yield str(environment.finalize(t_3(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'product_label'))))
    yield "'s page, one case each.\n"
    if (not t_5(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'fallback'))):
        pass
        yield ' * Any other code of this category: '
        yield str(environment.finalize(t_3(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'fallback'))))
        yield '\n'
    yield ' */\nenum '
    yield str(environment.finalize(t_1(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'name'))))
    yield ': int implements ErrorInfo\n{\n'
    for l_1_e in environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'entries'):
        l_1_case_name = resolve('case_name')
        _loop_vars = {}
        pass
        yield '    /**\n     * '
        yield str(environment.finalize(t_3(environment.getattr(l_1_e, 'description'))))
        yield '\n'
        if environment.getattr(l_1_e, 'deprecated'):
            pass
            yield '     *\n     * @deprecated the page no longer lists this code\n'
        yield '     */\n    case '
        yield str(environment.finalize(context.call((undefined(name='case_name') if l_1_case_name is missing else l_1_case_name), environment.getattr(l_1_e, 'name'), _loop_vars=_loop_vars)))
        yield ' = '
        yield str(environment.finalize(environment.getattr(l_1_e, 'code')))
        yield ';\n'
    l_1_e = l_1_case_name = missing
    yield '\n    public function category(): Category\n    {\n        return '
    yield str(environment.finalize((undefined(name='P') if l_0_P is missing else l_0_P)))
    yield 'Errors::category('
    yield str(environment.finalize(t_4(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'id'))))
    yield ');\n    }\n\n    public function code(): int\n    {\n        return $this->value;\n    }\n\n    public function name(): string\n    {\n        return '
    yield str(environment.finalize((undefined(name='P') if l_0_P is missing else l_0_P)))
    yield 'Errors::row('
    yield str(environment.finalize(t_4(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'id'))))
    yield ', $this->value)[0];\n    }\n\n    public function description(): string\n    {\n        return '
    yield str(environment.finalize((undefined(name='P') if l_0_P is missing else l_0_P)))
    yield 'Errors::row('
    yield str(environment.finalize(t_4(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'id'))))
    yield ', $this->value)[2];\n    }\n\n    public function action(): ?string\n    {\n        return '
    yield str(environment.finalize((undefined(name='P') if l_0_P is missing else l_0_P)))
    yield 'Errors::row('
    yield str(environment.finalize(t_4(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'id'))))
    yield ', $this->value)[3];\n    }\n\n    public function deprecated(): bool\n    {\n        return '
    yield str(environment.finalize((undefined(name='P') if l_0_P is missing else l_0_P)))
    yield 'Errors::row('
    yield str(environment.finalize(t_4(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'id'))))
    yield ', $this->value)[1];\n    }\n\n    public function text(string $locale): LocalizedText\n    {\n        $row = '
    yield str(environment.finalize((undefined(name='P') if l_0_P is missing else l_0_P)))
    yield 'Errors::row('
    yield str(environment.finalize(t_4(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'id'))))
    yield ', $this->value);\n        return '
    yield str(environment.finalize((undefined(name='P') if l_0_P is missing else l_0_P)))
    yield 'Errors::localize($row[2], $row[3], $row[4], $locale);\n    }\n\n    public function variants(): array\n    {\n        return '
    yield str(environment.finalize((undefined(name='P') if l_0_P is missing else l_0_P)))
    yield 'Errors::variants('
    yield str(environment.finalize(t_4(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'id'))))
    yield ', $this->value);\n    }\n\n    public function seeAlso(): array\n    {\n        return '
    yield str(environment.finalize((undefined(name='P') if l_0_P is missing else l_0_P)))
    yield 'Errors::seeAlso('
    yield str(environment.finalize(t_4(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'id'))))
    yield ', $this->value);\n    }\n}\n'

blocks = {}
debug_info = '2=46&6=48&9=50&11=52&12=56&13=59&16=62&18=64&20=69&21=71&26=75&31=81&41=85&46=89&51=93&56=97&61=101&62=105&67=107&72=111'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'php/ErrorCode.php.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_view = resolve('view')
    l_0_namespace = resolve('namespace')
    l_0_P = resolve('P')
    try:
        t_1 = environment.filters['php_comment']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'php_comment' found.")
    try:
        t_2 = environment.filters['php_doc']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'php_doc' found.")
    try:
        t_3 = environment.filters['php_str']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'php_str' found.")
    pass
    yield '<?php\n// '
    yield str(environment.finalize(t_1(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'header'))))
    yield '\n\ndeclare(strict_types=1);\n\nnamespace '
    yield str(environment.finalize((undefined(name='namespace') if l_0_namespace is missing else l_0_namespace)))
    yield ';\n\n/**\n * Every symbolic code of '
    yield str(environment.finalize(t_2(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'product_label'))))
    yield "'s page (the `<Code>` of an error\n * response), one case per code: `ErrorCode::tryFrom($code)` reads one, `->variants()` gives its rows,\n * `->seeAlso()` the same code on other pages.\n */\nenum ErrorCode: string\n{\n"
    for l_1_k in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'codes'):
        l_1_case_name = resolve('case_name')
        _loop_vars = {}
        pass
        yield '    /**\n     * '
        yield str(environment.finalize(t_2(environment.getattr(l_1_k, 'summary'))))
        yield '\n'
        if environment.getattr(l_1_k, 'deprecated'):
            pass
            yield '     *\n     * @deprecated the page no longer lists this code\n'
        yield '     */\n    case '
        yield str(environment.finalize(context.call((undefined(name='case_name') if l_1_case_name is missing else l_1_case_name), environment.getattr(l_1_k, 'name'), _loop_vars=_loop_vars)))
        yield ' = '
        yield str(environment.finalize(t_3(environment.getattr(l_1_k, 'code'))))
        yield ';\n'
    l_1_k = l_1_case_name = missing
    yield "\n    /**\n     * Every row of the page with this code, in the page's order.\n     *\n     * @return list<Variant>\n     */\n    public function variants(): array\n    {\n        return "
    yield str(environment.finalize((undefined(name='P') if l_0_P is missing else l_0_P)))
    yield "Errors::lookup($this->value);\n    }\n\n    /** The first row's text. */\n    public function description(): string\n    {\n        return $this->variants()[0]->description();\n    }\n\n    /** True when every row of the code was retired from the page. */\n    public function deprecated(): bool\n    {\n        foreach ($this->variants() as $variant) {\n            if (!$variant->deprecated()) {\n                return false;\n            }\n        }\n        return true;\n    }\n\n    /**\n     * The same code on other pages: the see-also links of every row, each once, in the page's order.\n     *\n     * @return list<SeeAlso>\n     */\n    public function seeAlso(): array\n    {\n        $out = [];\n        foreach ($this->variants() as $variant) {\n            foreach ($variant->seeAlso() as $link) {\n                foreach ($out as $seen) {\n                    $same = $seen->set === $link->set && $seen->category === $link->category;\n                    if ($same && $seen->code === $link->code) {\n                        continue 2;\n                    }\n                }\n                $out[] = $link;\n            }\n        }\n        return $out;\n    }\n\n    /** The code one level up, where the page lists it (`InvalidInput` for `InvalidInput.TaskDuplicated`), or null. */\n    public function parent(): ?ErrorCode\n    {\n        $parent = "
    yield str(environment.finalize((undefined(name='P') if l_0_P is missing else l_0_P)))
    yield "Errors::parentOf($this->value);\n        return $parent === null ? null : self::tryFrom($parent);\n    }\n\n    /**\n     * The codes of the page one level below this one, in the page's order.\n     *\n     * @return list<ErrorCode>\n     */\n    public function subcodes(): array\n    {\n        return "
    yield str(environment.finalize((undefined(name='P') if l_0_P is missing else l_0_P)))
    yield 'Errors::subcodes($this->value);\n    }\n}\n'

blocks = {}
debug_info = '2=33&6=35&9=37&15=39&17=44&18=46&23=50&33=56&78=58&89=60'
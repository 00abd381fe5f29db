from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'php/CategoryException.php.j2'

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
    l_0_exception_name = resolve('exception_name')
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
    pass
    yield '<?php\n// '
    yield str(environment.finalize(t_1(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'header'))))
    yield '\n\ndeclare(strict_types=1);\n\nnamespace '
    yield str(environment.finalize((undefined(name='namespace') if l_0_namespace is missing else l_0_namespace)))
    yield ';\n\n/**\n * An error response of the category `'
    yield str(environment.finalize(t_2(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'id'))))
    yield '` ('
    yield str(environment.finalize(t_2(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'title'))))
    yield "): catch it to\n * handle that category's errors. "
    yield str(environment.finalize((undefined(name='P') if l_0_P is missing else l_0_P)))
    yield 'Errors::from() gives it for a response whose code and\n * status pick this category first (see '
    yield str(environment.finalize((undefined(name='P') if l_0_P is missing else l_0_P)))
    yield 'Exception::categories()).\n */\nclass '
    yield str(environment.finalize(context.call((undefined(name='exception_name') if l_0_exception_name is missing else l_0_exception_name), (undefined(name='c') if l_0_c is missing else l_0_c))))
    yield ' extends '
    yield str(environment.finalize((undefined(name='P') if l_0_P is missing else l_0_P)))
    yield 'Exception\n{\n}\n'

blocks = {}
debug_info = '2=29&6=31&9=33&10=37&11=39&13=41'
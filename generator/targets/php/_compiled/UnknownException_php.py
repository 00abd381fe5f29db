from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'php/UnknownException.php.j2'

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
    pass
    yield '<?php\n// '
    yield str(environment.finalize(t_1(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'header'))))
    yield '\n\ndeclare(strict_types=1);\n\nnamespace '
    yield str(environment.finalize((undefined(name='namespace') if l_0_namespace is missing else l_0_namespace)))
    yield ';\n\n/**\n * An error response whose code and status pick no category of the page: a code the page does\n * not list (or a malformed one, kept as received), or no code at all.\n */\nclass '
    yield str(environment.finalize((undefined(name='P') if l_0_P is missing else l_0_P)))
    yield 'UnknownException extends '
    yield str(environment.finalize((undefined(name='P') if l_0_P is missing else l_0_P)))
    yield 'Exception\n{\n}\n'

blocks = {}
debug_info = '2=21&6=23&12=25'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'typescript/index_by_code.ts.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_by_number = resolve('by_number')
    l_0_row = resolve('row')
    l_0_table = resolve('table')
    l_0_type = resolve('type')
    l_0_key = resolve('key')
    l_0_js = resolve('js')
    try:
        t_1 = environment.filters['ident']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'ident' found.")
    pass
    if (undefined(name='by_number') if l_0_by_number is missing else l_0_by_number):
        pass
        (l_0_row, l_0_table) = (t_1('info'), t_1('ERRORS'))
        context.vars.update({'row': l_0_row, 'table': l_0_table})
        context.exported_vars.update(('row', 'table'))
        (l_0_type, l_0_key) = (t_1('ErrorInfo'), t_1('number'))
        context.vars.update({'key': l_0_key, 'type': l_0_type})
        context.exported_vars.update(('key', 'type'))
    else:
        pass
        (l_0_row, l_0_table) = (t_1('variant'), t_1('VARIANTS'))
        context.vars.update({'row': l_0_row, 'table': l_0_table})
        context.exported_vars.update(('row', 'table'))
        (l_0_type, l_0_key) = (t_1('Variant'), t_1('string'))
        context.vars.update({'key': l_0_key, 'type': l_0_type})
        context.exported_vars.update(('key', 'type'))
    yield '// Every row by code, built on first use: a bundle that never looks a code up keeps no table.\nlet index'
    if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
        pass
        yield ': ReadonlyMap<'
        yield str(environment.finalize((undefined(name='key') if l_0_key is missing else l_0_key)))
        yield ', readonly '
        yield str(environment.finalize((undefined(name='type') if l_0_type is missing else l_0_type)))
        yield '[]> | undefined'
    yield ';\n\nfunction byCode()'
    if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
        pass
        yield ': ReadonlyMap<'
        yield str(environment.finalize((undefined(name='key') if l_0_key is missing else l_0_key)))
        yield ', readonly '
        yield str(environment.finalize((undefined(name='type') if l_0_type is missing else l_0_type)))
        yield '[]>'
    yield ' {\n  if (index === undefined) {\n    const built = new Map'
    if (not (undefined(name='js') if l_0_js is missing else l_0_js)):
        pass
        yield '<'
        yield str(environment.finalize((undefined(name='key') if l_0_key is missing else l_0_key)))
        yield ', '
        yield str(environment.finalize((undefined(name='type') if l_0_type is missing else l_0_type)))
        yield '[]>'
    yield '();\n    for (const '
    yield str(environment.finalize((undefined(name='row') if l_0_row is missing else l_0_row)))
    yield ' of '
    yield str(environment.finalize((undefined(name='table') if l_0_table is missing else l_0_table)))
    yield ') {\n      const same = built.get('
    yield str(environment.finalize((undefined(name='row') if l_0_row is missing else l_0_row)))
    yield '.code);\n      if (same === undefined) {\n        built.set('
    yield str(environment.finalize((undefined(name='row') if l_0_row is missing else l_0_row)))
    yield '.code, ['
    yield str(environment.finalize((undefined(name='row') if l_0_row is missing else l_0_row)))
    yield ']);\n      } else {\n        same.push('
    yield str(environment.finalize((undefined(name='row') if l_0_row is missing else l_0_row)))
    yield ');\n      }\n    }\n    index = built;\n  }\n  return index;\n}\n'

blocks = {}
debug_info = '5=23&6=25&7=28&9=33&10=36&13=40&15=48&17=56&18=64&19=68&21=70&23=74'
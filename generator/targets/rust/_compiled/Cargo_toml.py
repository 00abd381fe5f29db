from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'rust/Cargo.toml.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_view = resolve('view')
    l_0_crate = resolve('crate')
    l_0_version = resolve('version')
    l_0_rust_version = resolve('rust_version')
    l_0_what = resolve('what')
    try:
        t_1 = environment.filters['rust_comment']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'rust_comment' found.")
    try:
        t_2 = environment.filters['rust_toml_str']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'rust_toml_str' found.")
    pass
    yield '# '
    yield str(environment.finalize(t_1(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'header'))))
    yield '\n[package]\nname = "'
    yield str(environment.finalize((undefined(name='crate') if l_0_crate is missing else l_0_crate)))
    yield '"\nversion = "'
    yield str(environment.finalize((undefined(name='version') if l_0_version is missing else l_0_version)))
    yield '"\nedition = "2021"\nrust-version = "'
    yield str(environment.finalize((undefined(name='rust_version') if l_0_rust_version is missing else l_0_rust_version)))
    yield '"\n'
    if (environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'kind') == 'string'):
        pass
        l_0_what = str_join(('The symbolic error codes of ', environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'product_label'), ))
        context.vars['what'] = l_0_what
        context.exported_vars.add('what')
        yield 'description = '
        yield str(environment.finalize(t_2(str_join(((undefined(name='what') if l_0_what is missing else l_0_what), ', generated from its error-code page', )))))
        yield '\n'
    else:
        pass
        yield 'description = '
        yield str(environment.finalize(t_2(str_join(('The error codes of ', environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'product_label'), ', generated from its error-code page', )))))
        yield '\n'
    yield 'publish = false\n\n[lib]\npath = "src/lib.rs"\n\n[dependencies]\n'

blocks = {}
debug_info = '1=29&3=31&4=33&6=35&7=37&8=39&9=43&11=48'
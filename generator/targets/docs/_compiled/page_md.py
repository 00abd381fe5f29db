from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'docs/page.md.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_ui = resolve('ui')
    l_0_view = resolve('view')
    l_0_set_name = resolve('set_name')
    l_0_stem = resolve('stem')
    l_0_notes = resolve('notes')
    l_0_sections = resolve('sections')
    l_0_en = missing
    try:
        t_1 = environment.filters['html']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'html' found.")
    try:
        t_2 = environment.filters['html_comment']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'html_comment' found.")
    try:
        t_3 = environment.filters['md']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'md' found.")
    try:
        t_4 = environment.filters['md_href']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'md_href' found.")
    try:
        t_5 = environment.filters['md_idents']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'md_idents' found.")
    try:
        t_6 = environment.filters['md_said']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'md_said' found.")
    try:
        t_7 = environment.filters['string']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'string' found.")
    try:
        t_8 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    l_0_en = environment.getitem((undefined(name='ui') if l_0_ui is missing else l_0_ui), environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'locale'))
    context.vars['en'] = l_0_en
    context.exported_vars.add('en')
    yield '<!-- '
    yield str(environment.finalize(t_2(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'header'))))
    yield ' -->\n\n# '
    yield str(environment.finalize(t_3(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'product'), 'name'))))
    yield ': '
    yield str(environment.finalize(t_3(environment.getattr((undefined(name='en') if l_0_en is missing else l_0_en), 'heading'))))
    yield ' ('
    yield str(environment.finalize(t_3((undefined(name='set_name') if l_0_set_name is missing else l_0_set_name))))
    yield ')\n\n'
    t_9 = 1
    for (l_1_path, l_1_digest) in environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'doc'), 'sources'):
        _loop_vars = {}
        pass
        yield '- '
        yield str(environment.finalize(t_3(environment.getattr((undefined(name='en') if l_0_en is missing else l_0_en), 'source'))))
        yield ': '
        yield str(environment.finalize(t_3(l_1_path)))
        yield ' (sha256 `'
        yield str(environment.finalize(t_3(l_1_digest)))
        yield '`)\n'
        t_9 = 0
    l_1_path = l_1_digest = missing
    if t_9:
        pass
        yield '- '
        yield str(environment.finalize(t_3(environment.getattr((undefined(name='en') if l_0_en is missing else l_0_en), 'source'))))
        yield ': '
        yield str(environment.finalize(t_3(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'doc'), 'source'))))
        yield ' (sha256 `'
        yield str(environment.finalize(t_3(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'doc'), 'sha256'))))
        yield '`)\n'
    if environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'doc'), 'upstream'):
        pass
        yield '- '
        yield str(environment.finalize(t_3(environment.getattr((undefined(name='en') if l_0_en is missing else l_0_en), 'upstream'))))
        yield ': '
        yield str(environment.finalize(t_3(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'doc'), 'upstream'))))
        yield '\n'
    yield '- Searchable, in every locale: ['
    yield str(environment.finalize(t_3((undefined(name='stem') if l_0_stem is missing else l_0_stem))))
    yield '.html]('
    yield str(environment.finalize(t_4(str_join(((undefined(name='stem') if l_0_stem is missing else l_0_stem), '.html', )))))
    yield ')\n'
    if (undefined(name='notes') if l_0_notes is missing else l_0_notes):
        pass
        yield '\n## '
        yield str(environment.finalize(t_3(environment.getattr((undefined(name='en') if l_0_en is missing else l_0_en), 'notes'))))
        yield '\n\n'
        l_1_loop = missing
        for (l_1_n, l_1_texts, l_1_links), l_1_loop in LoopContext((undefined(name='notes') if l_0_notes is missing else l_0_notes), undefined):
            _loop_vars = {}
            pass
            yield '-'
            def t_10(fiter):
                for l_2_t in fiter:
                    if ((environment.getattr(l_2_t, 'locale') == environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'locale')) or (environment.getattr(l_2_t, 'text') != environment.getattr(environment.getitem(l_1_texts, 0), 'text'))):
                        yield l_2_t
            l_2_loop = missing
            for l_2_t, l_2_loop in LoopContext(t_10(l_1_texts), undefined):
                _loop_vars = {}
                pass
                if (not environment.getattr(l_2_loop, 'first')):
                    pass
                    yield '<br>'
                yield ' '
                yield str(environment.finalize(t_3(environment.getattr(l_2_t, 'text'))))
            l_2_loop = l_2_t = missing
            for l_2_k in l_1_links:
                _loop_vars = {}
                pass
                if environment.getattr(l_2_k, 'href'):
                    pass
                    yield ' ['
                    yield str(environment.finalize(t_3(environment.getattr(l_2_k, 'text'))))
                    yield ']('
                    yield str(environment.finalize(t_4(environment.getattr(l_2_k, 'href'))))
                    yield ')'
                else:
                    pass
                    yield ' '
                    yield str(environment.finalize(t_3(environment.getattr(l_2_k, 'text'))))
                    yield ' ('
                    yield str(environment.finalize(t_3(environment.getattr(l_2_k, 'url'))))
                    yield ')'
            l_2_k = missing
            yield '\n'
        l_1_loop = l_1_n = l_1_texts = l_1_links = missing
    l_1_loop = missing
    for l_1_s, l_1_loop in LoopContext((undefined(name='sections') if l_0_sections is missing else l_0_sections), undefined):
        _loop_vars = {}
        pass
        yield '\n## '
        yield str(environment.finalize(t_3(environment.getattr(environment.getitem(environment.getattr(l_1_s, 'titles'), 0), 'text'))))
        def t_11(fiter):
            for l_2_t in fiter:
                if (environment.getattr(l_2_t, 'text') != environment.getattr(environment.getitem(environment.getattr(l_1_s, 'titles'), 0), 'text')):
                    yield l_2_t
        for l_2_t in t_11(environment.getattr(l_1_s, 'titles')[1:]):
            _loop_vars = {}
            pass
            yield ' / '
            yield str(environment.finalize(t_3(environment.getattr(l_2_t, 'text'))))
        l_2_t = missing
        if environment.getattr(environment.getattr(l_1_s, 'category'), 'deprecated'):
            pass
            yield ' ('
            yield str(environment.finalize(t_3(environment.getattr((undefined(name='en') if l_0_en is missing else l_0_en), 'retired'))))
            yield ')'
        yield '\n\n'
        if environment.getattr(l_1_s, 'fallbacks'):
            pass
            yield str(environment.finalize(t_3(environment.getattr((undefined(name='en') if l_0_en is missing else l_0_en), 'fallback'))))
            yield ':'
            def t_12(fiter):
                for l_2_t in fiter:
                    if ((environment.getattr(l_2_t, 'locale') == environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'locale')) or (environment.getattr(l_2_t, 'text') != environment.getattr(environment.getitem(environment.getattr(l_1_s, 'fallbacks'), 0), 'text'))):
                        yield l_2_t
            l_2_loop = missing
            for l_2_t, l_2_loop in LoopContext(t_12(environment.getattr(l_1_s, 'fallbacks')), undefined):
                _loop_vars = {}
                pass
                if (not environment.getattr(l_2_loop, 'first')):
                    pass
                    yield '<br>'
                yield ' '
                yield str(environment.finalize(t_3(environment.getattr(l_2_t, 'text'))))
            l_2_loop = l_2_t = missing
            yield '\n\n'
        yield '| '
        yield str(environment.finalize(t_3(environment.getattr((undefined(name='en') if l_0_en is missing else l_0_en), 'code'))))
        yield ' | '
        yield str(environment.finalize(t_3(environment.getattr((undefined(name='en') if l_0_en is missing else l_0_en), 'description'))))
        yield ' | '
        yield str(environment.finalize(t_3(environment.getattr((undefined(name='en') if l_0_en is missing else l_0_en), 'action'))))
        yield ' | '
        yield str(environment.finalize(t_3(environment.getattr((undefined(name='en') if l_0_en is missing else l_0_en), 'identifiers'))))
        yield ' |\n| --- | --- | --- | --- |\n'
        for l_2_r in environment.getattr(l_1_s, 'rows'):
            l_2_e = missing
            _loop_vars = {}
            pass
            l_2_e = environment.getattr(l_2_r, 'entry')
            _loop_vars['e'] = l_2_e
            yield '| '
            if environment.getattr(l_2_r, 'first'):
                pass
                yield '<a id="'
                yield str(environment.finalize(t_1(environment.getattr(l_2_r, 'anchor'))))
                yield '"></a>'
            yield str(environment.finalize(t_3(t_7(environment.getattr((undefined(name='e') if l_2_e is missing else l_2_e), 'code')))))
            if (not t_8(environment.getattr((undefined(name='e') if l_2_e is missing else l_2_e), 'http_status'))):
                pass
                yield '<br>HTTP '
                yield str(environment.finalize(environment.getattr((undefined(name='e') if l_2_e is missing else l_2_e), 'http_status')))
                if environment.getattr((undefined(name='e') if l_2_e is missing else l_2_e), 'http_reason'):
                    pass
                    yield ' '
                    yield str(environment.finalize(t_3(environment.getattr((undefined(name='e') if l_2_e is missing else l_2_e), 'http_reason'))))
            if environment.getattr((undefined(name='e') if l_2_e is missing else l_2_e), 'deprecated'):
                pass
                yield '<br>**'
                yield str(environment.finalize(t_3(environment.getattr((undefined(name='en') if l_0_en is missing else l_0_en), 'retired'))))
                yield '**'
            yield ' |'
            yield str(environment.finalize(t_6(environment.getattr(l_2_r, 'descriptions'), environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'locale'))))
            for l_3_k in environment.getattr(l_2_r, 'links'):
                _loop_vars = {}
                pass
                yield '<br>'
                if environment.getattr(l_3_k, 'href'):
                    pass
                    yield '['
                    yield str(environment.finalize(t_3(environment.getattr(l_3_k, 'text'))))
                    yield ']('
                    yield str(environment.finalize(t_4(environment.getattr(l_3_k, 'href'))))
                    yield ')'
                else:
                    pass
                    yield str(environment.finalize(t_3(environment.getattr(l_3_k, 'text'))))
                    yield ' ('
                    yield str(environment.finalize(t_3(environment.getattr(l_3_k, 'url'))))
                    yield ')'
            l_3_k = missing
            for (l_3__, l_3_link, l_3_label) in environment.getattr(l_2_r, 'see_also'):
                _loop_vars = {}
                pass
                yield '<br>'
                yield str(environment.finalize(t_3(environment.getattr((undefined(name='en') if l_0_en is missing else l_0_en), 'see_also'))))
                yield ': ['
                yield str(environment.finalize(t_3(l_3_label)))
                yield ']('
                yield str(environment.finalize(t_4(l_3_link)))
                yield ')'
            l_3__ = l_3_link = l_3_label = missing
            yield ' |'
            yield str(environment.finalize(t_6(environment.getattr(l_2_r, 'actions'), environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'locale'))))
            yield ' |'
            yield str(environment.finalize(t_5(environment.getattr(l_2_r, 'identifiers'))))
            yield ' |\n'
        l_2_r = l_2_e = missing
    l_1_loop = l_1_s = missing

blocks = {}
debug_info = '4=66&5=70&7=72&9=79&10=83&12=94&14=100&15=103&17=108&18=112&20=115&22=118&23=122&24=130&25=136&26=139&31=157&33=161&34=162&35=172&38=178&39=180&40=182&41=190&45=198&47=206&48=210&49=213&50=219&51=223&52=227&54=233&55=238&57=252&59=264&60=266'
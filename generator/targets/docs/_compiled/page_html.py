from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'docs/page.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_view = resolve('view')
    l_0_ui = resolve('ui')
    l_0_csp = resolve('csp')
    l_0_set_name = resolve('set_name')
    l_0_style = resolve('style')
    l_0_sections = resolve('sections')
    l_0_count = resolve('count')
    l_0_compact = resolve('compact')
    l_0_notes = resolve('notes')
    l_0_md_page = resolve('md_page')
    l_0_stem = resolve('stem')
    l_0_data = resolve('data')
    l_0_script = resolve('script')
    l_0_locales = l_0_en = missing
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
        t_3 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_4 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    l_0_locales = environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'locales')
    context.vars['locales'] = l_0_locales
    context.exported_vars.add('locales')
    l_0_en = environment.getitem((undefined(name='ui') if l_0_ui is missing else l_0_ui), environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'locale'))
    context.vars['en'] = l_0_en
    context.exported_vars.add('en')
    yield '<!-- '
    yield str(environment.finalize(t_2(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'header'))))
    yield ' -->\n<!DOCTYPE html>\n<html lang="'
    yield str(environment.finalize(t_1(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'locale'))))
    yield '" data-locale="'
    yield str(environment.finalize(t_1(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'locale'))))
    yield '">\n<head>\n<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" content="'
    yield str(environment.finalize(t_1((undefined(name='csp') if l_0_csp is missing else l_0_csp))))
    yield '">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta name="color-scheme" content="light dark">\n<meta name="referrer" content="no-referrer">\n<title>'
    yield str(environment.finalize(t_1(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'product'), 'name'))))
    yield ': '
    yield str(environment.finalize(t_1(environment.getattr((undefined(name='en') if l_0_en is missing else l_0_en), 'heading'))))
    yield ' ('
    yield str(environment.finalize(t_1((undefined(name='set_name') if l_0_set_name is missing else l_0_set_name))))
    yield ')</title>\n<style>'
    yield str(environment.finalize((undefined(name='style') if l_0_style is missing else l_0_style)))
    yield '</style>\n</head>\n<body>\n<header class="top">\n<h1><span class="product">'
    yield str(environment.finalize(t_1(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'product'), 'name'))))
    yield '</span>\n'
    for l_1_l in (undefined(name='locales') if l_0_locales is missing else l_0_locales):
        _loop_vars = {}
        pass
        yield '<span class="l" data-l="'
        yield str(environment.finalize(t_1(l_1_l)))
        yield '">'
        yield str(environment.finalize(t_1(environment.getattr(environment.getitem((undefined(name='ui') if l_0_ui is missing else l_0_ui), l_1_l), 'heading'))))
        yield '</span>'
    l_1_l = missing
    yield ' <span class="set">'
    yield str(environment.finalize(t_1((undefined(name='set_name') if l_0_set_name is missing else l_0_set_name))))
    yield '</span></h1>\n<div class="controls" role="search">\n<label class="search"><span class="label">\n'
    for l_1_l in (undefined(name='locales') if l_0_locales is missing else l_0_locales):
        _loop_vars = {}
        pass
        yield '<span class="l" data-l="'
        yield str(environment.finalize(t_1(l_1_l)))
        yield '">'
        yield str(environment.finalize(t_1(environment.getattr(environment.getitem((undefined(name='ui') if l_0_ui is missing else l_0_ui), l_1_l), 'search'))))
        yield '</span>'
    l_1_l = missing
    yield '</span>\n<input id="q" type="search" autocomplete="off" spellcheck="false" aria-keyshortcuts="/"></label>\n<label><span class="label">\n'
    for l_1_l in (undefined(name='locales') if l_0_locales is missing else l_0_locales):
        _loop_vars = {}
        pass
        yield '<span class="l" data-l="'
        yield str(environment.finalize(t_1(l_1_l)))
        yield '">'
        yield str(environment.finalize(t_1(environment.getattr(environment.getitem((undefined(name='ui') if l_0_ui is missing else l_0_ui), l_1_l), 'category'))))
        yield '</span>'
    l_1_l = missing
    yield '</span>\n<select id="cat">\n<option value="">'
    yield str(environment.finalize(t_1(environment.getattr((undefined(name='en') if l_0_en is missing else l_0_en), 'all'))))
    yield '</option>\n'
    for l_1_s in (undefined(name='sections') if l_0_sections is missing else l_0_sections):
        _loop_vars = {}
        pass
        yield '<option value="'
        yield str(environment.finalize(environment.getattr(l_1_s, 'index')))
        yield '">\n'
        yield str(environment.finalize(t_1(environment.getattr(environment.getitem(environment.getattr(l_1_s, 'titles'), 0), 'text'))))
        yield '</option>\n'
    l_1_s = missing
    yield '</select></label>\n'
    if (t_3((undefined(name='locales') if l_0_locales is missing else l_0_locales)) > 1):
        pass
        yield '<label><span class="label">\n'
        for l_1_l in (undefined(name='locales') if l_0_locales is missing else l_0_locales):
            _loop_vars = {}
            pass
            yield '<span class="l" data-l="'
            yield str(environment.finalize(t_1(l_1_l)))
            yield '">'
            yield str(environment.finalize(t_1(environment.getattr(environment.getitem((undefined(name='ui') if l_0_ui is missing else l_0_ui), l_1_l), 'language'))))
            yield '</span>'
        l_1_l = missing
        yield '</span>\n<select id="lang">\n'
        for l_1_l in (undefined(name='locales') if l_0_locales is missing else l_0_locales):
            l_1_locale_names = resolve('locale_names')
            _loop_vars = {}
            pass
            yield '<option value="'
            yield str(environment.finalize(t_1(l_1_l)))
            yield '" lang="'
            yield str(environment.finalize(t_1(l_1_l)))
            yield '">'
            yield str(environment.finalize(t_1(environment.getitem((undefined(name='locale_names') if l_1_locale_names is missing else l_1_locale_names), l_1_l))))
            yield '</option>\n'
        l_1_l = l_1_locale_names = missing
        yield '</select></label>\n'
    yield '<p class="count" aria-live="polite"><output id="shown">'
    yield str(environment.finalize((undefined(name='count') if l_0_count is missing else l_0_count)))
    yield '</output> / '
    yield str(environment.finalize((undefined(name='count') if l_0_count is missing else l_0_count)))
    yield '\n'
    for l_1_l in (undefined(name='locales') if l_0_locales is missing else l_0_locales):
        _loop_vars = {}
        pass
        yield ' <span class="l" data-l="'
        yield str(environment.finalize(t_1(l_1_l)))
        yield '">'
        yield str(environment.finalize(t_1(environment.getattr(environment.getitem((undefined(name='ui') if l_0_ui is missing else l_0_ui), l_1_l), 'shown'))))
        yield '</span>'
    l_1_l = missing
    if (undefined(name='compact') if l_0_compact is missing else l_0_compact):
        pass
        yield '<span id="first" hidden>;\n'
        for l_1_l in (undefined(name='locales') if l_0_locales is missing else l_0_locales):
            _loop_vars = {}
            pass
            yield '<span class="l" data-l="'
            yield str(environment.finalize(t_1(l_1_l)))
            yield '">'
            yield str(environment.finalize(t_1(environment.getattr(environment.getitem((undefined(name='ui') if l_0_ui is missing else l_0_ui), l_1_l), 'drawn'))))
            yield '</span>'
        l_1_l = missing
        yield ' <output id="drawn"></output></span>\n'
    yield '</p>\n</div>\n<p class="keys">\n'
    for l_1_l in (undefined(name='locales') if l_0_locales is missing else l_0_locales):
        _loop_vars = {}
        pass
        yield '<span class="l" data-l="'
        yield str(environment.finalize(t_1(l_1_l)))
        yield '">'
        yield str(environment.finalize(t_1(environment.getattr(environment.getitem((undefined(name='ui') if l_0_ui is missing else l_0_ui), l_1_l), 'hint'))))
        yield '</span>'
    l_1_l = missing
    yield '</p>\n</header>\n<main>\n'
    if (undefined(name='notes') if l_0_notes is missing else l_0_notes):
        pass
        yield '<section class="notes">\n<h2>\n'
        for l_1_l in (undefined(name='locales') if l_0_locales is missing else l_0_locales):
            _loop_vars = {}
            pass
            yield '<span class="l" data-l="'
            yield str(environment.finalize(t_1(l_1_l)))
            yield '">'
            yield str(environment.finalize(t_1(environment.getattr(environment.getitem((undefined(name='ui') if l_0_ui is missing else l_0_ui), l_1_l), 'notes'))))
            yield '</span>'
        l_1_l = missing
        yield '</h2>\n'
        for (l_1_n, l_1_texts, l_1_links) in (undefined(name='notes') if l_0_notes is missing else l_0_notes):
            _loop_vars = {}
            pass
            yield '<div class="note"><p>\n'
            for l_2_t in l_1_texts:
                _loop_vars = {}
                pass
                yield '<span class="l" data-l="'
                yield str(environment.finalize(t_1(environment.getattr(l_2_t, 'locale'))))
                yield '"\n lang="'
                yield str(environment.finalize(t_1(environment.getattr(l_2_t, 'lang'))))
                yield '">'
                yield str(environment.finalize(t_1(environment.getattr(l_2_t, 'text'))))
                yield '</span>\n'
            l_2_t = missing
            yield '</p>\n'
            if l_1_links:
                pass
                yield '<ul class="links">\n'
                for l_2_k in l_1_links:
                    _loop_vars = {}
                    pass
                    if environment.getattr(l_2_k, 'href'):
                        pass
                        yield '<li><a href="'
                        yield str(environment.finalize(t_1(environment.getattr(l_2_k, 'href'))))
                        yield '" rel="noreferrer noopener">'
                        yield str(environment.finalize(t_1(environment.getattr(l_2_k, 'text'))))
                        yield '</a></li>\n'
                    else:
                        pass
                        yield '<li>'
                        yield str(environment.finalize(t_1(environment.getattr(l_2_k, 'text'))))
                        yield ' <code>'
                        yield str(environment.finalize(t_1(environment.getattr(l_2_k, 'url'))))
                        yield '</code></li>\n'
                l_2_k = missing
                yield '</ul>\n'
            yield '</div>\n'
        l_1_n = l_1_texts = l_1_links = missing
        yield '</section>\n'
    yield '<p id="none" class="none" hidden>\n'
    for l_1_l in (undefined(name='locales') if l_0_locales is missing else l_0_locales):
        _loop_vars = {}
        pass
        yield '<span class="l" data-l="'
        yield str(environment.finalize(t_1(l_1_l)))
        yield '">'
        yield str(environment.finalize(t_1(environment.getattr(environment.getitem((undefined(name='ui') if l_0_ui is missing else l_0_ui), l_1_l), 'none'))))
        yield '</span>'
    l_1_l = missing
    yield '</p>\n'
    if (undefined(name='compact') if l_0_compact is missing else l_0_compact):
        pass
        yield '<noscript><p class="none">\n'
        for l_1_l in (undefined(name='locales') if l_0_locales is missing else l_0_locales):
            _loop_vars = {}
            pass
            yield '<span class="l" data-l="'
            yield str(environment.finalize(t_1(l_1_l)))
            yield '">'
            yield str(environment.finalize(t_1(environment.getattr(environment.getitem((undefined(name='ui') if l_0_ui is missing else l_0_ui), l_1_l), 'noscript'))))
            yield '</span>'
        l_1_l = missing
        yield ' <a href="'
        yield str(environment.finalize(t_1((undefined(name='md_page') if l_0_md_page is missing else l_0_md_page))))
        yield '">'
        yield str(environment.finalize(t_1((undefined(name='stem') if l_0_stem is missing else l_0_stem))))
        yield '.md</a></p></noscript>\n<template id="row-ui">\n<span class="badge" data-ui="retired" title="'
        yield str(environment.finalize(t_1(environment.getattr((undefined(name='en') if l_0_en is missing else l_0_en), 'retired_title'))))
        yield '">\n'
        for l_1_l in (undefined(name='locales') if l_0_locales is missing else l_0_locales):
            _loop_vars = {}
            pass
            yield '<span class="l" data-l="'
            yield str(environment.finalize(t_1(l_1_l)))
            yield '">'
            yield str(environment.finalize(t_1(environment.getattr(environment.getitem((undefined(name='ui') if l_0_ui is missing else l_0_ui), l_1_l), 'retired'))))
            yield '</span>'
        l_1_l = missing
        yield '</span>\n<strong data-ui="action">\n'
        for l_1_l in (undefined(name='locales') if l_0_locales is missing else l_0_locales):
            _loop_vars = {}
            pass
            yield '<span class="l" data-l="'
            yield str(environment.finalize(t_1(l_1_l)))
            yield '">'
            yield str(environment.finalize(t_1(environment.getattr(environment.getitem((undefined(name='ui') if l_0_ui is missing else l_0_ui), l_1_l), 'action'))))
            yield '</span>'
        l_1_l = missing
        yield ':</strong>\n<span data-ui="see">\n'
        for l_1_l in (undefined(name='locales') if l_0_locales is missing else l_0_locales):
            _loop_vars = {}
            pass
            yield '<span class="l" data-l="'
            yield str(environment.finalize(t_1(l_1_l)))
            yield '">'
            yield str(environment.finalize(t_1(environment.getattr(environment.getitem((undefined(name='ui') if l_0_ui is missing else l_0_ui), l_1_l), 'see_also'))))
            yield '</span>'
        l_1_l = missing
        yield ':</span>\n</template>\n'
    l_1_loop = missing
    for l_1_s, l_1_loop in LoopContext((undefined(name='sections') if l_0_sections is missing else l_0_sections), undefined):
        _loop_vars = {}
        pass
        yield '<section class="cat" id="cat-'
        yield str(environment.finalize(t_1(environment.getattr(environment.getattr(l_1_s, 'category'), 'id'))))
        yield '" data-c="'
        yield str(environment.finalize(environment.getattr(l_1_s, 'index')))
        yield '">\n<h2>\n'
        for l_2_t in environment.getattr(l_1_s, 'titles'):
            _loop_vars = {}
            pass
            yield '<span class="l" data-l="'
            yield str(environment.finalize(t_1(environment.getattr(l_2_t, 'locale'))))
            yield '"\n lang="'
            yield str(environment.finalize(t_1(environment.getattr(l_2_t, 'lang'))))
            yield '">'
            yield str(environment.finalize(t_1(environment.getattr(l_2_t, 'text'))))
            yield '</span>'
        l_2_t = missing
        if environment.getattr(environment.getattr(l_1_s, 'category'), 'deprecated'):
            pass
            yield ' <span class="badge">\n'
            for l_2_l in (undefined(name='locales') if l_0_locales is missing else l_0_locales):
                _loop_vars = {}
                pass
                yield '<span class="l" data-l="'
                yield str(environment.finalize(t_1(l_2_l)))
                yield '">'
                yield str(environment.finalize(t_1(environment.getattr(environment.getitem((undefined(name='ui') if l_0_ui is missing else l_0_ui), l_2_l), 'retired'))))
                yield '</span>'
            l_2_l = missing
            yield '</span>\n'
        yield '</h2>\n'
        if environment.getattr(l_1_s, 'fallbacks'):
            pass
            yield '<p class="fallback"><strong>\n'
            for l_2_l in (undefined(name='locales') if l_0_locales is missing else l_0_locales):
                _loop_vars = {}
                pass
                yield '<span class="l" data-l="'
                yield str(environment.finalize(t_1(l_2_l)))
                yield '">'
                yield str(environment.finalize(t_1(environment.getattr(environment.getitem((undefined(name='ui') if l_0_ui is missing else l_0_ui), l_2_l), 'fallback'))))
                yield '</span>'
            l_2_l = missing
            yield ':</strong>\n'
            for l_2_t in environment.getattr(l_1_s, 'fallbacks'):
                _loop_vars = {}
                pass
                yield ' <span class="l" data-l="'
                yield str(environment.finalize(t_1(environment.getattr(l_2_t, 'locale'))))
                yield '"\n lang="'
                yield str(environment.finalize(t_1(environment.getattr(l_2_t, 'lang'))))
                yield '">'
                yield str(environment.finalize(t_1(environment.getattr(l_2_t, 'text'))))
                yield '</span>\n'
            l_2_t = missing
            yield '</p>\n'
        if (undefined(name='compact') if l_0_compact is missing else l_0_compact):
            pass
            yield '<ol class="rows"></ol>\n'
        else:
            pass
            yield '<ol class="rows">\n'
            l_2_loop = missing
            for l_2_r, l_2_loop in LoopContext(environment.getattr(l_1_s, 'rows'), undefined):
                l_2_e = missing
                _loop_vars = {}
                pass
                l_2_e = environment.getattr(l_2_r, 'entry')
                _loop_vars['e'] = l_2_e
                yield '<li class="row'
                if environment.getattr((undefined(name='e') if l_2_e is missing else l_2_e), 'deprecated'):
                    pass
                    yield ' retired'
                yield '"'
                if environment.getattr(l_2_r, 'first'):
                    pass
                    yield ' id="'
                    yield str(environment.finalize(t_1(environment.getattr(l_2_r, 'anchor'))))
                    yield '"'
                yield '>\n<div class="code"><a class="perma" href="'
                yield str(environment.finalize(t_1(environment.getattr(l_2_r, 'fragment'))))
                yield '">'
                l_3_loop = missing
                for l_3_part, l_3_loop in LoopContext(environment.getattr(l_2_r, 'code_parts'), undefined):
                    _loop_vars = {}
                    pass
                    if (not environment.getattr(l_3_loop, 'first')):
                        pass
                        yield '<wbr>'
                    yield str(environment.finalize(t_1(l_3_part)))
                l_3_loop = l_3_part = missing
                yield '</a>\n'
                if (not t_4(environment.getattr((undefined(name='e') if l_2_e is missing else l_2_e), 'http_status'))):
                    pass
                    yield '<span class="http">HTTP '
                    yield str(environment.finalize(environment.getattr((undefined(name='e') if l_2_e is missing else l_2_e), 'http_status')))
                    if environment.getattr((undefined(name='e') if l_2_e is missing else l_2_e), 'http_reason'):
                        pass
                        yield ' '
                        yield str(environment.finalize(t_1(environment.getattr((undefined(name='e') if l_2_e is missing else l_2_e), 'http_reason'))))
                    yield '</span>\n'
                if environment.getattr((undefined(name='e') if l_2_e is missing else l_2_e), 'deprecated'):
                    pass
                    yield '<span class="badge" title="'
                    yield str(environment.finalize(t_1(environment.getattr((undefined(name='en') if l_0_en is missing else l_0_en), 'retired_title'))))
                    yield '">\n'
                    for l_3_l in (undefined(name='locales') if l_0_locales is missing else l_0_locales):
                        _loop_vars = {}
                        pass
                        yield '<span class="l" data-l="'
                        yield str(environment.finalize(t_1(l_3_l)))
                        yield '">'
                        yield str(environment.finalize(t_1(environment.getattr(environment.getitem((undefined(name='ui') if l_0_ui is missing else l_0_ui), l_3_l), 'retired'))))
                        yield '</span>'
                    l_3_l = missing
                    yield '</span>\n'
                yield '</div>\n<div class="body">\n<p class="name"><code>'
                yield str(environment.finalize(t_1(environment.getattr((undefined(name='e') if l_2_e is missing else l_2_e), 'name'))))
                yield '</code> <button type="button" class="copy" data-i="'
                yield str(environment.finalize(environment.getattr(l_2_r, 'index')))
                yield '" data-k="0">\n</button></p>\n<p class="desc">\n'
                for l_3_t in environment.getattr(l_2_r, 'descriptions'):
                    _loop_vars = {}
                    pass
                    yield '<span class="l" data-l="'
                    yield str(environment.finalize(t_1(environment.getattr(l_3_t, 'locale'))))
                    yield '"\n lang="'
                    yield str(environment.finalize(t_1(environment.getattr(l_3_t, 'lang'))))
                    yield '">'
                    yield str(environment.finalize(t_1(environment.getattr(l_3_t, 'text'))))
                    yield '</span>'
                l_3_t = missing
                yield '</p>\n'
                if environment.getattr(l_2_r, 'actions'):
                    pass
                    yield '<p class="action"><strong>\n'
                    for l_3_l in (undefined(name='locales') if l_0_locales is missing else l_0_locales):
                        _loop_vars = {}
                        pass
                        yield '<span class="l" data-l="'
                        yield str(environment.finalize(t_1(l_3_l)))
                        yield '">'
                        yield str(environment.finalize(t_1(environment.getattr(environment.getitem((undefined(name='ui') if l_0_ui is missing else l_0_ui), l_3_l), 'action'))))
                        yield '</span>'
                    l_3_l = missing
                    yield ':</strong>\n'
                    for l_3_t in environment.getattr(l_2_r, 'actions'):
                        _loop_vars = {}
                        pass
                        yield ' <span class="l" data-l="'
                        yield str(environment.finalize(t_1(environment.getattr(l_3_t, 'locale'))))
                        yield '"\n lang="'
                        yield str(environment.finalize(t_1(environment.getattr(l_3_t, 'lang'))))
                        yield '">'
                        yield str(environment.finalize(t_1(environment.getattr(l_3_t, 'text'))))
                        yield '</span>'
                    l_3_t = missing
                    yield '</p>\n'
                if environment.getattr(l_2_r, 'identifiers'):
                    pass
                    yield '<dl class="ids">\n'
                    l_3_loop = missing
                    for (l_3_lang, l_3_ident), l_3_loop in LoopContext(environment.getattr(l_2_r, 'identifiers'), undefined):
                        _loop_vars = {}
                        pass
                        yield '<div><dt>'
                        yield str(environment.finalize(t_1(l_3_lang)))
                        yield '</dt><dd><code>'
                        yield str(environment.finalize(t_1(l_3_ident)))
                        yield '</code>\n <button type="button" class="copy" data-i="'
                        yield str(environment.finalize(environment.getattr(l_2_r, 'index')))
                        yield '" data-k="'
                        yield str(environment.finalize(environment.getattr(l_3_loop, 'index')))
                        yield '"></button></dd></div>\n'
                    l_3_loop = l_3_lang = l_3_ident = missing
                    yield '</dl>\n'
                if environment.getattr(l_2_r, 'see_also'):
                    pass
                    yield '<p class="see">\n'
                    for l_3_l in (undefined(name='locales') if l_0_locales is missing else l_0_locales):
                        _loop_vars = {}
                        pass
                        yield '<span class="l" data-l="'
                        yield str(environment.finalize(t_1(l_3_l)))
                        yield '">'
                        yield str(environment.finalize(t_1(environment.getattr(environment.getitem((undefined(name='ui') if l_0_ui is missing else l_0_ui), l_3_l), 'see_also'))))
                        yield '</span>'
                    l_3_l = missing
                    yield ':'
                    for (l_3_link, l_3__, l_3_label) in environment.getattr(l_2_r, 'see_also'):
                        _loop_vars = {}
                        pass
                        yield ' <a href="'
                        yield str(environment.finalize(t_1(l_3_link)))
                        yield '">'
                        yield str(environment.finalize(t_1(l_3_label)))
                        yield '</a>'
                    l_3_link = l_3__ = l_3_label = missing
                    yield '</p>\n'
                if environment.getattr(l_2_r, 'links'):
                    pass
                    yield '<ul class="links">\n'
                    for l_3_k in environment.getattr(l_2_r, 'links'):
                        _loop_vars = {}
                        pass
                        if environment.getattr(l_3_k, 'href'):
                            pass
                            yield '<li><a href="'
                            yield str(environment.finalize(t_1(environment.getattr(l_3_k, 'href'))))
                            yield '" rel="noreferrer noopener">'
                            yield str(environment.finalize(t_1(environment.getattr(l_3_k, 'text'))))
                            yield '</a></li>\n'
                        else:
                            pass
                            yield '<li>'
                            yield str(environment.finalize(t_1(environment.getattr(l_3_k, 'text'))))
                            yield ' <code>'
                            yield str(environment.finalize(t_1(environment.getattr(l_3_k, 'url'))))
                            yield '</code></li>\n'
                    l_3_k = missing
                    yield '</ul>\n'
                yield '</div>\n</li>\n'
            l_2_loop = l_2_r = l_2_e = missing
            yield '</ol>\n'
        yield '</section>\n'
    l_1_loop = l_1_s = missing
    if (undefined(name='compact') if l_0_compact is missing else l_0_compact):
        pass
        yield '<p><button type="button" id="more" hidden>\n'
        for l_1_l in (undefined(name='locales') if l_0_locales is missing else l_0_locales):
            _loop_vars = {}
            pass
            yield '<span class="l" data-l="'
            yield str(environment.finalize(t_1(l_1_l)))
            yield '">'
            yield str(environment.finalize(t_1(environment.getattr(environment.getitem((undefined(name='ui') if l_0_ui is missing else l_0_ui), l_1_l), 'more'))))
            yield '</span>'
        l_1_l = missing
        yield '</button></p>\n'
    yield '</main>\n<footer class="source">\n<h2>\n'
    for l_1_l in (undefined(name='locales') if l_0_locales is missing else l_0_locales):
        _loop_vars = {}
        pass
        yield '<span class="l" data-l="'
        yield str(environment.finalize(t_1(l_1_l)))
        yield '">'
        yield str(environment.finalize(t_1(environment.getattr(environment.getitem((undefined(name='ui') if l_0_ui is missing else l_0_ui), l_1_l), 'source'))))
        yield '</span>'
    l_1_l = missing
    yield '</h2>\n<ul>\n'
    t_5 = 1
    for (l_1_path, l_1_digest) in environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'doc'), 'sources'):
        _loop_vars = {}
        pass
        yield '<li><code>'
        yield str(environment.finalize(t_1(l_1_path)))
        yield '</code> sha256 <code>'
        yield str(environment.finalize(t_1(l_1_digest)))
        yield '</code></li>\n'
        t_5 = 0
    l_1_path = l_1_digest = missing
    if t_5:
        pass
        yield '<li><code>'
        yield str(environment.finalize(t_1(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'doc'), 'source'))))
        yield '</code> sha256 <code>'
        yield str(environment.finalize(t_1(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'doc'), 'sha256'))))
        yield '</code></li>\n'
    if environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'doc'), 'upstream'):
        pass
        yield '<li>\n'
        for l_1_l in (undefined(name='locales') if l_0_locales is missing else l_0_locales):
            _loop_vars = {}
            pass
            yield '<span class="l" data-l="'
            yield str(environment.finalize(t_1(l_1_l)))
            yield '">'
            yield str(environment.finalize(t_1(environment.getattr(environment.getitem((undefined(name='ui') if l_0_ui is missing else l_0_ui), l_1_l), 'upstream'))))
            yield '</span>'
        l_1_l = missing
        yield ': <code>'
        yield str(environment.finalize(t_1(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'doc'), 'upstream'))))
        yield '</code></li>\n'
    yield '</ul>\n<p>'
    yield str(environment.finalize(t_1(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'header'))))
    yield '</p>\n</footer>\n<script type="application/json" id="docs-data">'
    yield str(environment.finalize((undefined(name='data') if l_0_data is missing else l_0_data)))
    yield '</script>\n<script>'
    yield str(environment.finalize((undefined(name='script') if l_0_script is missing else l_0_script)))
    yield '</script>\n</body>\n</html>\n'

blocks = {}
debug_info = '7=49&8=52&9=56&11=58&14=62&18=64&19=70&23=72&24=74&25=84&28=86&32=96&35=106&36=108&37=112&38=114&41=118&43=121&46=131&47=136&51=145&52=149&53=158&55=161&61=172&65=182&68=185&70=195&72=199&73=203&74=205&77=211&79=214&80=217&81=220&83=227&93=237&95=247&97=250&98=260&100=264&101=266&104=276&107=286&111=297&112=301&114=305&115=311&116=316&118=319&122=330&124=333&126=343&127=347&128=349&132=355&136=362&137=366&138=369&139=379&140=382&141=391&142=394&144=400&145=403&146=405&151=416&154=420&155=426&157=432&159=435&161=445&162=451&165=457&167=461&168=465&169=469&173=475&175=478&176=488&179=498&181=501&182=504&183=507&185=514&197=525&199=528&205=539&208=550&209=554&211=563&213=567&215=570&216=580&219=583&221=585&222=587'
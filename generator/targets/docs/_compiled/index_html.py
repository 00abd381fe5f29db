from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'docs/index.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_header = resolve('header')
    l_0_csp = resolve('csp')
    l_0_ui = resolve('ui')
    l_0_style = resolve('style')
    l_0_count = resolve('count')
    l_0_sets = resolve('sets')
    l_0_data = resolve('data')
    l_0_script = resolve('script')
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
    pass
    yield '<!-- '
    yield str(environment.finalize(t_2((undefined(name='header') if l_0_header is missing else l_0_header))))
    yield ' -->\n<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" content="'
    yield str(environment.finalize(t_1((undefined(name='csp') if l_0_csp is missing else l_0_csp))))
    yield '">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta name="color-scheme" content="light dark">\n<meta name="referrer" content="no-referrer">\n<title>'
    yield str(environment.finalize(t_1(environment.getattr((undefined(name='ui') if l_0_ui is missing else l_0_ui), 'index_title'))))
    yield '</title>\n<style>'
    yield str(environment.finalize((undefined(name='style') if l_0_style is missing else l_0_style)))
    yield '</style>\n</head>\n<body>\n<header class="top">\n<h1>'
    yield str(environment.finalize(t_1(environment.getattr((undefined(name='ui') if l_0_ui is missing else l_0_ui), 'index_title'))))
    yield '</h1>\n<label>'
    yield str(environment.finalize(t_1(environment.getattr((undefined(name='ui') if l_0_ui is missing else l_0_ui), 'index_search'))))
    yield '\n<input id="q" type="search" autocomplete="off" spellcheck="false" aria-keyshortcuts="/"></label>\n<p class="count" aria-live="polite"><output id="matched">0</output> / '
    yield str(environment.finalize((undefined(name='count') if l_0_count is missing else l_0_count)))
    yield ' '
    yield str(environment.finalize(t_1(environment.getattr((undefined(name='ui') if l_0_ui is missing else l_0_ui), 'matches'))))
    yield '\n<span id="first" hidden>; '
    yield str(environment.finalize(t_1(environment.getattr((undefined(name='ui') if l_0_ui is missing else l_0_ui), 'first'))))
    yield '<span></span></span></p>\n</header>\n<main>\n<ol class="hits" id="hits"></ol>\n<p><button type="button" id="more" hidden>'
    yield str(environment.finalize(t_1(environment.getattr((undefined(name='ui') if l_0_ui is missing else l_0_ui), 'all_matches'))))
    yield '</button></p>\n<h2>'
    yield str(environment.finalize(t_1(environment.getattr((undefined(name='ui') if l_0_ui is missing else l_0_ui), 'sets'))))
    yield '</h2>\n<ul class="sets">\n'
    for l_1_s in (undefined(name='sets') if l_0_sets is missing else l_0_sets):
        _loop_vars = {}
        pass
        yield '<li><a href="'
        yield str(environment.finalize(t_1(environment.getattr(l_1_s, 'page'))))
        yield '">'
        yield str(environment.finalize(t_1(environment.getattr(l_1_s, 'product'))))
        yield '</a> <code>'
        yield str(environment.finalize(t_1(environment.getattr(l_1_s, 'name'))))
        yield '</code>\n <span class="n">'
        yield str(environment.finalize(environment.getattr(l_1_s, 'rows')))
        yield ' '
        yield str(environment.finalize(t_1(environment.getattr((undefined(name='ui') if l_0_ui is missing else l_0_ui), 'rows'))))
        yield '</span></li>\n'
    l_1_s = missing
    yield '</ul>\n</main>\n<script type="application/json" id="index-data">'
    yield str(environment.finalize((undefined(name='data') if l_0_data is missing else l_0_data)))
    yield '</script>\n<script>'
    yield str(environment.finalize((undefined(name='script') if l_0_script is missing else l_0_script)))
    yield '</script>\n</body>\n</html>\n'

blocks = {}
debug_info = '6=32&11=34&15=36&16=38&20=40&21=42&23=44&24=48&28=50&29=52&31=54&32=58&33=64&37=70&38=72'
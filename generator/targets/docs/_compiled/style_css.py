from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'docs/style.css.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_view = resolve('view')
    try:
        t_1 = environment.filters['html']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'html' found.")
    pass
    yield ':root{--bg:#fff;--fg:#1b1f24;--muted:#59636e;--line:#d1d9e0;--card:#f6f8fa;--accent:#0b57d0;--hl:#fff3b0;\n--badge:#a40e26;\n--focus:#0b57d0;font-family:system-ui,-apple-system,"Segoe UI","Noto Sans","Noto Sans CJK SC","PingFang SC",sans-serif;\ncolor-scheme:light dark}\n@media (prefers-color-scheme:dark){:root{--bg:#0d1117;--fg:#e6edf3;--muted:#9198a1;--line:#3d444d;--card:#151b23;\n--accent:#78aeff;--hl:#4b3d00;--badge:#ff8182;--focus:#78aeff}}\n*{box-sizing:border-box}\n[hidden]{display:none !important}\nbody{margin:0;background:var(--bg);color:var(--fg);line-height:1.5}\n'
    for l_1_locale in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'locales'):
        _loop_vars = {}
        pass
        yield 'html[data-locale="'
        yield str(environment.finalize(t_1(l_1_locale)))
        yield '"] .l:not([data-l="'
        yield str(environment.finalize(t_1(l_1_locale)))
        yield '"]){display:none}\n'
    l_1_locale = missing
    yield 'html[data-locale="zh"] .copy::before{content:"复制"}\nhtml[data-locale="zh"] .copy.done::before{content:"已复制"}\n.copy::before{content:"Copy"}\n.copy.done::before{content:"Copied"}\na{color:var(--accent)}\ncode{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.9em;overflow-wrap:anywhere}\n:focus-visible{outline:3px solid var(--focus);outline-offset:2px}\n.top{position:sticky;top:0;z-index:1;background:var(--bg);border-bottom:1px solid var(--line);padding:.5rem 1rem}\nh1{font-size:1.3rem;margin:.2rem 0}\nh1 .set{color:var(--muted);font-weight:normal;font-size:1rem}\n.controls{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:end}\n.controls label{display:flex;flex-direction:column;font-size:.8rem;color:var(--muted)}\n.controls .search{flex:1 1 18rem}\ninput,select,button{font:inherit;color:var(--fg);background:var(--card);border:1px solid var(--line);border-radius:6px}\ninput,select{padding:.35rem .5rem;font-size:1rem}\n.count{margin:0;color:var(--muted);font-size:.9rem}\n.keys{margin:.2rem 0 0;color:var(--muted);font-size:.75rem}\nmain{padding:0 1rem;max-width:80rem}\nh2{font-size:1.1rem;margin:1.5rem 0 .3rem}\n.fallback,.note p{margin:.2rem 0;color:var(--muted)}\n.rows{list-style:none;padding:0;margin:0}\n.row{display:grid;grid-template-columns:11rem 1fr;gap:.2rem 1rem;padding:.5rem .3rem;border-top:1px solid var(--line);\ncontent-visibility:auto;contain-intrinsic-size:auto 7rem}\n.cat.off,.row.off{display:none}\n.row.hl,.row:target{background:var(--hl)}\n.row p{margin:.1rem 0}\n.code{font-weight:600;display:flex;flex-direction:column;align-items:flex-start;gap:.2rem;min-width:0}\n.body{min-width:0}\n.perma{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:1.05rem;text-decoration:none;\nmax-width:100%;overflow-wrap:anywhere}\n.perma:hover{text-decoration:underline}\n.http{font-weight:normal;font-size:.85rem;color:var(--muted)}\n.badge{display:inline-block;font-size:.75rem;font-weight:600;color:var(--badge);border:1px solid currentColor;\nborder-radius:1em;padding:0 .5em}\n.name code{font-weight:600}\n.ids{display:flex;flex-wrap:wrap;gap:.1rem 1.2rem;margin:.2rem 0;font-size:.85rem}\n.ids div{display:flex;gap:.4rem;align-items:baseline}\n.ids dt{color:var(--muted)}\n.ids dd{margin:0}\n.copy{font-size:.75rem;padding:0 .4rem;cursor:pointer}\n.links{margin:.1rem 0;padding-left:1.2rem;font-size:.9rem}\n.see{font-size:.9rem}\n.none{font-style:italic;color:var(--muted)}\n.source{padding:1rem;color:var(--muted);font-size:.85rem;overflow-wrap:anywhere}\n@media (max-width:40rem){.row{grid-template-columns:1fr}}\n@media print{\n.top{position:static;border:0}\n.controls,.keys,.copy{display:none}\n.row{content-visibility:visible;break-inside:avoid}\n.row.hl,.row:target{background:none}\na[href^="http"]::after{content:" (" attr(href) ")";font-size:.8em}\n:root{--bg:#fff;--fg:#000;--muted:#333;--accent:#000}\n}\n'

blocks = {}
debug_info = '12=19&13=23'
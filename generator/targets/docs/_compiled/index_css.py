from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'docs/index.css.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    pass
    yield ':root{--bg:#fff;--fg:#1b1f24;--muted:#59636e;--line:#d1d9e0;--card:#f6f8fa;--accent:#0b57d0;\n--focus:#0b57d0;font-family:system-ui,-apple-system,"Segoe UI","Noto Sans","Noto Sans CJK SC","PingFang SC",sans-serif;\ncolor-scheme:light dark}\n@media (prefers-color-scheme:dark){:root{--bg:#0d1117;--fg:#e6edf3;--muted:#9198a1;--line:#3d444d;--card:#151b23;\n--accent:#78aeff;--focus:#78aeff}}\n*{box-sizing:border-box}\n[hidden]{display:none !important}\nbody{margin:0;background:var(--bg);color:var(--fg);line-height:1.5}\na{color:var(--accent)}\n:focus-visible{outline:3px solid var(--focus);outline-offset:2px}\n.top{position:sticky;top:0;z-index:1;background:var(--bg);border-bottom:1px solid var(--line);padding:.5rem 1rem}\nh1{font-size:1.3rem;margin:.2rem 0}\nh2{font-size:1.1rem;margin:1rem 0 .3rem}\nlabel{display:flex;flex-direction:column;font-size:.8rem;color:var(--muted)}\ninput,button{font:inherit;color:var(--fg);background:var(--card);border:1px solid var(--line);border-radius:6px}\ninput{padding:.35rem .5rem;font-size:1rem;width:100%}\n.count{margin:.3rem 0 0;color:var(--muted);font-size:.9rem}\nmain{padding:0 1rem;max-width:80rem}\n.sets{padding-left:1.2rem}\n.sets .n{color:var(--muted);font-size:.9rem}\n.hits{list-style:none;padding:0;margin:0}\n.hit{display:grid;grid-template-columns:14rem 1fr;gap:.1rem 1rem;padding:.4rem .3rem;border-top:1px solid var(--line)}\n.hit .code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-weight:600;min-width:0;\noverflow-wrap:anywhere}\n.hit .where{color:var(--muted);font-size:.85rem;display:block;font-family:system-ui,sans-serif;font-weight:normal}\n.hit .name{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.85rem;overflow-wrap:anywhere}\n.hit p{margin:0;min-width:0}\n@media (max-width:40rem){.hit{grid-template-columns:1fr}}\n'

blocks = {}
debug_info = ''
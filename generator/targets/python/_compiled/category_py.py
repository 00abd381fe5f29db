from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'python/category.py.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_translated = resolve('translated')
    pass
    yield 'class Category(NamedTuple):\n    """One section of the upstream page: its id, heading and fallback text."""\n\n    id: str\n    title: str\n    fallback: str | None\n'
    if (undefined(name='translated') if l_0_translated is missing else l_0_translated):
        pass
        yield '\n    def text(self, locale: str) -> CategoryText:\n        """The heading and fallback in ``locale``; each the default locale\'s where it has none."""\n        found = _CATEGORY_TEXTS.get(locale, {}).get(self.id)\n        if found is None:\n            return CategoryText(self.title, self.fallback)\n        fallback = self.fallback if found.fallback is None else found.fallback\n        return CategoryText(found.title, fallback)\n'

blocks = {}
debug_info = '9=13'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'java/LocalizedText.java.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_view = resolve('view')
    l_0_package = resolve('package')
    try:
        t_1 = environment.filters['java_comment']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'java_comment' found.")
    pass
    yield '// '
    yield str(environment.finalize(t_1(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'header'))))
    yield '\n\npackage '
    yield str(environment.finalize((undefined(name='package') if l_0_package is missing else l_0_package)))
    yield ';\n\nimport java.util.Objects;\nimport java.util.Optional;\n\n/** A code\'s texts in one locale: what it means and what to do (empty: no action listed). */\npublic final class LocalizedText {\n    private final String description;\n    private final String action;\n\n    LocalizedText(String description, String action) {\n        this.description = description;\n        this.action = action;\n    }\n\n    /**\n     * What the code means.\n     *\n     * @return the description\n     */\n    public String description() {\n        return description;\n    }\n\n    /**\n     * What to do about it.\n     *\n     * @return the action, or empty where the page lists none\n     */\n    public Optional<String> action() {\n        return Optional.ofNullable(action);\n    }\n\n    @Override\n    public boolean equals(Object other) {\n        if (!(other instanceof LocalizedText)) {\n            return false;\n        }\n        LocalizedText that = (LocalizedText) other;\n        return description.equals(that.description) && Objects.equals(action, that.action);\n    }\n\n    @Override\n    public int hashCode() {\n        return Objects.hash(description, action);\n    }\n\n    @Override\n    public String toString() {\n        return action == null ? description : description + " (" + action + ")";\n    }\n}\n'

blocks = {}
debug_info = '1=20&3=22'
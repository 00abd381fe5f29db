from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'php/Category.php.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_view = resolve('view')
    l_0_namespace = resolve('namespace')
    l_0_symbolic = resolve('symbolic')
    l_0_P = resolve('P')
    try:
        t_1 = environment.filters['php_comment']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'php_comment' found.")
    try:
        t_2 = environment.filters['php_doc']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'php_doc' found.")
    pass
    yield '<?php\n// '
    yield str(environment.finalize(t_1(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'header'))))
    yield '\n\ndeclare(strict_types=1);\n\nnamespace '
    yield str(environment.finalize((undefined(name='namespace') if l_0_namespace is missing else l_0_namespace)))
    yield ';\n\n/**\n * One section of the upstream page of '
    yield str(environment.finalize(t_2(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'product_label'))))
    yield ": `Category::all()` gives\n * every one in the page's order, `Category::of($id)` one by its id.\n */\nfinal class Category\n{\n    /** @var array<string, Category>|null */\n    private static ?array $all = null;\n\n    /**\n"
    if (not (undefined(name='symbolic') if l_0_symbolic is missing else l_0_symbolic)):
        pass
        yield "     * @param array<string, array{0: string, 1: string|null}> $translations\n     *     the other locales' texts, as their pages give them\n"
    else:
        pass
        yield '     * @param array<string, array{0: string, 1: string|null}> $translations\n     *     none: a page of symbolic codes has one locale\n'
    yield "     */\n    private function __construct(\n        /** The category's id, e.g. `download`. */\n        public readonly string $id,\n        /** The section's heading. */\n        public readonly string $title,\n        /** What the page says about codes of this category it does not list, or null. */\n        public readonly ?string $fallback,\n        /** The class of this category's exception. */\n        public readonly string $exceptionClass,\n        private readonly array $translations,\n    ) {\n    }\n\n    /**\n     * Every category, in the page's order.\n     *\n     * @return list<Category>\n     */\n    public static function all(): array\n    {\n        return array_values(self::index());\n    }\n\n    /** The category with this id, or null. */\n    public static function of(string $id): ?Category\n    {\n        return self::index()[$id] ?? null;\n    }\n\n    /** @return array<string, Category> */\n    private static function index(): array\n    {\n        if (self::$all === null) {\n            $all = [];\n            foreach ("
    yield str(environment.finalize((undefined(name='P') if l_0_P is missing else l_0_P)))
    yield "Errors::CATEGORIES as $id => [$title, $fallback, , $exception, $translations]) {\n                $class = __NAMESPACE__ . '\\\\' . $exception;\n                $all[(string) $id] = new Category((string) $id, $title, $fallback, $class, $translations);\n            }\n            self::$all = $all;\n        }\n        return self::$all;\n    }\n"
    if (not (undefined(name='symbolic') if l_0_symbolic is missing else l_0_symbolic)):
        pass
        yield "\n    /**\n     * The section's heading in `$locale`, the default locale's where that locale's page has none.\n     *\n     * @throws \\InvalidArgumentException for a locale the page does not have\n     */\n    public function titleIn(string $locale): string\n    {\n        return "
        yield str(environment.finalize((undefined(name='P') if l_0_P is missing else l_0_P)))
        yield "Errors::localize($this->title, $this->fallback, $this->translations, $locale)->description;\n    }\n\n    /**\n     * The fallback text in `$locale`, the default locale's where that locale's page has none.\n     *\n     * @throws \\InvalidArgumentException for a locale the page does not have\n     */\n    public function fallbackIn(string $locale): ?string\n    {\n        return "
        yield str(environment.finalize((undefined(name='P') if l_0_P is missing else l_0_P)))
        yield 'Errors::localize($this->title, $this->fallback, $this->translations, $locale)->action;\n    }\n'
    yield '}\n'

blocks = {}
debug_info = '2=28&6=30&9=32&18=34&60=41&68=43&77=46&87=48'
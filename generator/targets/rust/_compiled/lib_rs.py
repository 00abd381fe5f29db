from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'rust/lib.rs.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_view = resolve('view')
    l_0_error = resolve('error')
    l_0_categories = resolve('categories')
    l_0_one = resolve('one')
    l_0_d = resolve('d')
    l_0_pads = resolve('pads')
    l_0_closes = resolve('closes')
    l_0_p0 = resolve('p0')
    l_0_p1 = resolve('p1')
    l_0_close = resolve('close')
    try:
        t_1 = environment.filters['ident']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'ident' found.")
    try:
        t_2 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_3 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_4 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    try:
        t_5 = environment.filters['rust_comment']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'rust_comment' found.")
    try:
        t_6 = environment.filters['rust_lit']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'rust_lit' found.")
    try:
        t_7 = environment.filters['rust_opt_str']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'rust_opt_str' found.")
    try:
        t_8 = environment.filters['rust_str']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No filter named 'rust_str' found.")
    try:
        t_9 = environment.filters['sort']
    except KeyError:
        @internalcode
        def t_9(*unused):
            raise TemplateRuntimeError("No filter named 'sort' found.")
    pass
    yield '// '
    yield str(environment.finalize(t_5(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'header'))))
    yield '\n\n//! The error codes of '
    yield str(environment.finalize(t_5(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'product_label'))))
    yield ", as published on its error-code page: one\n//! `#[non_exhaustive]` enum per category of the page, one variant per code.\n//!\n//! Every variant has `code()`, `name()`, `description()`, `action()`, `category()`,\n//! `deprecated()`, `see_also()` and `text(locale)`, implements `Display` and\n//! `std::error::Error`, and converts from its code with `TryFrom<i64>` and from its pinned\n//! name with `FromStr`. The same code can appear in more than one category: [`lookup`]\n//! returns every entry with a code, and [`from_header`] does the same for the value of an\n//! `X-ErrNo` response header. A code that the page lists on several rows of one table has\n//! every row in `variants()`, told apart by another column's value ([`Variant`]).\n//! [`check_header`] turns a header value into a [`"
    yield str(environment.finalize((undefined(name='error') if l_0_error is missing else l_0_error)))
    yield '`] (known\n//! to the page or not), or a [`HeaderError::Malformed`] when the value is no code.\n//!\n//! [`'
    yield str(environment.finalize((undefined(name='error') if l_0_error is missing else l_0_error)))
    yield "`] is an error as a service answered it: the code, the HTTP status, the\n//! server's message, the request and trace ids and the HTTP client's error as its `source()`,\n//! with its categories (the status received wins), its [`Fault`] and whether a retry may help;\n//! [`"
    yield str(environment.finalize((undefined(name='error') if l_0_error is missing else l_0_error)))
    yield "::from_response`] reads it from a response's status, headers and XML body.\n//!\n//! Texts are in the page's default locale, [`DEFAULT_LOCALE`]; `text(locale)` gives them in\n//! any locale of [`LOCALES`], each text falling back to the default locale's where that\n//! locale's page has none.\n#![forbid(unsafe_code)]\n#![warn(missing_docs)]\n\nuse std::fmt;\n\n/// The locale of `description()`, `action()`, `title()` and `fallback()`.\npub const DEFAULT_LOCALE: &str = "
    yield str(environment.finalize(t_8(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'locale'))))
    yield ';\n\n/// Every locale of the page, [`DEFAULT_LOCALE`] first.\npub const LOCALES: &[&str] = &[\n'
    l_1_loop = missing
    for l_1_locale, l_1_loop in LoopContext(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'locales'), undefined):
        _loop_vars = {}
        pass
        yield '    '
        yield str(environment.finalize(t_8(l_1_locale)))
        yield ', // locale '
        yield str(environment.finalize(environment.getattr(l_1_loop, 'index')))
        yield '\n'
    l_1_loop = l_1_locale = missing
    yield '];\n\n/// A code\'s texts in one locale (see [`ErrorInfo::text`]).\n#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]\npub struct LocalizedText {\n    /// What the code means.\n    pub description: &\'static str,\n    /// What to do about it; `None` where the page lists no action.\n    pub action: Option<&\'static str>,\n}\n\n/// A category\'s texts in one locale (see [`CategoryInfo::text`]).\n#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]\npub struct CategoryText {\n    /// The heading of the category\'s section.\n    pub title: &\'static str,\n    /// What the codes the page does not list mean; `None` if the page does not say.\n    pub fallback: Option<&\'static str>,\n}\n\n/// The same code on another page (e.g. the job page\'s symbolic code).\n#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]\npub struct SeeAlso {\n    /// The set (page) that lists it.\n    pub set: &\'static str,\n    /// Its category there.\n    pub category: &\'static str,\n    /// Its code there (an integer code in decimal).\n    pub code: &\'static str,\n}\n\n/// One row of the page for a code in a category (see [`ErrorInfo::variants`]). A code that the\n/// page lists on several rows of one table has one per row, told apart by `value()`, the row\'s\n/// text in the column headed `column()`.\n#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]\npub struct Variant {\n    category: &\'static str,\n    code: i64,\n    http_status: Option<u16>,\n    description: &\'static str,\n    action: Option<&\'static str>,\n    column: Option<&\'static str>,\n    value: Option<&\'static str>,\n}\n\nimpl Variant {\n    /// The code, e.g. `-46618`.\n    pub fn code(&self) -> i64 {\n        self.code\n    }\n\n    /// The HTTP status of this row; `None` where the page gives none.\n    pub fn http_status(&self) -> Option<u16> {\n        self.http_status\n    }\n\n    /// What this row says the code means (default locale).\n    pub fn description(&self) -> &\'static str {\n        self.description\n    }\n\n    /// What to do about it, as this row says; `None` where it lists no action.\n    pub fn action(&self) -> Option<&\'static str> {\n        self.action\n    }\n\n    /// The header of the column that tells the code\'s rows apart, e.g. `"HTTP Status"`;\n    /// `None` for a code the page lists once.\n    pub fn column(&self) -> Option<&\'static str> {\n        self.column\n    }\n\n    /// This row\'s text in [`Variant::column`], e.g. `"403 Forbidden"`; `None` for a code the\n    /// page lists once.\n    pub fn value(&self) -> Option<&\'static str> {\n        self.value\n    }\n}\n\n/// The texts of one other locale, as its page gives them.\n#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]\nstruct Translation {\n    locale: &\'static str,\n    text: &\'static str,\n    more: Option<&\'static str>,\n}\n\n/// One error code of the page: one row of one category.\n#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]\npub struct ErrorInfo {\n    category: &\'static str,\n    code: i64,\n    name: &\'static str,\n    rust_name: &\'static str,\n    http_status: Option<u16>,\n    description: &\'static str,\n    action: Option<&\'static str>,\n    deprecated: bool,\n    translations: &\'static [Translation],\n    see_also: &\'static [SeeAlso],\n}\n\nimpl ErrorInfo {\n    /// The id of the code\'s category, e.g. `"download"`.\n    pub fn category(&self) -> &\'static str {\n        self.category\n    }\n\n    /// The code, e.g. `-46618`.\n    pub fn code(&self) -> i64 {\n        self.code\n    }\n\n    /// The code\'s pinned name, e.g. `"SIGNATURE_AUTHENTICATION_FAILS"`.\n    pub fn name(&self) -> &\'static str {\n        self.name\n    }\n\n    /// The code\'s variant in this crate, e.g. `"DownloadError::SignatureAuthenticationFails"`.\n    pub fn rust_name(&self) -> &\'static str {\n        self.rust_name\n    }\n\n    /// The HTTP status of the code\'s (first) row; `None` where the page gives none.\n    pub fn http_status(&self) -> Option<u16> {\n        self.http_status\n    }\n\n    /// What the code means, in the page\'s words (default locale).\n    pub fn description(&self) -> &\'static str {\n        self.description\n    }\n\n    /// What to do about the code; `None` where the page lists no action.\n    pub fn action(&self) -> Option<&\'static str> {\n        self.action\n    }\n\n    /// Whether the code was retired from the page and is kept only for compatibility.\n    pub fn deprecated(&self) -> bool {\n        self.deprecated\n    }\n\n    /// The same code on other pages.\n    pub fn see_also(&self) -> &\'static [SeeAlso] {\n        self.see_also\n    }\n\n    /// Every row of the page with this code in this category, in the page\'s order: several\n    /// where the page lists the code on several rows of its table, else one.\n    pub fn variants(&self) -> Vec<Variant> {\n        let rows: Vec<Variant> = VARIANTS\n            .iter()\n            .filter(|v| v.category == self.category && v.code == self.code)\n            .copied()\n            .collect();\n        if !rows.is_empty() {\n            return rows;\n        }\n        vec![Variant {\n            category: self.category,\n            code: self.code,\n            http_status: self.http_status,\n            description: self.description,\n            action: self.action,\n            column: None,\n            value: None,\n        }]\n    }\n\n    /// The code\'s texts in `locale`, each the default locale\'s where that locale has none.\n    pub fn text(&self, locale: &str) -> LocalizedText {\n        let mut text = LocalizedText {\n            description: self.description,\n            action: self.action,\n        };\n        for t in self.translations {\n            if t.locale == locale {\n                text.description = t.text;\n                text.action = t.more.or(self.action);\n            }\n        }\n        text\n    }\n}\n\nimpl fmt::Display for ErrorInfo {\n    fn fmt(&self, f: &mut fmt::Formatter<\'_>) -> fmt::Result {\n        write!(\n            f,\n            "{} ({}): {}",\n            self.code, self.rust_name, self.description\n        )\n    }\n}\n\n/// One category: one section of the page.\n#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]\npub struct CategoryInfo {\n    id: &\'static str,\n    rust_name: &\'static str,\n    title: &\'static str,\n    fallback: Option<&\'static str>,\n    deprecated: bool,\n    status_class: Option<u16>,\n    translations: &\'static [Translation],\n}\n\nimpl CategoryInfo {\n    /// The category\'s id, e.g. `"download"`.\n    pub fn id(&self) -> &\'static str {\n        self.id\n    }\n\n    /// The category\'s enum in this crate, e.g. `"DownloadError"`.\n    pub fn rust_name(&self) -> &\'static str {\n        self.rust_name\n    }\n\n    /// The heading of the category\'s section (default locale).\n    pub fn title(&self) -> &\'static str {\n        self.title\n    }\n\n    /// What the codes the page does not list mean; `None` if the page does not say.\n    pub fn fallback(&self) -> Option<&\'static str> {\n        self.fallback\n    }\n\n    /// Whether the category was retired from the page.\n    pub fn deprecated(&self) -> bool {\n        self.deprecated\n    }\n\n    /// The HTTP status class (4 for 4xx, 5 for 5xx) where every row of the category gives a\n    /// status in that one class; else `None`.\n    pub fn status_class(&self) -> Option<u16> {\n        self.status_class\n    }\n\n    /// The category\'s texts in `locale`, each the default locale\'s where that locale has none.\n    pub fn text(&self, locale: &str) -> CategoryText {\n        let mut text = CategoryText {\n            title: self.title,\n            fallback: self.fallback,\n        };\n        for t in self.translations {\n            if t.locale == locale {\n                text.title = t.text;\n                text.fallback = t.more.or(self.fallback);\n            }\n        }\n        text\n    }\n}\n\n/// Every category of the page, in the page\'s order.\npub fn categories() -> &\'static [CategoryInfo] {\n    CATEGORIES\n}\n\n/// Every code of the page, in the page\'s order (retired codes included).\npub fn all() -> &\'static [ErrorInfo] {\n    ALL\n}\n\n/// Every entry with the code `code`, across categories, in the page\'s order; empty for a code\n/// the page does not list.\npub fn lookup(code: i64) -> Vec<ErrorInfo> {\n    ALL.iter()\n        .filter(|info| info.code == code)\n        .copied()\n        .collect()\n}\n\n/// Every entry matching the value of an `X-ErrNo` response header, such as `" -46618\\n"`:\n/// spaces, tabs and line breaks around it are ignored, then an optional sign and 1 to 18\n/// ASCII digits are accepted. Empty for any other value, and for a code the page does not list.\npub fn from_header(value: &str) -> Vec<ErrorInfo> {\n    match header_code(value) {\n        Some(code) => lookup(code),\n        None => Vec::new(),\n    }\n}\n\n/// Checks the value of an `X-ErrNo` response header: `Ok(())` for an empty or blank value,\n/// else the error it holds: [`HeaderError::Code`] with every entry of the code (none for a code\n/// the page does not list, which keeps the raw code), or [`HeaderError::Malformed`].\npub fn check_header(value: &str) -> Result<(), HeaderError> {\n    if value.trim_matches(BLANK).is_empty() {\n        return Ok(());\n    }\n    match header_code(value) {\n        Some(_) => Err(HeaderError::Code(\n            '
    yield str(environment.finalize((undefined(name='error') if l_0_error is missing else l_0_error)))
    yield '::builder().header("X-ErrNo", value).build(),\n        )),\n        None => Err(HeaderError::Malformed(value.to_owned())),\n    }\n}\n\nconst SIGNS: &[char] = &[\'-\', \'+\'];\n\nfn header_code(value: &str) -> Option<i64> {\n    let text = value.trim_matches(BLANK);\n    let digits = text.strip_prefix(SIGNS).unwrap_or(text);\n    if digits.is_empty() || digits.len() > 18 || !digits.bytes().all(|b| b.is_ascii_digit()) {\n        return None;\n    }\n    text.parse().ok()\n}\n\n'
    template = environment.get_template('rust/error.rs.j2', 'rust/lib.rs.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'close': l_0_close, 'd': l_0_d, 'one': l_0_one, 'p0': l_0_p0, 'p1': l_0_p1}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '\n/// What [`check_header`] finds in a header value that is not blank.\n#[non_exhaustive]\n#[derive(Debug)]\npub enum HeaderError {\n    /// The value is an error code, known to the page or not.\n    Code('
    yield str(environment.finalize((undefined(name='error') if l_0_error is missing else l_0_error)))
    yield '),\n    /// The value is no error code: the value as it was received.\n    Malformed(String),\n}\n\nimpl fmt::Display for HeaderError {\n    fn fmt(&self, f: &mut fmt::Formatter<\'_>) -> fmt::Result {\n        match self {\n            HeaderError::Code(error) => fmt::Display::fmt(error, f),\n            HeaderError::Malformed(value) => write!(f, "not an X-ErrNo value: {:?}", value),\n        }\n    }\n}\n\nimpl std::error::Error for HeaderError {\n    fn source(&self) -> Option<&(dyn std::error::Error + \'static)> {\n        match self {\n            HeaderError::Code(error) => Some(error),\n            HeaderError::Malformed(_) => None,\n        }\n    }\n}\n\n/// A code that a category does not list: the error of its `TryFrom<i64>`.\n#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]\npub struct UnknownCode {\n    code: i64,\n    category: &\'static str,\n}\n\nimpl UnknownCode {\n    /// The code.\n    pub fn code(&self) -> i64 {\n        self.code\n    }\n\n    /// The id of the category that does not list it.\n    pub fn category(&self) -> &\'static str {\n        self.category\n    }\n}\n\nimpl fmt::Display for UnknownCode {\n    fn fmt(&self, f: &mut fmt::Formatter<\'_>) -> fmt::Result {\n        write!(\n            f,\n            "{} is no code of the category {:?}",\n            self.code, self.category\n        )\n    }\n}\n\nimpl std::error::Error for UnknownCode {}\n\n/// A name that a category does not have: the error of its `FromStr` (by pinned name).\n#[derive(Debug, Clone, PartialEq, Eq, Hash)]\npub struct UnknownName {\n    name: String,\n    category: &\'static str,\n}\n\nimpl UnknownName {\n    /// The name.\n    pub fn name(&self) -> &str {\n        &self.name\n    }\n\n    /// The id of the category that does not have it.\n    pub fn category(&self) -> &\'static str {\n        self.category\n    }\n}\n\nimpl fmt::Display for UnknownName {\n    fn fmt(&self, f: &mut fmt::Formatter<\'_>) -> fmt::Result {\n        write!(\n            f,\n            "{:?} is no name of the category {:?}",\n            self.name, self.category\n        )\n    }\n}\n\nimpl std::error::Error for UnknownName {}\n'
    for l_1_g in (undefined(name='categories') if l_0_categories is missing else l_0_categories):
        l_1_c = l_1_fallback = missing
        _loop_vars = {}
        pass
        l_1_c = environment.getattr(l_1_g, 'category')
        _loop_vars['c'] = l_1_c
        l_1_fallback = t_5((environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'fallback') or ''))
        _loop_vars['fallback'] = l_1_fallback
        yield '\n/// A code of the "'
        yield str(environment.finalize(t_5(environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'title'))))
        yield '" section of the page (category `'
        yield str(environment.finalize(t_5(environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'id'))))
        yield '`).\n'
        if (undefined(name='fallback') if l_1_fallback is missing else l_1_fallback):
            pass
            yield '///\n/// Codes of this category that the page does not list mean: '
            yield str(environment.finalize((undefined(name='fallback') if l_1_fallback is missing else l_1_fallback)))
            yield '\n'
        if environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'deprecated'):
            pass
            yield '///\n/// Retired from the upstream page; kept for compatibility.\n#[deprecated(note = "retired from the upstream page; kept for compatibility")]\n'
        if ('_' in t_2(context.eval_ctx, t_4(context, environment.getattr(l_1_g, 'variants'), attribute='variant'))):
            pass
            yield "// A variant keeps an `_` of its pinned name (`Self_`, the levels of `A__B`), which rustc's\n// camel-case lint would flag.\n#[allow(non_camel_case_types)]\n"
        yield '#[non_exhaustive]\n#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]\npub enum '
        yield str(environment.finalize(t_1(environment.getattr(l_1_g, 'type'))))
        yield ' {\n'
        for l_2_v in environment.getattr(l_1_g, 'variants'):
            l_2_description = missing
            _loop_vars = {}
            pass
            l_2_description = t_5(environment.getattr(environment.getattr(l_2_v, 'entry'), 'description'))
            _loop_vars['description'] = l_2_description
            yield '    /// `'
            yield str(environment.finalize(t_6(environment.getattr(environment.getattr(l_2_v, 'entry'), 'code'))))
            yield '`:'
            if (undefined(name='description') if l_2_description is missing else l_2_description):
                pass
                yield ' '
                yield str(environment.finalize((undefined(name='description') if l_2_description is missing else l_2_description)))
            else:
                pass
                yield ' (no description)'
            yield '\n'
            if environment.getattr(environment.getattr(l_2_v, 'entry'), 'deprecated'):
                pass
                yield '    ///\n    /// Retired from the upstream page; kept for compatibility.\n    #[deprecated(note = "retired from the upstream page; kept for compatibility")]\n'
            yield '    '
            yield str(environment.finalize(t_1(environment.getattr(l_2_v, 'variant'))))
            yield ',\n'
        l_2_v = l_2_description = missing
        yield '}\n\n#[allow(deprecated)]\nimpl '
        yield str(environment.finalize(t_1(environment.getattr(l_1_g, 'type'))))
        yield ' {\n'
        if environment.getattr(l_1_g, 'variants'):
            pass
            yield '    #[rustfmt::skip]\n    const VALUES: &[Self] = &[\n'
            for l_2_v in environment.getattr(l_1_g, 'variants'):
                _loop_vars = {}
                pass
                yield '        Self::'
                yield str(environment.finalize(t_1(environment.getattr(l_2_v, 'variant'))))
                yield ',\n'
            l_2_v = missing
            yield '    ];\n\n    /// The variants by code, in the order of the codes (see `TryFrom<i64>`).\n    #[rustfmt::skip]\n    const BY_CODE: &[(i64, Self)] = &[\n'
            for l_2_v in t_9(environment, environment.getattr(l_1_g, 'variants'), attribute='entry.code'):
                _loop_vars = {}
                pass
                yield '        ('
                yield str(environment.finalize(t_6(environment.getattr(environment.getattr(l_2_v, 'entry'), 'code'))))
                yield ', Self::'
                yield str(environment.finalize(t_1(environment.getattr(l_2_v, 'variant'))))
                yield '),\n'
            l_2_v = missing
            yield "    ];\n\n    /// Every variant, in the page's order (retired ones included).\n    pub fn values() -> impl Iterator<Item = Self> {\n        Self::VALUES.iter().copied()\n    }\n\n    /// The variant's row of the page (see [`all`]).\n    pub fn info(self) -> &'static ErrorInfo {\n"
            if (environment.getattr(environment.getitem(environment.getattr(l_1_g, 'variants'), 0), 'index') == 0):
                pass
                yield '        &ALL[self as usize]\n'
            else:
                pass
                yield '        &ALL['
                yield str(environment.finalize(environment.getattr(environment.getitem(environment.getattr(l_1_g, 'variants'), 0), 'index')))
                yield ' + self as usize]\n'
            yield '    }\n'
        else:
            pass
            yield "    /// Every variant, in the page's order (retired ones included).\n    pub fn values() -> impl Iterator<Item = Self> {\n        std::iter::empty()\n    }\n\n    /// The variant's row of the page (see [`all`]).\n    pub fn info(self) -> &'static ErrorInfo {\n        match self {}\n    }\n"
        yield "\n    /// The category's section of the page.\n    pub fn category_info() -> &'static CategoryInfo {\n        &CATEGORIES["
        yield str(environment.finalize(environment.getattr(l_1_g, 'index')))
        yield ']\n    }\n\n    /// The variant of an error of this category (see [`'
        yield str(environment.finalize((undefined(name='error') if l_0_error is missing else l_0_error)))
        yield "::categories`]); `None` when\n    /// the error is not of this category, or its code is none of the category's.\n    pub fn from_error(error: &"
        yield str(environment.finalize((undefined(name='error') if l_0_error is missing else l_0_error)))
        yield ') -> Option<Self> {\n        if !error.is_in('
        yield str(environment.finalize(t_8(environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'id'))))
        yield ') {\n            return None;\n        }\n        Self::try_from(error.code()?).ok()\n    }\n\n    /// The id of the category, `'
        yield str(environment.finalize(t_5(environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'id'))))
        yield '`.\n    pub fn category(self) -> &\'static str {\n        self.info().category\n    }\n\n    /// The code, e.g. `-46618`.\n    pub fn code(self) -> i64 {\n        self.info().code\n    }\n\n    /// The code\'s pinned name, e.g. `"SIGNATURE_AUTHENTICATION_FAILS"`.\n    pub fn name(self) -> &\'static str {\n        self.info().name\n    }\n\n    /// What the code means, in the page\'s words (default locale).\n    pub fn description(self) -> &\'static str {\n        self.info().description\n    }\n\n    /// What to do about the code; `None` where the page lists no action.\n    pub fn action(self) -> Option<&\'static str> {\n        self.info().action\n    }\n\n    /// Whether the code was retired from the page and is kept only for compatibility.\n    pub fn deprecated(self) -> bool {\n        self.info().deprecated\n    }\n\n    /// The same code on other pages.\n    pub fn see_also(self) -> &\'static [SeeAlso] {\n        self.info().see_also\n    }\n\n    /// Every row of the page with this code in this category (see [`ErrorInfo::variants`]).\n    pub fn variants(self) -> Vec<Variant> {\n        self.info().variants()\n    }\n\n    /// The code\'s texts in `locale`, each the default locale\'s where that locale has none.\n    pub fn text(self, locale: &str) -> LocalizedText {\n        self.info().text(locale)\n    }\n}\n\n#[allow(deprecated)]\nimpl TryFrom<i64> for '
        yield str(environment.finalize(t_1(environment.getattr(l_1_g, 'type'))))
        yield ' {\n    type Error = UnknownCode;\n\n    fn try_from(code: i64) -> Result<Self, UnknownCode> {\n'
        if environment.getattr(l_1_g, 'variants'):
            pass
            yield '        match Self::BY_CODE.binary_search_by_key(&code, |&(known, _)| known) {\n            Ok(index) => Ok(Self::BY_CODE[index].1),\n            Err(_) => Err(UnknownCode {\n                code,\n                category: '
            yield str(environment.finalize(t_8(environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'id'))))
            yield ',\n            }),\n        }\n'
        else:
            pass
            yield '        Err(UnknownCode {\n            code,\n            category: '
            yield str(environment.finalize(t_8(environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'id'))))
            yield ',\n        })\n'
        yield '    }\n}\n\n#[allow(deprecated)]\nimpl fmt::Debug for '
        yield str(environment.finalize(t_1(environment.getattr(l_1_g, 'type'))))
        yield ' {\n    /// The variant\'s name, e.g. `SignatureAuthenticationFails` (as `derive(Debug)` writes it).\n    fn fmt(&self, f: &mut fmt::Formatter<\'_>) -> fmt::Result {\n        let name = self.info().rust_name;\n        f.write_str(name.rsplit_once("::").map_or(name, |(_, variant)| variant))\n    }\n}\n\n#[allow(deprecated)]\nimpl std::str::FromStr for '
        yield str(environment.finalize(t_1(environment.getattr(l_1_g, 'type'))))
        yield ' {\n    type Err = UnknownName;\n\n    /// The variant of a pinned name, e.g. `"SIGNATURE_AUTHENTICATION_FAILS"`.\n    fn from_str(name: &str) -> Result<Self, UnknownName> {\n        match Self::values().find(|v| v.name() == name) {\n            Some(v) => Ok(v),\n            None => Err(UnknownName {\n                name: name.to_owned(),\n                category: '
        yield str(environment.finalize(t_8(environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'id'))))
        yield ',\n            }),\n        }\n    }\n}\n\n#[allow(deprecated)]\nimpl fmt::Display for '
        yield str(environment.finalize(t_1(environment.getattr(l_1_g, 'type'))))
        yield " {\n    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {\n        fmt::Display::fmt(self.info(), f)\n    }\n}\n\n#[allow(deprecated)]\nimpl std::error::Error for "
        yield str(environment.finalize(t_1(environment.getattr(l_1_g, 'type'))))
        yield ' {}\n\n#[allow(deprecated)]\nimpl From<'
        yield str(environment.finalize(t_1(environment.getattr(l_1_g, 'type'))))
        yield '> for '
        yield str(environment.finalize((undefined(name='error') if l_0_error is missing else l_0_error)))
        yield ' {\n    fn from(error: '
        yield str(environment.finalize(t_1(environment.getattr(l_1_g, 'type'))))
        yield ') -> Self {\n        '
        yield str(environment.finalize((undefined(name='error') if l_0_error is missing else l_0_error)))
        yield '::new(error.code())\n    }\n}\n\n#[allow(deprecated)]\nimpl PartialEq<'
        yield str(environment.finalize(t_1(environment.getattr(l_1_g, 'type'))))
        yield '> for '
        yield str(environment.finalize((undefined(name='error') if l_0_error is missing else l_0_error)))
        yield ' {\n    fn eq(&self, other: &'
        yield str(environment.finalize(t_1(environment.getattr(l_1_g, 'type'))))
        yield ') -> bool {\n        '
        yield str(environment.finalize(t_1(environment.getattr(l_1_g, 'type'))))
        yield '::from_error(self) == Some(*other)\n    }\n}\n'
    l_1_g = l_1_c = l_1_fallback = missing
    yield "\n// The tables below keep one field a line whatever the length of its text: rustfmt would\n// move a text to the next line or leave it, by its display width (`#[rustfmt::skip]`).\n\n/// Every category of the page, in the page's order.\n"
    if (t_3((undefined(name='categories') if l_0_categories is missing else l_0_categories)) == 0):
        pass
        yield 'static CATEGORIES: &[CategoryInfo] = &[];\n'
    else:
        pass
        l_0_one = (t_3((undefined(name='categories') if l_0_categories is missing else l_0_categories)) == 1)
        context.vars['one'] = l_0_one
        context.exported_vars.add('one')
        yield '#[rustfmt::skip]\nstatic CATEGORIES: &[CategoryInfo] = &['
        if (not (undefined(name='one') if l_0_one is missing else l_0_one)):
            pass
            yield '\n'
        for l_1_g in (undefined(name='categories') if l_0_categories is missing else l_0_categories):
            l_1_c = missing
            _loop_vars = {}
            pass
            l_1_c = environment.getattr(l_1_g, 'category')
            _loop_vars['c'] = l_1_c
            l_2_d = (0 if (undefined(name='one') if l_0_one is missing else l_0_one) else 1)
            l_2_close = environment.getitem((undefined(name='closes') if l_0_closes is missing else l_0_closes), (0 if (undefined(name='one') if l_0_one is missing else l_0_one) else 1))
            pass
            template = environment.get_template('rust/category_info.rs.j2', 'rust/lib.rs.j2')
            gen = template.root_render_func(template.new_context(context.get_all(), True, {'close': l_2_close, 'd': l_2_d, 'c': l_1_c, 'g': l_1_g, 'one': l_0_one, 'p0': l_0_p0, 'p1': l_0_p1}))
            try:
                for event in gen:
                    yield event
            finally: gen.close()
            l_2_d = l_2_close = missing
        l_1_g = l_1_c = missing
        if (not (undefined(name='one') if l_0_one is missing else l_0_one)):
            pass
            yield '];\n'
    yield "\n/// Every code of the page, in the page's order.\n"
    if (t_3(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'entries')) == 0):
        pass
        yield 'static ALL: &[ErrorInfo] = &[];\n'
    else:
        pass
        l_0_one = (t_3(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'entries')) == 1)
        context.vars['one'] = l_0_one
        context.exported_vars.add('one')
        yield '#[rustfmt::skip]\nstatic ALL: &[ErrorInfo] = &['
        if (not (undefined(name='one') if l_0_one is missing else l_0_one)):
            pass
            yield '\n'
        l_0_d = (0 if (undefined(name='one') if l_0_one is missing else l_0_one) else 1)
        context.vars['d'] = l_0_d
        context.exported_vars.add('d')
        (l_0_p0, l_0_p1, l_0_close) = (environment.getitem((undefined(name='pads') if l_0_pads is missing else l_0_pads), (undefined(name='d') if l_0_d is missing else l_0_d)), environment.getitem((undefined(name='pads') if l_0_pads is missing else l_0_pads), ((undefined(name='d') if l_0_d is missing else l_0_d) + 1)), environment.getitem((undefined(name='closes') if l_0_closes is missing else l_0_closes), (0 if (undefined(name='one') if l_0_one is missing else l_0_one) else 1)))
        context.vars.update({'close': l_0_close, 'p0': l_0_p0, 'p1': l_0_p1})
        context.exported_vars.update(('close', 'p0', 'p1'))
        for l_1_g in (undefined(name='categories') if l_0_categories is missing else l_0_categories):
            l_1_category = missing
            _loop_vars = {}
            pass
            l_1_category = t_8(environment.getattr(environment.getattr(l_1_g, 'category'), 'id'))
            _loop_vars['category'] = l_1_category
            for l_2_v in environment.getattr(l_1_g, 'variants'):
                l_2_status = resolve('status')
                l_2_translation_items = resolve('translation_items')
                l_2_see_also_items = resolve('see_also_items')
                l_2_e = missing
                _loop_vars = {}
                pass
                l_2_e = environment.getattr(l_2_v, 'entry')
                _loop_vars['e'] = l_2_e
                yield str(environment.finalize((undefined(name='p0') if l_0_p0 is missing else l_0_p0)))
                yield 'ErrorInfo {\n'
                yield str(environment.finalize((undefined(name='p1') if l_0_p1 is missing else l_0_p1)))
                yield 'category: '
                yield str(environment.finalize((undefined(name='category') if l_1_category is missing else l_1_category)))
                yield ',\n'
                yield str(environment.finalize((undefined(name='p1') if l_0_p1 is missing else l_0_p1)))
                yield 'code: '
                yield str(environment.finalize(t_6(environment.getattr((undefined(name='e') if l_2_e is missing else l_2_e), 'code'))))
                yield ',\n'
                yield str(environment.finalize((undefined(name='p1') if l_0_p1 is missing else l_0_p1)))
                yield 'name: '
                yield str(environment.finalize(t_8(environment.getattr((undefined(name='e') if l_2_e is missing else l_2_e), 'name'))))
                yield ',\n'
                yield str(environment.finalize((undefined(name='p1') if l_0_p1 is missing else l_0_p1)))
                yield 'rust_name: '
                yield str(environment.finalize(t_8(str_join((environment.getattr(l_1_g, 'type'), '::', environment.getattr(l_2_v, 'variant'), )))))
                yield ',\n'
                yield str(environment.finalize((undefined(name='p1') if l_0_p1 is missing else l_0_p1)))
                yield 'http_status: '
                yield str(environment.finalize(context.call((undefined(name='status') if l_2_status is missing else l_2_status), (undefined(name='e') if l_2_e is missing else l_2_e), _loop_vars=_loop_vars)))
                yield ',\n'
                yield str(environment.finalize((undefined(name='p1') if l_0_p1 is missing else l_0_p1)))
                yield 'description: '
                yield str(environment.finalize(t_8(environment.getattr((undefined(name='e') if l_2_e is missing else l_2_e), 'description'))))
                yield ',\n'
                yield str(environment.finalize((undefined(name='p1') if l_0_p1 is missing else l_0_p1)))
                yield 'action: '
                yield str(environment.finalize(t_7(environment.getattr((undefined(name='e') if l_2_e is missing else l_2_e), 'action'))))
                yield ',\n'
                yield str(environment.finalize((undefined(name='p1') if l_0_p1 is missing else l_0_p1)))
                yield 'deprecated: '
                yield str(environment.finalize(t_6(environment.getattr((undefined(name='e') if l_2_e is missing else l_2_e), 'deprecated'))))
                yield ',\n'
                if environment.getattr((undefined(name='e') if l_2_e is missing else l_2_e), 'translations'):
                    pass
                    l_3_name = 'translations'
                    l_3_items = context.call((undefined(name='translation_items') if l_2_translation_items is missing else l_2_translation_items), (undefined(name='e') if l_2_e is missing else l_2_e), _loop_vars=_loop_vars)
                    pass
                    template = environment.get_template('rust/translations.rs.j2', 'rust/lib.rs.j2')
                    gen = template.root_render_func(template.new_context(context.get_all(), True, {'items': l_3_items, 'name': l_3_name, 'e': l_2_e, 'v': l_2_v, 'category': l_1_category, 'g': l_1_g, 'close': l_0_close, 'd': l_0_d, 'one': l_0_one, 'p0': l_0_p0, 'p1': l_0_p1}))
                    try:
                        for event in gen:
                            yield event
                    finally: gen.close()
                    l_3_name = l_3_items = missing
                else:
                    pass
                    yield str(environment.finalize((undefined(name='p1') if l_0_p1 is missing else l_0_p1)))
                    yield 'translations: &[],\n'
                if environment.getattr((undefined(name='e') if l_2_e is missing else l_2_e), 'see_also'):
                    pass
                    l_3_name = 'see_also'
                    l_3_items = context.call((undefined(name='see_also_items') if l_2_see_also_items is missing else l_2_see_also_items), (undefined(name='e') if l_2_e is missing else l_2_e), _loop_vars=_loop_vars)
                    pass
                    template = environment.get_template('rust/translations.rs.j2', 'rust/lib.rs.j2')
                    gen = template.root_render_func(template.new_context(context.get_all(), True, {'items': l_3_items, 'name': l_3_name, 'e': l_2_e, 'v': l_2_v, 'category': l_1_category, 'g': l_1_g, 'close': l_0_close, 'd': l_0_d, 'one': l_0_one, 'p0': l_0_p0, 'p1': l_0_p1}))
                    try:
                        for event in gen:
                            yield event
                    finally: gen.close()
                    l_3_name = l_3_items = missing
                else:
                    pass
                    yield str(environment.finalize((undefined(name='p1') if l_0_p1 is missing else l_0_p1)))
                    yield 'see_also: &[],\n'
                yield str(environment.finalize((undefined(name='p0') if l_0_p0 is missing else l_0_p0)))
                yield str(environment.finalize((undefined(name='close') if l_0_close is missing else l_0_close)))
                yield '\n'
            l_2_v = l_2_e = l_2_status = l_2_translation_items = l_2_see_also_items = missing
        l_1_g = l_1_category = missing
        if (not (undefined(name='one') if l_0_one is missing else l_0_one)):
            pass
            yield '];\n'
    yield "\n/// The codes the page lists on several rows of one table: every row, in the page's order.\n"
    if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'varied'):
        pass
        yield '#[rustfmt::skip]\nstatic VARIANTS: &[Variant] = &[\n'
        for (l_1_c, l_1_e) in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'varied'):
            _loop_vars = {}
            pass
            for l_2_v in environment.getattr(l_1_e, 'variants'):
                l_2_status = resolve('status')
                _loop_vars = {}
                pass
                yield '    Variant {\n        category: '
                yield str(environment.finalize(t_8(environment.getattr(l_1_c, 'id'))))
                yield ',\n        code: '
                yield str(environment.finalize(t_6(environment.getattr(l_2_v, 'code'))))
                yield ',\n        http_status: '
                yield str(environment.finalize(context.call((undefined(name='status') if l_2_status is missing else l_2_status), l_2_v, _loop_vars=_loop_vars)))
                yield ',\n        description: '
                yield str(environment.finalize(t_8(environment.getattr(l_2_v, 'description'))))
                yield ',\n        action: '
                yield str(environment.finalize(t_7(environment.getattr(l_2_v, 'action'))))
                yield ',\n        column: '
                yield str(environment.finalize(t_7((environment.getitem(environment.getattr(l_2_v, 'variant'), 0) if environment.getattr(l_2_v, 'variant') else None))))
                yield ',\n        value: '
                yield str(environment.finalize(t_7((environment.getitem(environment.getattr(l_2_v, 'variant'), 1) if environment.getattr(l_2_v, 'variant') else None))))
                yield ',\n    },\n'
            l_2_v = l_2_status = missing
        l_1_c = l_1_e = missing
        yield '];\n'
    else:
        pass
        yield 'static VARIANTS: &[Variant] = &[];\n'

blocks = {}
debug_info = '1=76&3=78&13=80&16=82&19=84&30=86&34=89&35=93&331=99&348=101&355=108&439=110&440=114&441=116&443=119&444=123&446=126&448=128&453=131&460=135&461=137&462=141&463=144&465=154&470=158&477=162&478=164&481=167&482=171&489=175&490=179&501=185&504=191&521=198&524=200&526=202&527=204&533=206&580=208&584=210&589=213&595=218&602=221&611=223&620=225&627=227&634=229&637=231&638=235&639=237&644=239&645=243&646=245&655=249&658=254&660=258&663=261&664=265&666=270&669=278&675=282&678=287&680=291&683=294&684=297&685=300&686=304&687=306&688=313&689=315&690=317&691=321&692=325&693=329&694=333&695=337&696=341&697=345&698=349&699=354&701=363&703=365&704=370&706=379&708=381&711=386&717=390&720=393&721=396&723=401&724=403&725=405&726=407&727=409&728=411&729=413'
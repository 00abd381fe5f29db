from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'rust/strings.rs.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_view = resolve('view')
    l_0_error = resolve('error')
    l_0_codes = resolve('codes')
    l_0_one = resolve('one')
    l_0_rows = resolve('rows')
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
    pass
    yield '// '
    yield str(environment.finalize(t_5(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'header'))))
    yield '\n\n//! The symbolic error codes of '
    yield str(environment.finalize(t_5(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'product_label'))))
    yield ', the `<Code>` of an error response,\n//! as published on its error-code page: one `#[non_exhaustive]` enum, [`ErrorCode`], with one\n//! variant per code.\n//!\n//! A code can stand in several rows of the page, with different HTTP statuses and texts (a\n//! [`Variant`] each): [`ErrorCode::variants`] and [`lookup`] return every row of a code, and\n//! [`from_response`] the row of one HTTP status. [`'
    yield str(environment.finalize((undefined(name='error') if l_0_error is missing else l_0_error)))
    yield "`] is an error as a service\n//! answered it, its code known to the page or not: the HTTP status, the server's message, the\n//! request and trace ids and the HTTP client's error as its `source()`, with its categories (the\n//! status received wins), its [`Fault`] and whether a retry may help;\n//! [`"
    yield str(environment.finalize((undefined(name='error') if l_0_error is missing else l_0_error)))
    yield '::from_response`] reads it from a response\'s status, headers and XML body.\n//!\n//! Dotted codes form a hierarchy (`InvalidInput.TaskDuplicated` is under `InvalidInput`):\n//! [`parent_of`], [`subcodes`] and [`is_within`] read it, and so do [`ErrorCode::parent`] and\n//! [`ErrorCode::subcodes`]; API 3.0 callers often handle a whole class of codes at once.\n#![forbid(unsafe_code)]\n#![warn(missing_docs)]\n\nuse std::fmt;\n\n/// The same code on another page (e.g. the error-code page\'s integer code).\n#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]\npub struct SeeAlso {\n    /// The set (page) that lists it.\n    pub set: &\'static str,\n    /// Its category there.\n    pub category: &\'static str,\n    /// Its code there (an integer code in decimal).\n    pub code: &\'static str,\n}\n\n/// One row of the page: a code with one HTTP status and text, in one category.\n#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]\npub struct Variant {\n    code: &\'static str,\n    http_status: Option<u16>,\n    http_reason: Option<&\'static str>,\n    description: &\'static str,\n    action: Option<&\'static str>,\n    category: &\'static str,\n    deprecated: bool,\n    see_also: &\'static [SeeAlso],\n}\n\nimpl Variant {\n    /// The code, e.g. `"AccessDenied"`.\n    pub fn code(&self) -> &\'static str {\n        self.code\n    }\n\n    /// The code\'s variant of [`ErrorCode`].\n    pub fn error_code(&self) -> ErrorCode {\n        match ErrorCode::try_from(self.code) {\n            Ok(code) => code,\n            Err(_) => unreachable!("every row\'s code is a variant of ErrorCode"),\n        }\n    }\n\n    /// The HTTP status of the row; `None` where the page gives none.\n    pub fn http_status(&self) -> Option<u16> {\n        self.http_status\n    }\n\n    /// The status\'s reason phrase as the page gives it, e.g. `"Forbidden"`.\n    pub fn http_reason(&self) -> Option<&\'static str> {\n        self.http_reason\n    }\n\n    /// What the code means in this row.\n    pub fn description(&self) -> &\'static str {\n        self.description\n    }\n\n    /// What to do about it; `None` where the page lists no action.\n    pub fn action(&self) -> Option<&\'static str> {\n        self.action\n    }\n\n    /// The id of the row\'s category, e.g. `"http_4xx"`.\n    pub fn category(&self) -> &\'static str {\n        self.category\n    }\n\n    /// Whether the row was retired from the page and is kept only for compatibility.\n    pub fn deprecated(&self) -> bool {\n        self.deprecated\n    }\n\n    /// The same code on other pages.\n    pub fn see_also(&self) -> &\'static [SeeAlso] {\n        self.see_also\n    }\n}\n\nimpl fmt::Display for Variant {\n    fn fmt(&self, f: &mut fmt::Formatter<\'_>) -> fmt::Result {\n        f.write_str(self.code)?;\n        if let Some(status) = self.http_status {\n            write!(f, " (HTTP {})", status)?;\n        }\n        write!(f, ": {}", self.description)\n    }\n}\n\n/// One category: one section of the page.\n#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]\npub struct CategoryInfo {\n    id: &\'static str,\n    title: &\'static str,\n    fallback: Option<&\'static str>,\n    status_class: Option<u16>,\n}\n\nimpl CategoryInfo {\n    /// The category\'s id, e.g. `"http_4xx"`.\n    pub fn id(&self) -> &\'static str {\n        self.id\n    }\n\n    /// The heading of the category\'s section.\n    pub fn title(&self) -> &\'static str {\n        self.title\n    }\n\n    /// What the codes the page does not list mean; `None` if the page does not say.\n    pub fn fallback(&self) -> Option<&\'static str> {\n        self.fallback\n    }\n\n    /// The HTTP status class (4 for 4xx, 5 for 5xx) where every row of the category gives a\n    /// status in that one class; else `None`.\n    pub fn status_class(&self) -> Option<u16> {\n        self.status_class\n    }\n}\n\n/// Every category of the page, in the page\'s order.\npub fn categories() -> &\'static [CategoryInfo] {\n    CATEGORIES\n}\n\n/// Every row of the page, grouped by code (in the order of first appearance), then in the\n/// page\'s order (retired rows included).\npub fn all() -> &\'static [Variant] {\n    VARIANTS\n}\n\n/// Every row of the code `code`, in the page\'s order; empty for a code the page does not list.\npub fn lookup(code: &str) -> &\'static [Variant] {\n    match ErrorCode::try_from(code) {\n        Ok(known) => known.variants(),\n        Err(_) => &[],\n    }\n}\n\n/// The row of the code `code` with the HTTP status `status`; `None` when no row matches.\npub fn from_response(status: u16, code: &str) -> Option<&\'static Variant> {\n    lookup(code)\n        .iter()\n        .find(|variant| variant.http_status == Some(status))\n}\n\n'
    template = environment.get_template('rust/error.rs.j2', 'rust/strings.rs.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'one': l_0_one}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '\nimpl From<ErrorCode> for '
    yield str(environment.finalize((undefined(name='error') if l_0_error is missing else l_0_error)))
    yield ' {\n    fn from(code: ErrorCode) -> Self {\n        '
    yield str(environment.finalize((undefined(name='error') if l_0_error is missing else l_0_error)))
    yield '::new(code.as_str(), None)\n    }\n}\n\nimpl PartialEq<ErrorCode> for '
    yield str(environment.finalize((undefined(name='error') if l_0_error is missing else l_0_error)))
    yield ' {\n    fn eq(&self, other: &ErrorCode) -> bool {\n        self.error_code() == Some(*other)\n    }\n}\n\n/// A string that is no code of the page: the error of `ErrorCode`\'s `TryFrom<&str>` and `FromStr`.\n#[derive(Debug, Clone, PartialEq, Eq, Hash)]\npub struct UnknownCode {\n    code: String,\n}\n\nimpl UnknownCode {\n    /// The string.\n    pub fn code(&self) -> &str {\n        &self.code\n    }\n}\n\nimpl fmt::Display for UnknownCode {\n    fn fmt(&self, f: &mut fmt::Formatter<\'_>) -> fmt::Result {\n        write!(f, "{:?} is no code of the page", self.code)\n    }\n}\n\nimpl std::error::Error for UnknownCode {}\n\n/// A code of the page, e.g. `ErrorCode::AccessDenied` (`"AccessDenied"`).\n'
    if ('_' in t_2(context.eval_ctx, t_4(context, (undefined(name='codes') if l_0_codes is missing else l_0_codes), attribute=0))):
        pass
        yield "// A dotted code keeps its levels apart in its variant (`InvalidInput_TaskDuplicated` for\n// `InvalidInput.TaskDuplicated`), which rustc's camel-case lint would flag.\n#[allow(non_camel_case_types)]\n"
    yield '#[non_exhaustive]\n#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]\npub enum ErrorCode {\n'
    for (l_1_name, l_1_k) in (undefined(name='codes') if l_0_codes is missing else l_0_codes):
        l_1_summary = missing
        _loop_vars = {}
        pass
        l_1_summary = t_5(environment.getattr(l_1_k, 'summary'))
        _loop_vars['summary'] = l_1_summary
        yield '    /// `'
        yield str(environment.finalize(t_5(environment.getattr(l_1_k, 'code'))))
        yield '`:'
        if (undefined(name='summary') if l_1_summary is missing else l_1_summary):
            pass
            yield ' '
            yield str(environment.finalize((undefined(name='summary') if l_1_summary is missing else l_1_summary)))
        else:
            pass
            yield ' (no description)'
        yield '\n'
        if environment.getattr(l_1_k, 'deprecated'):
            pass
            yield '    ///\n    /// Retired from the upstream page; kept for compatibility.\n    #[deprecated(note = "retired from the upstream page; kept for compatibility")]\n'
        yield '    '
        yield str(environment.finalize(t_1(l_1_name)))
        yield ',\n'
    l_1_name = l_1_k = l_1_summary = missing
    yield '}\n\n#[allow(deprecated)]\nimpl ErrorCode {\n'
    if (undefined(name='codes') if l_0_codes is missing else l_0_codes):
        pass
        yield '    /// Every variant in the order of declaration: its name and its rows in `VARIANTS`.\n    #[rustfmt::skip]\n    const TABLE: &[(Self, &str, usize, usize)] = &[\n'
        l_1_loop = missing
        for (l_1_name, l_1_k), l_1_loop in LoopContext((undefined(name='codes') if l_0_codes is missing else l_0_codes), undefined):
            l_1_starts = resolve('starts')
            l_1_start = missing
            _loop_vars = {}
            pass
            l_1_start = environment.getitem((undefined(name='starts') if l_1_starts is missing else l_1_starts), environment.getattr(l_1_loop, 'index0'))
            _loop_vars['start'] = l_1_start
            yield '        (Self::'
            yield str(environment.finalize(t_1(l_1_name)))
            yield ', '
            yield str(environment.finalize(t_8(l_1_name)))
            yield ', '
            yield str(environment.finalize((undefined(name='start') if l_1_start is missing else l_1_start)))
            yield ', '
            yield str(environment.finalize(((undefined(name='start') if l_1_start is missing else l_1_start) + t_3(environment.getattr(l_1_k, 'variants')))))
            yield '),\n'
        l_1_loop = l_1_name = l_1_k = l_1_starts = l_1_start = missing
        yield "    ];\n\n    /// Every code, in the order of first appearance (retired ones included).\n    pub fn values() -> impl Iterator<Item = Self> {\n        Self::TABLE.iter().map(|row| row.0)\n    }\n\n    /// Every row of the code, in the page's order.\n    pub fn variants(self) -> &'static [Variant] {\n        let (_, _, start, end) = Self::TABLE[self as usize];\n        &VARIANTS[start..end]\n    }\n\n    fn variant_name(self) -> &'static str {\n        Self::TABLE[self as usize].1\n    }\n"
    else:
        pass
        yield "    /// Every code, in the order of first appearance (retired ones included).\n    pub fn values() -> impl Iterator<Item = Self> {\n        std::iter::empty()\n    }\n\n    /// Every row of the code, in the page's order.\n    pub fn variants(self) -> &'static [Variant] {\n        match self {}\n    }\n\n    fn variant_name(self) -> &'static str {\n        match self {}\n    }\n"
    yield '\n    /// The code, e.g. `"AccessDenied"`.\n    pub fn as_str(self) -> &\'static str {\n        self.variants()[0].code\n    }\n\n    /// What the code means: its first row\'s description.\n    pub fn description(self) -> &\'static str {\n        self.variants()[0].description\n    }\n\n    /// What to do about it: its first row\'s action.\n    pub fn action(self) -> Option<&\'static str> {\n        self.variants()[0].action\n    }\n\n    /// The HTTP statuses of its rows, in the page\'s order.\n    pub fn http_statuses(self) -> impl Iterator<Item = u16> {\n        self.variants()\n            .iter()\n            .filter_map(|variant| variant.http_status)\n    }\n\n    /// Whether every row of the code was retired from the page.\n    pub fn deprecated(self) -> bool {\n        self.variants().iter().all(|variant| variant.deprecated)\n    }\n\n    /// The same code on other pages, from every row, each once.\n    pub fn see_also(self) -> Vec<SeeAlso> {\n        let mut out: Vec<SeeAlso> = Vec::new();\n        for variant in self.variants() {\n            for reference in variant.see_also {\n                if !out.contains(reference) {\n                    out.push(*reference);\n                }\n            }\n        }\n        out\n    }\n\n    /// The code one level up (`"InvalidInput"` for `"InvalidInput.TaskDuplicated"`); `None`\n    /// for a top-level code. `ErrorCode::try_from(parent)` if the page lists it too.\n    pub fn parent(self) -> Option<&\'static str> {\n        parent_of(self.as_str())\n    }\n\n    /// The codes one level below this one, in the order of first appearance.\n    pub fn subcodes(self) -> Vec<ErrorCode> {\n        subcodes(self.as_str())\n    }\n}\n\n/// The code one level up a dotted code: all but its last `.` part; `None` at the top.\npub fn parent_of(code: &str) -> Option<&str> {\n    if !code.trim_matches(\'.\').contains(\'.\') {\n        return None;\n    }\n    code.rfind(\'.\').map(|end| &code[..end])\n}\n\n/// The codes of the page one level below `code` (whether or not the page lists it), in the\n/// order of first appearance.\npub fn subcodes(code: &str) -> Vec<ErrorCode> {\n    ErrorCode::values()\n        .filter(|known| parent_of(known.as_str()) == Some(code))\n        .collect()\n}\n\n/// Whether `code` is `ancestor` or lies below it (`"InvalidInput.TaskDuplicated"` is within\n/// `"InvalidInput"`; `"InvalidInputs"` is not).\npub fn is_within(code: &str, ancestor: &str) -> bool {\n    match code.strip_prefix(ancestor) {\n        Some(rest) => rest.is_empty() || rest.starts_with(\'.\'),\n        None => false,\n    }\n}\n\n#[allow(deprecated)]\nimpl TryFrom<&str> for ErrorCode {\n    type Error = UnknownCode;\n\n    fn try_from(code: &str) -> Result<Self, UnknownCode> {\n        match ErrorCode::values().find(|known| known.as_str() == code) {\n            Some(known) => Ok(known),\n            None => Err(UnknownCode {\n                code: code.to_owned(),\n            }),\n        }\n    }\n}\n\nimpl std::str::FromStr for ErrorCode {\n    type Err = UnknownCode;\n\n    fn from_str(code: &str) -> Result<Self, UnknownCode> {\n        ErrorCode::try_from(code)\n    }\n}\n\n#[allow(deprecated)]\nimpl fmt::Debug for ErrorCode {\n    /// The variant\'s name, e.g. `AccessDenied` (as `derive(Debug)` writes it).\n    fn fmt(&self, f: &mut fmt::Formatter<\'_>) -> fmt::Result {\n        f.write_str(self.variant_name())\n    }\n}\n\nimpl fmt::Display for ErrorCode {\n    fn fmt(&self, f: &mut fmt::Formatter<\'_>) -> fmt::Result {\n        write!(f, "{}: {}", self.as_str(), self.description())\n    }\n}\n\nimpl std::error::Error for ErrorCode {}\n\n// The tables below keep one field a line whatever the length of its text: rustfmt would\n// move a text to the next line or leave it, by its display width (`#[rustfmt::skip]`).\n\n/// Every category of the page, in the page\'s order.\n'
    if (t_3(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'categories')) == 0):
        pass
        yield 'static CATEGORIES: &[CategoryInfo] = &[];\n'
    else:
        pass
        l_0_one = (t_3(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'categories')) == 1)
        context.vars['one'] = l_0_one
        context.exported_vars.add('one')
        yield '#[rustfmt::skip]\nstatic CATEGORIES: &[CategoryInfo] = &['
        if (not (undefined(name='one') if l_0_one is missing else l_0_one)):
            pass
            yield '\n'
        for l_1_c in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'categories'):
            l_1_pads = resolve('pads')
            l_1_status_class = resolve('status_class')
            l_1_closes = resolve('closes')
            l_1_d = missing
            _loop_vars = {}
            pass
            l_1_d = (0 if (undefined(name='one') if l_0_one is missing else l_0_one) else 1)
            _loop_vars['d'] = l_1_d
            yield str(environment.finalize(environment.getitem((undefined(name='pads') if l_1_pads is missing else l_1_pads), (undefined(name='d') if l_1_d is missing else l_1_d))))
            yield 'CategoryInfo {\n'
            yield str(environment.finalize(environment.getitem((undefined(name='pads') if l_1_pads is missing else l_1_pads), ((undefined(name='d') if l_1_d is missing else l_1_d) + 1))))
            yield 'id: '
            yield str(environment.finalize(t_8(environment.getattr(l_1_c, 'id'))))
            yield ',\n'
            yield str(environment.finalize(environment.getitem((undefined(name='pads') if l_1_pads is missing else l_1_pads), ((undefined(name='d') if l_1_d is missing else l_1_d) + 1))))
            yield 'title: '
            yield str(environment.finalize(t_8(environment.getattr(l_1_c, 'title'))))
            yield ',\n'
            yield str(environment.finalize(environment.getitem((undefined(name='pads') if l_1_pads is missing else l_1_pads), ((undefined(name='d') if l_1_d is missing else l_1_d) + 1))))
            yield 'fallback: '
            yield str(environment.finalize(t_7(environment.getattr(l_1_c, 'fallback'))))
            yield ',\n'
            yield str(environment.finalize(environment.getitem((undefined(name='pads') if l_1_pads is missing else l_1_pads), ((undefined(name='d') if l_1_d is missing else l_1_d) + 1))))
            yield 'status_class: '
            yield str(environment.finalize(context.call((undefined(name='status_class') if l_1_status_class is missing else l_1_status_class), l_1_c, _loop_vars=_loop_vars)))
            yield ',\n'
            yield str(environment.finalize(environment.getitem((undefined(name='pads') if l_1_pads is missing else l_1_pads), (undefined(name='d') if l_1_d is missing else l_1_d))))
            yield str(environment.finalize(environment.getitem((undefined(name='closes') if l_1_closes is missing else l_1_closes), (0 if (undefined(name='one') if l_0_one is missing else l_0_one) else 1))))
            yield '\n'
        l_1_c = l_1_d = l_1_pads = l_1_status_class = l_1_closes = missing
        if (not (undefined(name='one') if l_0_one is missing else l_0_one)):
            pass
            yield '];\n'
    yield "\n/// Every row of the page, grouped by code (in the order of first appearance), then in the\n/// page's order.\n"
    if (t_3((undefined(name='rows') if l_0_rows is missing else l_0_rows)) == 0):
        pass
        yield 'static VARIANTS: &[Variant] = &[];\n'
    else:
        pass
        l_0_one = (t_3((undefined(name='rows') if l_0_rows is missing else l_0_rows)) == 1)
        context.vars['one'] = l_0_one
        context.exported_vars.add('one')
        yield '#[rustfmt::skip]\nstatic VARIANTS: &[Variant] = &['
        if (not (undefined(name='one') if l_0_one is missing else l_0_one)):
            pass
            yield '\n'
        for l_1_v in (undefined(name='rows') if l_0_rows is missing else l_0_rows):
            l_1_pads = resolve('pads')
            l_1_status = resolve('status')
            l_1_see_also_items = resolve('see_also_items')
            l_1_closes = resolve('closes')
            l_1_d = l_1_e = missing
            _loop_vars = {}
            pass
            l_1_d = (0 if (undefined(name='one') if l_0_one is missing else l_0_one) else 1)
            _loop_vars['d'] = l_1_d
            l_1_e = environment.getattr(l_1_v, 'entry')
            _loop_vars['e'] = l_1_e
            yield str(environment.finalize(environment.getitem((undefined(name='pads') if l_1_pads is missing else l_1_pads), (undefined(name='d') if l_1_d is missing else l_1_d))))
            yield 'Variant {\n'
            yield str(environment.finalize(environment.getitem((undefined(name='pads') if l_1_pads is missing else l_1_pads), ((undefined(name='d') if l_1_d is missing else l_1_d) + 1))))
            yield 'code: '
            yield str(environment.finalize(t_8(environment.getattr((undefined(name='e') if l_1_e is missing else l_1_e), 'code'))))
            yield ',\n'
            yield str(environment.finalize(environment.getitem((undefined(name='pads') if l_1_pads is missing else l_1_pads), ((undefined(name='d') if l_1_d is missing else l_1_d) + 1))))
            yield 'http_status: '
            yield str(environment.finalize(context.call((undefined(name='status') if l_1_status is missing else l_1_status), (undefined(name='e') if l_1_e is missing else l_1_e), _loop_vars=_loop_vars)))
            yield ',\n'
            yield str(environment.finalize(environment.getitem((undefined(name='pads') if l_1_pads is missing else l_1_pads), ((undefined(name='d') if l_1_d is missing else l_1_d) + 1))))
            yield 'http_reason: '
            yield str(environment.finalize(t_7(environment.getattr((undefined(name='e') if l_1_e is missing else l_1_e), 'http_reason'))))
            yield ',\n'
            yield str(environment.finalize(environment.getitem((undefined(name='pads') if l_1_pads is missing else l_1_pads), ((undefined(name='d') if l_1_d is missing else l_1_d) + 1))))
            yield 'description: '
            yield str(environment.finalize(t_8(environment.getattr((undefined(name='e') if l_1_e is missing else l_1_e), 'description'))))
            yield ',\n'
            yield str(environment.finalize(environment.getitem((undefined(name='pads') if l_1_pads is missing else l_1_pads), ((undefined(name='d') if l_1_d is missing else l_1_d) + 1))))
            yield 'action: '
            yield str(environment.finalize(t_7(environment.getattr((undefined(name='e') if l_1_e is missing else l_1_e), 'action'))))
            yield ',\n'
            yield str(environment.finalize(environment.getitem((undefined(name='pads') if l_1_pads is missing else l_1_pads), ((undefined(name='d') if l_1_d is missing else l_1_d) + 1))))
            yield 'category: '
            yield str(environment.finalize(t_8(environment.getattr(environment.getattr(l_1_v, 'category'), 'id'))))
            yield ',\n'
            yield str(environment.finalize(environment.getitem((undefined(name='pads') if l_1_pads is missing else l_1_pads), ((undefined(name='d') if l_1_d is missing else l_1_d) + 1))))
            yield 'deprecated: '
            yield str(environment.finalize(t_6(environment.getattr((undefined(name='e') if l_1_e is missing else l_1_e), 'deprecated'))))
            yield ',\n'
            l_2_name = 'see_also'
            l_2_items = context.call((undefined(name='see_also_items') if l_1_see_also_items is missing else l_1_see_also_items), (undefined(name='e') if l_1_e is missing else l_1_e), _loop_vars=_loop_vars)
            pass
            template = environment.get_template('rust/translations.rs.j2', 'rust/strings.rs.j2')
            gen = template.root_render_func(template.new_context(context.get_all(), True, {'items': l_2_items, 'name': l_2_name, 'd': l_1_d, 'e': l_1_e, 'v': l_1_v, 'one': l_0_one}))
            try:
                for event in gen:
                    yield event
            finally: gen.close()
            l_2_name = l_2_items = missing
            yield str(environment.finalize(environment.getitem((undefined(name='pads') if l_1_pads is missing else l_1_pads), (undefined(name='d') if l_1_d is missing else l_1_d))))
            yield str(environment.finalize(environment.getitem((undefined(name='closes') if l_1_closes is missing else l_1_closes), (0 if (undefined(name='one') if l_0_one is missing else l_0_one) else 1))))
            yield '\n'
        l_1_v = l_1_d = l_1_e = l_1_pads = l_1_status = l_1_see_also_items = l_1_closes = missing
        if (not (undefined(name='one') if l_0_one is missing else l_0_one)):
            pass
            yield '];\n'

blocks = {}
debug_info = '1=65&3=67&9=69&13=71&165=73&167=80&169=82&173=84&201=86&209=90&210=94&211=97&213=107&218=111&226=115&230=119&231=124&232=127&385=141&388=146&390=150&393=153&394=160&395=162&396=164&397=168&398=172&399=176&400=180&402=184&409=188&412=193&414=197&417=200&418=208&419=210&420=212&421=214&422=218&423=222&424=226&425=230&426=234&427=238&428=245&429=252&431=256'
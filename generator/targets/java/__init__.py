"""The Java library: a Maven project (`pom.xml`, `src/main/java/<package>/...`) with no dependency.

Integer codes: one `enum` per category (`DownloadError.SIGNATURE_AUTHENTICATION_FAILS`), each
implementing `ErrorInfo`; `{prefix}Errors` (named from the product's short name: `CIErrors`,
`COSErrors`) has the lookups by code and by X-ErrNo header, the non-raising factory of the error
of a response (`from`, `builder()`, `fromException` reading an SDK's exception by reflection)
and `{prefix}Exception` is the error to throw (code, status, server message, ids, cause); `ErrorInfo.variants()` gives every row of a code that the page
lists on several rows of a table (`Variant`, with the distinguishing column and value). Symbolic
codes: `ErrorCode`, one constant per distinct code, and `Variant`, one per row (it implements
`ErrorInfo`), as the other outputs of such a page; `{prefix}Errors.parentOf`/`subcodes`/`isWithin` and
`ErrorCode.parent()`/`subcodes()` read the hierarchy of dotted codes.

Java turns `\\uXXXX` into the character it names before it reads a token, in comments too:
every text goes through escape.py's `java_*` filters, which leave no backslash in a comment
and double it in a string literal (see there).

A Java class file holds no string constant of more than 65 535 bytes, no method of more than
64 KB of bytecode and no more than 65 535 constants: every table is data, string constants that
`Category.unpack` reads (see `packed`), not code of a static initializer; the references to
every category's enum are cut into groups, a class each (`CATEGORIES_PER_PART`); what is left,
the constants of one enum, is refused past `max_constants` by `_check_limits` before anything
is written.
"""

from __future__ import annotations

from typing import Any, Iterable, Mapping

from ...filenames import windows_reserved
from ...content import Content
from ...escape import Escaped, ident
from ...model import Category, Entry
from ...render import Renderer
from ...view import RETRYABLE_STATUSES, View
from ..base import Option, Target, folder_problem, product_words, set_words
from . import escape
from .escape import java_lit

# The oldest Java the sources compile for (`javac --release 11`): `List.of`, `Optional`.
JAVA_RELEASE = "11"
INT32_MIN, INT32_MAX = -(2**31), 2**31 - 1

# Every keyword and literal of Java 17, `_` included: none can be a package name's part.
JAVA_KEYWORDS = frozenset(
    """abstract assert boolean break byte case catch char class const continue default do double
    else enum extends final finally float for goto if implements import instanceof int interface
    long native new package private protected public return short static strictfp super switch
    synchronized this throw throws transient try void volatile while true false null _""".split()
)

# The types each kind of page declares in the package, beside one per category (integer codes)
# and the two named from the product (`PRODUCT_TYPES`, checked when rendering).
INT_TYPES = frozenset({"ErrorInfo", "Category", "LocalizedText", "SeeAlso", "Variant"})
STRING_TYPES = frozenset({"ErrorInfo", "Category", "SeeAlso", "Variant", "ErrorCode"})
# `{prefix}Errors` (template `Errors`) and `{prefix}Exception` (template `Exception`).
PRODUCT_TYPES = ("Errors", "Exception")
# The types whose template serves both kinds (`java/<Type>.java.j2`); the others of a page of
# symbolic codes are `java/strings.<Type>.java.j2`.
SHARED_TYPES = frozenset({"Category", "SeeAlso", "Exception"})
# java.lang's exceptions: `{prefix}Exception` may not hide one (the package's sources use
# several, `RuntimeException` as the exception's base).
JAVA_LANG_EXCEPTIONS = frozenset(
    """ArithmeticException ArrayIndexOutOfBoundsException ArrayStoreException ClassCastException
    ClassNotFoundException CloneNotSupportedException EnumConstantNotPresentException Exception
    IllegalAccessException IllegalArgumentException IllegalCallerException IllegalMonitorStateException
    IllegalStateException IllegalThreadStateException IndexOutOfBoundsException InstantiationException
    InterruptedException LayerInstantiationException MatchException NegativeArraySizeException
    NoSuchFieldException NoSuchMethodException NullPointerException NumberFormatException
    ReflectiveOperationException RuntimeException SecurityException StringIndexOutOfBoundsException
    TypeNotPresentException UnsupportedOperationException WrongThreadException""".split()
)


def package_problem(value: str) -> str | None:
    """Why `value` cannot be a Java package (it becomes folders too), or None."""
    if value.split(".")[0] == "java":
        return "is in the java package, where the JVM defines no class but its own (Prohibited package name)"
    for part in value.split("."):
        if part in JAVA_KEYWORDS:
            return f"has the Java keyword {part!r} as a part"
        if windows_reserved(part):
            return f"has a part that Windows reserves as a folder name: {part!r}"
    return None


def identifier(view: View, category: Category, entry: Entry) -> str:
    """The Java expression that names `entry` of `category` in `view`'s output:
    `DownloadError.SIGNATURE_AUTHENTICATION_FAILS`, or `ErrorCode.ACCESS_DENIED` for a page of
    symbolic codes (one constant per code, whatever its category)."""
    if view.kind == "string":
        return f"ErrorCode.{ident(entry.name)}"
    return f"{ident(category.name)}.{ident(entry.name)}"


def _texts(item: Entry | Category, locales: tuple[str, ...]) -> list[str | None]:
    """Per locale, the item's (description or title, action or fallback) as its page gives them;
    two nulls where that page lacks the item: the tables' `texts` (see Category.textIndex)."""
    out: list[str | None] = []
    for locale in locales:
        found = item.text(locale)
        out += [None, None] if found is None else [found.description, found.action]
    return out


def _see_also(refs: tuple[tuple[str, str, int | str], ...]) -> str | None:
    """The cross-references as one value of a table (`SeeAlso.unpack` reads it): set, category
    and code (an integer code in decimal) each, as `Category.unpack` reads them; null for none."""
    return "".join(_field(str(v)) for ref in refs for v in ref) if refs else None


class Rows:
    """The data of each table, built here so that a template line stays one call: the arguments
    of `Category.unpack(...)`, one line of the source a row, the values in the order that the
    template's `WIDTH` columns read them."""

    def __init__(self, view: View) -> None:
        self.view = view
        self.locales = view.other_locales if view.kind == "int" else ()
        self.index = {c.id: i for i, c in enumerate(view.categories)}

    def constants(self, c: Category) -> Escaped:
        """An enum's constants: code, deprecated, description, action, the other locales' texts, see-also."""
        return packed(
            (e.code, e.deprecated, e.description, e.action, *_texts(e, self.locales), _see_also(e.see_also))
            for e in c.entries
        )

    def categories(self) -> Escaped:
        """The categories: id, title, fallback, then the other locales' texts."""
        return packed((c.id, c.title, c.fallback, *_texts(c, self.locales)) for c in self.view.categories)

    def variants(self) -> Escaped:
        """Every row of a page of symbolic codes: code, name, HTTP status (-1: none), reason,
        description, action, category (its index), deprecated, see-also."""
        return packed(
            (
                e.code, e.name, -1 if e.http_status is None else e.http_status, e.http_reason, e.description,
                e.action, self.index[c.id], e.deprecated, _see_also(e.see_also),
            )
            for c, e in self.view.entries
        )

    def int_variants(self) -> Escaped:
        """An integer page's rows of varied codes: category id, code, description, action, column, value."""
        return packed(
            (c.id, v.code, v.description, v.action, *(v.variant or (None, None)))
            for c, e in self.view.varied
            for v in e.variants
        )

    def codes(self) -> Escaped:
        """A page of symbolic codes: each code once (the constants of `ErrorCode`)."""
        return packed((k.code,) for k in self.view.codes)

    def status_rows(self) -> Escaped:
        """On an integer page, every row (every variant) that gives an HTTP status, in page order:
        category id, code, status, description."""
        return packed(
            (c.id, e.code, e.http_status, e.description) for c, e in self.view.model.entries() if e.http_status is not None
        )

    def retryable_codes(self) -> Escaped:
        """The codes the page marks as throttling, one a record (a table, not `Set.of(...)`'s
        arguments: those are code of the static initializer, about 11 bytes a code)."""
        return packed((code,) for code in self.view.retryable_codes)

    def retryable_statuses(self) -> Escaped:
        """The HTTP statuses at which a retry may help, for `Set.of(...)`."""
        return Escaped(", ".join(str(s) for s in RETRYABLE_STATUSES))

    def status_classes(self) -> Escaped:
        """Each category whose rows all lie in one status class: its id and that class (4, 5).
        A table, not `Map.ofEntries(Map.entry(...), ...)`: javac infers the types of such a call
        in a time that grows much faster than its arguments (measured with javac 17: 250
        entries 5 s, 500 entries 37 s, 1 000 entries 287 s)."""
        return packed((c, k) for c, k in self.view.status_classes.items())

    def category_parts(self) -> list[list[Category]]:
        """The categories in groups of at most `CATEGORIES_PER_PART`, in order: `{prefix}Errors`
        lists each group's enums in a class of its own past one group (see there)."""
        cats = self.view.categories
        return [list(cats[i : i + CATEGORIES_PER_PART]) for i in range(0, len(cats), CATEGORIES_PER_PART)] or [[]]


def product_types(view: View) -> dict[str, str]:
    """{template name: type name} of the two types named from the product: `COSErrors`, `COSException`."""
    return {t: f"{view.type_prefix}{t}" for t in PRODUCT_TYPES}


# What javac can hold (JVM class file limits). The data of every table (an enum's constants, the
# categories, the rows with a status, the variants) is not in the code of a static initializer,
# whose bytecode is at most 65 535 bytes, but in string constants that `Category.unpack` reads
# (see `packed`): a string constant is at most 65 535 bytes of (modified) UTF-8, so the data is
# cut into constants of at most `CHUNK_BYTES`. What remains is the enum itself: javac creates
# every constant of an enum in its static initializer, about 16 bytes each (`new`, `dup`,
# `ldc_w` name, `sipush` ordinal, `invokespecial`, `putstatic`), and javac 11 to 14 fill the
# array of `values()` there too (8 more: `dup`, `sipush`, `getstatic`, `aastore`; javac 15 and
# later do that in a method of its own). `ENUM_CONSTANT_BYTES` is that upper bound, so that the
# sources compile with every javac that compiles for Java 11: 2 722 constants, where javac 17
# takes 4 101 (measured: 4 102 is "code too large"; javac 25 takes 4 100 too; the locales no
# longer count).
MAX_METHOD_BYTES = 65535
MAX_CONSTANT_UTF8 = 65535
CHUNK_BYTES = 60000
ENUM_CONSTANT_BYTES = 24
# What the static initializer spends besides the constants: the array, the data's constants
# and the call that reads them.
CLINIT_BYTES = 200
# `{prefix}Errors.all()` names every category's enum (`Collections.addAll(out, X.values())`):
# 8 bytes of code and 5 entries of the constant pool (the class, its name, the method, its name
# and type, its descriptor) a category. One method holds 8 190 of them (javac 17: 8 191 is
# "code too large"), one class 13 027 (13 028: "too many constants"): past one group of
# `CATEGORIES_PER_PART` (half the first bound, under a third of the second), each group is a
# nested class of its own that adds its enums' constants, and no count of categories is refused.
CATEGORIES_PER_PART = 4096


def max_constants() -> int:
    """The most constants of one enum that javac compiles (its static initializer's bytecode)."""
    return (MAX_METHOD_BYTES - CLINIT_BYTES) // ENUM_CONSTANT_BYTES


def utf8_size(text: str) -> int:
    """The bytes of `text` in a class file's constant pool (modified UTF-8: NUL is 2 bytes, a
    character beyond U+FFFF 6)."""
    if text.isascii():  # the common case, at C speed: a byte a character, but NUL's two
        return len(text) + text.count("\x00")
    # UTF-8 (a surrogate on its own as 3 bytes, as the class file has it) is the same but for
    # NUL (one more byte) and a character beyond U+FFFF (6 bytes there, 4 in UTF-8).
    return len(text.encode("utf-8", "surrogatepass")) + text.count("\x00") + 2 * _astral(text)


def _astral(text: str) -> int:
    """How many characters of `text` lie beyond U+FFFF (two UTF-16 units each)."""
    return len(text.encode("utf-16-le", "surrogatepass")) // 2 - len(text)


def java_length(text: str) -> int:
    """`text.length()` in Java: UTF-16 units (two for a character beyond U+FFFF)."""
    return len(text) if text.isascii() else len(text) + _astral(text)


def _field(value: str | int | bool | None) -> str:
    """One value as `Category.unpack` reads it: `-` for null, else its length in UTF-16 units,
    `:` and the text (`true`/`false`, a number in decimal)."""
    if value is None:
        return "-"
    text = ("true" if value else "false") if isinstance(value, bool) else str(value)
    return f"{java_length(text)}:{text}"


def _cut(text: str, room: int) -> tuple[str, str]:
    """`text` cut after its longest head of at most `room` bytes in a class file."""
    size = 0
    for i, c in enumerate(text):
        size += utf8_size(c)
        if size > room:
            return text[:i], text[i:]
    return text, ""


def packed(records: Iterable[Iterable[str | int | bool | None]], indent: str = "            ") -> Escaped:
    """The arguments of `Category.unpack(...)` that give `records`' values in order: string
    constants of at most `CHUNK_BYTES` bytes, each a sum of literals that javac folds into one,
    one line of the source a record, each value one literal (a value cut where a constant ends)."""
    constants: list[list[list[str]]] = [[[]]]  # constants -> lines -> literals
    size = 0
    for record in records:
        for value in record:
            text = _field(value)
            while utf8_size(text) > CHUNK_BYTES - size:
                head, text = _cut(text, CHUNK_BYTES - size)
                if head:
                    constants[-1][-1].append(head)
                constants.append([[]])
                size = 0
            constants[-1][-1].append(text)
            size += utf8_size(text)
        constants[-1].append([])
    exprs = [f" +\n{indent}".join(" + ".join(java_lit(t) for t in line) for line in lines if line) for lines in constants]
    return Escaped(f",\n{indent}".join(e for e in exprs if e))


def _check_limits(view: View) -> None:
    """Refuse, before anything is written, a page whose Java sources javac would refuse: an enum
    of more constants than its static initializer creates."""
    limit = max_constants()
    if view.kind == "string":
        if len(view.codes) > limit:
            raise ValueError(
                f"the page has {len(view.codes)} codes; Java's enum ErrorCode holds at most {limit} (javac: code too large)"
            )
        return
    for c in view.categories:
        if len(c.entries) > limit:
            raise ValueError(
                f"category {c.id!r} has {len(c.entries)} codes; one Java enum holds at most {limit} (javac: code too large)"
            )


def _check_types(view: View) -> None:
    named = product_types(view)
    for name in named.values():
        ident(name)
        if name in JAVA_LANG_EXCEPTIONS:
            raise ValueError(f"product short name {view.type_prefix!r}: its type {name} would hide java.lang.{name}")
    fixed = STRING_TYPES if view.kind == "string" else INT_TYPES
    own = fixed | set(named.values())
    folded: dict[str, str] = {}
    for name in sorted(own):
        if name.lower() in folded:
            raise ValueError(f"product short name {view.type_prefix!r}: its type {name} clashes with {folded[name.lower()]}")
        folded[name.lower()] = name
    seen: dict[str, str] = {}
    for c in view.categories if view.kind == "int" else ():
        ident(c.name)
        if c.name.lower() in folded:  # the same type, or one file on a case-insensitive disk
            raise ValueError(f"category {c.id!r}: its type {c.name} is one of the Java package's own types")
        if c.name.lower() in seen:  # one file per type: two names that differ in case clash on disk
            raise ValueError(f"categories {seen[c.name.lower()]!r} and {c.id!r} name types that differ only in case")
        seen[c.name.lower()] = c.id
        names: set[str] = set()
        for e in c.entries:
            if e.name in names:
                raise ValueError(f"name {e.name} appears twice in category {c.id!r}")
            names.add(ident(e.name))


# The Maven group of every generated project, and the root of its default package.
GROUP = "io.github.errcodegen"


class Java(Target):
    """`java/<dir>/pom.xml` and `java/<dir>/src/main/java/<package as folders>/*.java`."""

    name = "java"
    label = "Java"
    filters = escape.FILTERS
    shared_filters = {"java": frozenset({"ident"}), "xml": frozenset({"html"})}
    checked_suffixes = (".java",)

    def check_comments(self, path: str, text: str) -> None:
        escape.check_comments(path, text)

    options = {
        "dir": Option(r"[A-Za-z0-9_][A-Za-z0-9_.-]*", check=folder_problem),
        "package": Option(r"[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)*", "name", path=False, check=package_problem),
        "group": Option(r"[A-Za-z0-9_][A-Za-z0-9_.-]*", "name", path=False),
        "artifact": Option(r"[A-Za-z0-9_][A-Za-z0-9_.-]*", "name", path=False),
        "version": Option(r"[0-9]+(\.[0-9]+)*(-[A-Za-z0-9]+)*", "version", path=False),
    }
    defaults = {
        "int": {
            "dir": "ci-error-codes",
            "package": "io.github.errcodegen.ci",
            "group": "io.github.errcodegen",
            "artifact": "ci-error-codes",
            "version": "0.1.0",
        },
        "string": {
            "dir": "ci-media-processing-error-codes",
            "package": "io.github.errcodegen.cimediaprocessing",
            "group": "io.github.errcodegen",
            "artifact": "ci-media-processing-error-codes",
            "version": "0.1.0",
        },
    }
    declared = {"int": INT_TYPES, "string": STRING_TYPES}
    distinct = ("dir", "package")

    def named_defaults(self, set_name: str) -> dict[str, str]:
        """`cos-error-codes` -> `java/cos-error-codes/`, package `io.github.errcodegen.cos` (the set's
        words less "error codes", one segment: no set's package nests in another's), artifact
        `cos-error-codes`; a segment Java refuses (`case`) gets `errors` after it."""
        segment = "".join(product_words(set_name))
        package = f"{GROUP}.{segment}"
        if self.option_problem("package", package) is not None:
            package = f"{GROUP}.{segment}errors"
        kebab = "-".join(set_words(set_name))
        return {"dir": kebab, "package": package, "artifact": kebab}

    def render(self, view: View, options: Mapping[str, Any], renderer: Renderer) -> dict[str, Content]:
        folder = self.option(options, "dir", view.kind)
        package = Escaped(self.option(options, "package", view.kind))  # checked: dotted identifiers
        pom = renderer.render(
            "java/pom.xml.j2",
            view=view,
            package=package,
            group=Escaped(self.option(options, "group", view.kind)),
            artifact=Escaped(self.option(options, "artifact", view.kind)),
            version=Escaped(self.option(options, "version", view.kind)),
            release=Escaped(JAVA_RELEASE),
        )
        _check_types(view)
        _check_limits(view)
        base = f"java/{folder}/src/main/java/{package.replace('.', '/')}"
        files: dict[str, Content] = {f"java/{folder}/pom.xml": pom}
        rows = Rows(view)
        named = product_types(view)
        if view.kind == "string":
            view.codes  # refuses codes that cannot be named (and checks their names)
            context = {"view": view, "package": package, "int_type": Escaped("int"), "opt_int": Escaped("OptionalInt"), "rows": rows}
            for name in sorted([*STRING_TYPES, *named]):
                template = f"java/{name}.java.j2" if name in SHARED_TYPES else f"java/strings.{name}.java.j2"
                files[f"{base}/{named.get(name, name)}.java"] = renderer.render(template, **context)
            return files
        wide = any(not INT32_MIN <= e.code <= INT32_MAX for _, e in view.entries if isinstance(e.code, int))
        context = {
            "view": view,
            "package": package,
            "int_type": Escaped("long" if wide else "int"),
            "opt_int": Escaped("OptionalLong" if wide else "OptionalInt"),
            "rows": rows,
        }
        for name in sorted([*INT_TYPES, *named]):
            files[f"{base}/{named.get(name, name)}.java"] = renderer.render(f"java/{name}.java.j2", **context)
        for index, c in enumerate(view.categories):
            files[f"{base}/{c.name}.java"] = renderer.render("java/category_enum.java.j2", c=c, index=index, **context)
        return files

    def identifiers(self, view: View) -> dict[tuple[str, int | str], str]:
        """{(category id, code): the qualified name of its constant}, for the docs page."""
        return {(c.id, e.code): identifier(view, c, e) for c, e in view.entries}


TARGET = Java()

"""The Java output: escaping against Java's `\\uXXXX` pre-translation, the project's layout and
header, and (slow) the real toolchains: `javac --release 11 -Xlint:all -Werror` on every golden
case, `mvn -q install` of one reactor of each generated project and a separate consumer project
that depends on it (through a local Maven repository) and reads back every shared test vector.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from errcodegen import config, pipeline
from errcodegen.targets.java.escape import java_comment, java_doc, java_str
from errcodegen.model import Document, Product
from errcodegen.targets import java as java_target
from errcodegen.view import View, header_line

from . import roundtrip
from .conftest import ROOT, require_tool, render

GENERATED = ROOT / "generated" / "java"
SETS = {"ci-error-codes": "io.github.errcodegen.ci", "ci-media-processing-error-codes": "io.github.errcodegen.cimediaprocessing"}
PREFIXES = {"ci-error-codes": "CI", "ci-media-processing-error-codes": "CIMedia"}


@pytest.fixture(scope="module")
def models() -> list[Document]:
    """Both configured sets, as `make generate` builds them (the main one bilingual)."""
    # CI's own two sets, the first two configured (the COS sets follow them).
    return pipeline.build_models(config.load(ROOT / "pyproject.toml"))[:2]


# ---------------------------------------------------------------------------------------
# Java's lexer, as far as the escaping needs it (JLS 3.3 and 3.10.6), to check escape.py fast


_UNICODE_ESCAPE = re.compile(r"\\+u+([0-9a-fA-F]{4})")


def unicode_translate(source: str) -> str:
    """JLS 3.3: a `\\` preceded by an even number of `\\`s, then one or more `u`s and four hex
    digits, is the character it names; this happens before anything else is read."""

    def one(m: re.Match[str]) -> str:
        slashes = len(m.group()) - len(m.group().lstrip("\\"))
        if slashes % 2 == 0:  # the last backslash is escaped by the one before it: no escape
            return m.group()
        return "\\" * (slashes - 1) + chr(int(m.group(1), 16))

    return _UNICODE_ESCAPE.sub(one, source)


_LITERAL_ESCAPE = re.compile(r'\\([btnfr"\'\\]|[0-3][0-7]{0,2}|[4-7][0-7]?)')
_SIMPLE = {"b": "\b", "t": "\t", "n": "\n", "f": "\f", "r": "\r", '"': '"', "'": "'", "\\": "\\"}


def read_literal(source: str) -> str:
    """The value of one Java string literal (after `unicode_translate`); a ValueError if the
    source is not exactly one well-formed literal on one line."""
    if not (source.startswith('"') and source.endswith('"')) or "\n" in source or "\r" in source:
        raise ValueError(f"not one literal on one line: {source!r}")
    body = source[1:-1]
    if re.search(r'(?<!\\)(?:\\\\)*"', body):
        raise ValueError(f"an unescaped quote ends the literal early: {source!r}")
    value = _LITERAL_ESCAPE.sub(lambda m: _SIMPLE.get(m.group(1)) or chr(int(m.group(1), 8)), body)
    if "\\" in _LITERAL_ESCAPE.sub("", body):
        raise ValueError(f"an invalid escape: {source!r}")
    return value


_LITERAL = re.compile(r'"(?:[^"\\]|\\.)*"')


def unpack_table(source: str, start: str) -> list[str | None]:
    """The values of the table that `Category.unpack` reads in `source`, in the initializer that
    begins on the line holding `start`: its string literals (one line each row), joined, read as
    Category.unpack reads them (a length in UTF-16 units, `:` and the text; `-` for null)."""
    lines = unicode_translate(source).split("\n")
    first = next(i for i, line in enumerate(lines) if start in line)
    text = ""
    for line in lines[first + 1 :]:
        if not line.strip().startswith('"'):
            break
        text += "".join(read_literal(m.group()) for m in _LITERAL.finditer(line))
    return unpack_text(text)


def unpack_text(text: str) -> list[str | None]:
    """`Category.unpack` of one string, in Python (lengths count UTF-16 units)."""
    units = utf16(text)
    out: list[str | None] = []
    at = 0
    while at < len(units):
        if units[at : at + 2] == b"-\x00":
            out.append(None)
            at += 2
            continue
        colon = units.index(b":\x00", at)
        end = colon + 2 + 2 * int(units[at:colon].decode("utf-16-le"))
        out.append(units[colon + 2 : end].decode("utf-16-le", "surrogatepass"))
        at = end
    return out


def utf16(text: str) -> bytes:
    return text.encode("utf-16-le", "surrogatepass")


JAVA_HOSTILE = ["\\u000a", "\\u000d", "\\u002a/", "\\uuuu0022", "\\\\u005c", "\\\\\\u0022", "*/", "\\", "\"", "\n", "\x00",
                "\x007", "\u2028", "\ud800", "\U0001f600", "\U000e0001", "@deprecated", "{@code x}", "</p>", "&amp;"]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(JAVA_HOSTILE), st.text(max_size=5)), max_size=8).map("".join))
def test_a_string_literal_reads_back_as_the_text_after_unicode_translation(text: str) -> None:
    # Java strings are UTF-16: an astral character and its surrogate pair are the same string.
    assert utf16(read_literal(unicode_translate(java_str(text)))) == utf16(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(JAVA_HOSTILE), st.text(max_size=5)), max_size=8).map("".join))
def test_a_comment_holds_no_backslash_line_break_or_comment_end(text: str) -> None:
    for escaped in (java_doc(text), java_comment(text)):
        assert "\\" not in escaped and unicode_translate(escaped) == escaped
        assert "\n" not in escaped and "\r" not in escaped
    doc = java_doc(text)
    assert "*/" not in doc and "@" not in doc and "<" not in doc
    assert not re.search(r"&(?!amp;|lt;|gt;|#64;|#92;|#47;)", doc)  # every & starts one of its entities


def test_escapes_by_example() -> None:
    assert java_str("a\\u000ab") == '"a\\\\u000ab"'  # the backslash doubled: no escape forms
    assert java_str('"\n\x00\x85\u2028\ud800\U000e0001') == '"\\"\\n\\000\\205\\u2028\\ud800\\udb40\\udc01"'
    assert java_doc("x \\u002a/ y */ @see <b> & z") == "x &#92;u002a/ y *&#47; &#64;see &lt;b&gt; &amp; z"
    assert java_comment("evil\\u000a.md") == "evil\uff3cu000a.md"


# ---------------------------------------------------------------------------------------
# The target, without a toolchain


def test_files_header_package_and_identifier(models: list[Document]) -> None:
    main, job = models
    files = render(java_target, main, {})
    base = "java/ci-error-codes/src/main/java/io/github/errcodegen/ci/"
    types = ["CIErrors", "CIException", "Category", "ErrorInfo", "LocalizedText", "SeeAlso", "Variant"] + [c.name for c in main.categories]
    assert sorted(files) == sorted(["java/ci-error-codes/pom.xml"] + [f"{base}{t}.java" for t in types])
    for rel, text in files.items():
        if rel.endswith(".java"):
            first, blank, package = str(text).split("\n")[:3]
            assert (first, blank, package) == (f"// {header_line(main)}", "", "package io.github.errcodegen.ci;")
    assert str(files["java/ci-error-codes/pom.xml"]).startswith(f"<!-- {header_line(main)} -->\n<project ")
    download = next(c for c in main.categories if c.id == "download")
    entry = next(e for e in download.entries if e.code == -46618)
    assert java_target.identifier(View(main), download, entry) == "DownloadError.SIGNATURE_AUTHENTICATION_FAILS"
    c, e = next((c, e) for c, e in job.entries() if e.code == "AccessDenied")
    assert java_target.identifier(View(job), c, e) == "ErrorCode.ACCESS_DENIED"
    job_files = render(java_target, job, {})
    assert "java/ci-media-processing-error-codes/src/main/java/io/github/errcodegen/cimediaprocessing/ErrorCode.java" in job_files


def test_retired_codes_are_annotated_and_documented(models: list[Document]) -> None:
    main = models[0]
    category = main.categories[0]
    entry = replace(category.entries[0], deprecated=True)
    doc = replace(main, categories=(replace(category, entries=(entry,)),))
    source = str(next(t for rel, t in render(java_target, doc, {}).items() if rel.endswith(f"/{category.name}.java")))
    block = source[source.index("    /**") : source.index(f"    {entry.name};")]
    assert "     * @deprecated retired from the upstream page" in block and block.endswith("     */\n    @Deprecated\n")


@pytest.mark.parametrize(
    "key, value",
    [("package", "io.github.class"), ("package", "com.Upper"), ("package", "con.codes"), ("package", "a..b"),
     ("dir", "../x"), ("dir", "CON"), ("version", "1.0 beta"), ("artifact", "a b")],
)  # fmt: skip
def test_options_java_refuses(models: list[Document], key: str, value: str) -> None:
    with pytest.raises(ValueError, match=f"java: {key}"):
        render(java_target, models[0], {key: value})


def test_a_category_named_like_an_own_type_or_twice_by_case_is_refused(models: list[Document]) -> None:
    main = models[0]
    clash = replace(main, categories=(replace(main.categories[0], name="CIErrors"),))
    with pytest.raises(ValueError, match="own types"):
        render(java_target, clash, {})
    twice = replace(main, categories=(main.categories[0], replace(main.categories[1], name=main.categories[0].name.upper())))
    with pytest.raises(ValueError, match="differ only in case"):
        render(java_target, twice, {})


def test_the_root_types_and_words_come_from_the_product(models: list[Document]) -> None:
    cos = replace(models[0], product=Product("Tencent Cloud Object Storage", "COS"))
    files = {rel: str(text) for rel, text in render(java_target, cos, {}).items()}
    base = "java/ci-error-codes/src/main/java/io/github/errcodegen/ci/"
    assert f"{base}COSErrors.java" in files and f"{base}COSException.java" in files
    assert not any("CIErrors" in rel or "CIException" in rel for rel in files)
    assert "<description>Tencent Cloud Object Storage (COS) error codes" in files["java/ci-error-codes/pom.xml"]
    for rel, text in files.items():
        assert "Infinite" not in text and "CIErrors" not in text and "CIException" not in text, rel
    assert "public class COSException extends RuntimeException" in files[f"{base}COSException.java"]
    errors = files[f"{base}COSErrors.java"]
    for signature in ("public static COSException from(Integer status, String code, Map<String, ?> headers, String message,",
                      "public static COSException fromException(Throwable error)", "public static Builder builder()",
                      "public static OptionalInt parseHeader(String value)", "public static List<ErrorInfo> lookup(int code)"):  # fmt: skip
        assert signature in errors


@pytest.mark.parametrize("short, match", [("Runtime", "would hide java.lang.RuntimeException"), ("Illegal", None)])
def test_a_product_type_that_would_hide_java_lang_is_refused(models: list[Document], short: str, match: str | None) -> None:
    doc = replace(models[1], product=Product("P", short))
    if match is None:
        render(java_target, doc, {})  # IllegalException hides nothing
        return
    with pytest.raises(ValueError, match=match):
        render(java_target, doc, {})


def test_a_category_named_like_a_product_type_is_refused(models: list[Document]) -> None:
    main = replace(models[0], product=Product("Cloud Object Storage", "COS"))
    for name in ("COSException", "cosErrors"):
        clash = replace(main, categories=(replace(main.categories[0], name=name),))
        with pytest.raises(ValueError, match="own types"):
            render(java_target, clash, {})


# ---------------------------------------------------------------------------------------
# The toolchains (slow)


def javac_strict(javac: str, project: Path, out: Path) -> subprocess.CompletedProcess[str]:
    sources = sorted(str(p) for p in project.rglob("*.java"))
    return subprocess.run([javac, *roundtrip.JAVAC_FLAGS, "-d", str(out), *sources], capture_output=True, text=True, timeout=600)


COMPILE_EACH = ROOT / "tests" / "java" / "CompileEach.java"


def compile_each(projects: list[Path], out: Path) -> dict[Path, tuple[int, str]]:
    """Each project compiled on its own by `javac` with roundtrip.JAVAC_FLAGS, all in one JVM
    (tests/java/CompileEach.java: one start and one warm-up): {project: (status, javac's output)}."""
    java = require_tool("java")
    pairs = [str(a) for i, p in enumerate(projects) for a in (p, out / str(i))]
    run = subprocess.run([java, str(COMPILE_EACH), *roundtrip.JAVAC_FLAGS, "--", *pairs], capture_output=True, timeout=1200)
    assert run.returncode == 0, run.stderr.decode("utf-8", "replace")
    found: dict[Path, tuple[int, str]] = {}
    for block in run.stdout.decode("utf-8").split("== ")[1:]:
        head, _, said = block.partition("\n")
        status, _, project = head.partition(" ")
        found[Path(project)] = (int(status), said)
    assert sorted(found) == sorted(projects), run.stdout.decode("utf-8", "replace")[-4000:]
    return found


@pytest.mark.slow
def test_every_golden_java_output_compiles_strictly(tmp_path: Path) -> None:
    require_tool("javac")
    projects = sorted(p for p in (ROOT / "tests" / "cases").glob("*/expected/out/java/*") if p.is_dir())
    projects += sorted(p for p in GENERATED.iterdir() if p.is_dir())
    assert len(projects) >= 10
    failed = [f"{p}:\n{said}" for p, (status, said) in compile_each(projects, tmp_path).items() if status != 0]
    assert not failed, "\n".join(failed)


CONSUMER_POM = """<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>example.consumer</groupId>
  <artifactId>consumer</artifactId>
  <version>1.0</version>
  <properties>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
    <maven.compiler.release>11</maven.compiler.release>
  </properties>
  <dependencies>
    <dependency>
      <groupId>io.github.errcodegen</groupId>
      <artifactId>{artifact}</artifactId>
      <version>0.1.0</version>
    </dependency>
  </dependencies>
  <build>
    <plugins>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-compiler-plugin</artifactId>
        <version>3.13.0</version>
        <configuration><compilerArgs><arg>-Xlint:all</arg><arg>-Werror</arg></compilerArgs></configuration>
      </plugin>
    </plugins>
  </build>
</project>
"""

# Typed use of each library, as a team writes it (compiled with -Xlint:all -Werror).
CONSUMER_MAIN = {
    "ci-error-codes": """package example.consumer;

import io.github.errcodegen.ci.CIErrors;
import io.github.errcodegen.ci.CIException;
import io.github.errcodegen.ci.DownloadError;
import io.github.errcodegen.ci.ErrorInfo;
import java.util.List;

public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        DownloadError e = DownloadError.SIGNATURE_AUTHENTICATION_FAILS;
        List<ErrorInfo> found = CIErrors.fromHeader("  -46618\\n");
        if (found.size() != 1 || found.get(0) != e || e.code() != -46618) {
            throw new AssertionError(found);
        }
        if (CIErrors.lookup(-3006).size() != 2 || !CIErrors.lookup(424242).isEmpty()) {
            throw new AssertionError("lookup");
        }
        try {
            CIErrors.raiseForHeader("-46618");
            throw new AssertionError("no exception");
        } catch (CIException x) {
            if (x.code().getAsInt() != -46618 || !x.is(e) || !x.getMessage().equals("-46618: Signature authentication fails.")) {
                throw new AssertionError(x);
            }
        }
        CIException built = CIErrors.builder().status(403).code(-46618).requestId("r-1").build();
        if (built.code().getAsInt() != -46618 || !built.categories().equals(List.of(e.category())) || built.retryable()) {
            throw new AssertionError(built);
        }
        System.out.println("OK " + e.text("zh").description());
    }
}
""",
    "ci-media-processing-error-codes": """package example.consumer;

import io.github.errcodegen.cimediaprocessing.CIMediaErrors;
import io.github.errcodegen.cimediaprocessing.CIMediaException;
import io.github.errcodegen.cimediaprocessing.ErrorCode;
import io.github.errcodegen.cimediaprocessing.ErrorInfo;

public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        ErrorInfo row = CIMediaErrors.fromResponse(403, "AccessDenied").orElseThrow();
        if (ErrorCode.ACCESS_DENIED.variants().size() != 2 || row.httpStatus().getAsInt() != 403) {
            throw new AssertionError(row);
        }
        try {
            CIMediaErrors.raiseForResponse(403, "AccessDenied");
        } catch (CIMediaException x) {
            if (!x.is(ErrorCode.ACCESS_DENIED) || x.errors().size() != 2) {
                throw new AssertionError(x);
            }
            System.out.println("OK " + x.getMessage());
        }
    }
}
""",
}


def mvn(repo: Path, cwd: Path, *goals: str) -> subprocess.CompletedProcess[str]:
    """`mvn -q -B` with its own local repository (plugins fetched from Maven Central once)."""
    return subprocess.run([require_tool("mvn"), "-q", "-B", f"-Dmaven.repo.local={repo}", *goals], cwd=cwd,
                          capture_output=True, text=True, timeout=900)  # fmt: skip


REACTOR_POM = """<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>example.reactor</groupId>
  <artifactId>reactor</artifactId>
  <version>1.0</version>
  <packaging>pom</packaging>
  <modules>
{modules}  </modules>
</project>
"""


@pytest.fixture(scope="module")
def maven_reactor(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, subprocess.CompletedProcess[str]]:
    """One Maven reactor, one `mvn install`: each generated project (copied as committed: Maven
    writes target/ beside pom.xml) and, for each, a consumer project depending on it through the
    local repository (`consumer-<set>`); returns (reactor folder, local repository, the run)."""
    base = tmp_path_factory.mktemp("maven")
    repo = tmp_path_factory.getbasetemp() / "m2"  # one local repository for the session
    modules = []
    for name in sorted(SETS):
        shutil.copytree(GENERATED / name, base / name)
        consumer = base / f"consumer-{name}"
        src = consumer / "src" / "main" / "java"
        (src / "example" / "consumer").mkdir(parents=True)
        pom = CONSUMER_POM.replace("{artifact}", name).replace("<artifactId>consumer</artifactId>", f"<artifactId>consumer-{name}</artifactId>")
        (consumer / "pom.xml").write_text(pom, encoding="utf-8")
        (src / "example" / "consumer" / "Main.java").write_text(CONSUMER_MAIN[name], encoding="utf-8")
        shutil.copy(roundtrip.JAVA_READER, src / "ReadBack.java")
        modules += [name, consumer.name]
    (base / "pom.xml").write_text(REACTOR_POM.replace("{modules}", "".join(f"    <module>{m}</module>\n" for m in modules)), encoding="utf-8")
    return base, repo, mvn(repo, base, "install")


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(SETS))
def test_maven_builds_the_project_and_a_consumer_reads_back_every_vector(
    name: str, models: list[Document], maven_reactor: tuple[Path, Path, subprocess.CompletedProcess[str]]
) -> None:
    java = require_tool("java")
    base, repo, built = maven_reactor
    assert built.returncode == 0, built.stdout + built.stderr
    project, consumer = base / name, base / f"consumer-{name}"
    jar = repo / "io" / "github" / "errcodegen" / name / "0.1.0" / f"{name}-0.1.0.jar"
    assert jar.is_file() and jar.read_bytes() == (project / "target" / f"{name}-0.1.0.jar").read_bytes()
    classpath = os.pathsep.join([str(consumer / "target" / "classes"), str(jar)])
    run = subprocess.run([java, "-cp", classpath, "example.consumer.Main"], capture_output=True, timeout=120)
    assert run.returncode == 0 and run.stdout.decode("utf-8").startswith("OK "), run.stderr.decode("utf-8", "replace")
    read = subprocess.run([java, "-cp", classpath, "ReadBack", f"{name}={SETS[name]}={PREFIXES[name]}"], capture_output=True, timeout=120)
    assert read.returncode == 0, read.stderr.decode("utf-8", "replace")
    got: dict[str, Any] = roundtrip.parse_readback(read.stdout.decode("ascii"))[name]
    doc = models[0] if name == "ci-error-codes" else models[1]
    example = roundtrip.Example(name, doc, {})
    assert len(got["entries"]) == len(list(doc.entries())) > 20
    assert roundtrip.check_java(example, {name: got}) == []


def test_validate_refuses_a_java_comment_with_a_backslash() -> None:
    from errcodegen.targets.registry import TARGETS
    from errcodegen.validate import StreamCheck, ValidationError, validate

    bad = "// header\n/**\n * x \\u002a/ class Evil {} /*\n */\nclass A {}\n"
    with pytest.raises(ValidationError, match="A.java:3: a comment holds a backslash"):
        validate({"A.java": bad}, TARGETS)
    check = StreamCheck("A.java", TARGETS)
    with pytest.raises(ValidationError, match="backslash"):
        for piece in (bad[:10], bad[10:]):
            check.feed(piece)
        check.close()
    validate({"A.java": 'class A { String s = "\\\\u000a"; }\n'}, TARGETS)  # a doubled backslash in a literal is fine

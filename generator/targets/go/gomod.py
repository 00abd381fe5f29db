"""What Go accepts as a module path and as the package (and file) name of the generated module.

`check_module_path` is `golang.org/x/mod/module.CheckPath` (as vendored in Go 1.26) written
in Python: the rules a module path must follow for `go get` to fetch it. `check_package`
refuses package names whose file, `<package>.go`, Go would build only on some platforms or
as a test (`x_windows.go`, `x_386.go`, `x_test.go`), and names that make no importable
package (`main`, `documentation`). Each returns None when usable, else the reason.
"""

from __future__ import annotations

import re

from ...filenames import windows_reserved

# go/build's known GOOS and GOARCH values (internal/syslist): a file name ending in
# `_GOOS`, `_GOARCH` or `_GOOS_GOARCH` (before `.go` and an optional `_test`) is a constraint.
KNOWN_OS = frozenset(
    "aix android darwin dragonfly freebsd hurd illumos ios js linux nacl netbsd openbsd plan9 solaris wasip1 windows zos".split()
)
KNOWN_ARCH = frozenset(
    """386 amd64 amd64p32 arm armbe arm64 arm64be loong64 mips mipsle mips64 mips64le mips64p32 mips64p32le
    ppc ppc64 ppc64le riscv riscv64 s390 s390x sparc sparc64 wasm""".split()
)
# A keyword cannot be a package name.
GO_KEYWORDS = frozenset(
    """break case chan const continue default defer else fallthrough for func go goto if
    import interface map package range return select struct switch type var""".split()
)
_ELEMENT_CHARS = re.compile(r"[A-Za-z0-9._~-]+")
_FIRST_CHARS = re.compile(r"[a-z0-9.-]+")


def _check_element(elem: str) -> str | None:
    if not elem:
        return "empty path element"
    if elem.strip(".") == "":
        return f"invalid path element {elem!r}"
    if elem.startswith("."):
        return "leading dot in path element"
    if elem.endswith("."):
        return "trailing dot in path element"
    if not _ELEMENT_CHARS.fullmatch(elem):
        return f"invalid char in {elem!r}"
    short = elem.split(".", 1)[0]
    if windows_reserved(short):
        return f"{short!r} disallowed as path element component on Windows"
    tilde = short.rfind("~")
    if 0 <= tilde < len(short) - 1 and short[tilde + 1 :].isdigit() and short[tilde + 1 :].isascii():
        return "trailing tilde and digits in path element (a Windows short name)"
    return None


def _version_ok(path: str) -> bool:
    """module.SplitPathVersion's verdict on the path's major-version suffix (same scan)."""
    if path.startswith("gopkg.in/"):
        match = re.fullmatch(r"(.+)\.v([0-9]+)(-unstable)?", path)
        if match is None:
            return False  # every gopkg.in path ends in .vN
        return match[2] == "0" and not match[3] or not match[2].startswith("0")
    i = len(path)
    while i > 0 and (path[i - 1] in "0123456789."):
        i -= 1
    if i <= 1 or i == len(path) or path[i - 1] != "v" or path[i - 2] != "/":
        return True  # no `/vN` suffix
    major = path[i:]
    return "." not in major and not major.startswith("0") and major != "1"


def check_module_path(path: str) -> str | None:
    """Return why Go's module.CheckPath rejects `path`, or None when it accepts it."""
    if not path:
        return "empty string"
    if path.startswith("-"):
        return "leading dash"
    if "//" in path:
        return "double slash"
    if path.endswith("/"):
        return "trailing slash"
    for elem in path.split("/"):
        problem = _check_element(elem)
        if problem:
            return problem
    first = path.split("/", 1)[0]
    if "." not in first:
        return "missing dot in first path element (a path without one is reserved for the standard library)"
    if not _FIRST_CHARS.fullmatch(first):
        return "the first path element may hold only lower-case letters, digits, '.' and '-'"
    if not _version_ok(path):
        return "invalid version suffix (/vN with N >= 2 and no leading zero, or gopkg.in/x.vN)"
    return None


def check_package(name: str) -> str | None:
    """Return why `name` is no usable name of the generated package (file `<name>.go`), or None."""
    if name in GO_KEYWORDS:
        return "is a Go keyword"
    if name == "main":
        return "names a command (package main), not an importable package"
    if name == "init":
        return "cannot be imported (Go: cannot import package as init - init must be a func)"
    if name == "documentation":
        return "is ignored by go build (package documentation)"
    if windows_reserved(name):
        return f"gives {name}.go, a file name Windows reserves"
    parts = name.split("_")[1:]  # go/build looks past the first '_' only
    if parts and parts[-1] == "test":
        return f"gives {name}.go, which Go reads as a test file"
    if parts and parts[-1] in KNOWN_OS | KNOWN_ARCH:
        return f"gives {name}.go, which Go builds only for {parts[-1]} (a file-name build constraint)"
    return None

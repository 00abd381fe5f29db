"""Each set's TypeScript output as a team installs it: `npm pack` the generated package, install
the tarball (offline) into a fresh consumer project, use it from an ES module (`import`), from
CommonJS (`require`, which Node 20.19+ gives ES modules), and type-check a consumer with
`tsc --strict` and `module`/`moduleResolution: nodenext`, narrowing on the discriminated union
(and a wrong narrowing that must not compile)."""

from __future__ import annotations

import json
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from .conftest import ROOT, require_tool

pytestmark = pytest.mark.slow

PACKAGES = {"ci-error-codes": "ciErrorCodes", "ci-media-processing-error-codes": "ciMediaProcessingErrorCodes"}

ESM = """\
import { DownloadError, CIException, exceptionFromHeader, lookup } from "ci-error-codes";
import { ErrorCode, exceptionFromResponse } from "ci-media-processing-error-codes";
const e = exceptionFromHeader([" -46618\\n"]);
let caught = null;
try {
  throw e;
} catch (error) {
  if (error instanceof CIException) caught = [error.code, error.infos.map((i) => i.category + "." + i.name), error.message];
}
const bad = exceptionFromHeader("x-46618"); // never throws: an unknown error carrying the raw value
const malformed = [bad.name, bad.code, bad.infos.length];
const job = exceptionFromResponse(403, ErrorCode.ACCESS_DENIED);
console.log(JSON.stringify({
  constant: DownloadError.SIGNATURE_AUTHENTICATION_FAILS,
  shared: lookup(-3006).map((i) => i.category),
  caught,
  malformed,
  blank: exceptionFromHeader("  ") === undefined,
  job: [job.code, job.httpStatus, job.message],
}));
"""

CJS = """\
const codes = require("ci-error-codes");
const job = require("ci-media-processing-error-codes");
const e = codes.exceptionFromHeader("-3006");
console.log(JSON.stringify({
  constant: codes.DownloadError.SIGNATURE_AUTHENTICATION_FAILS,
  shared: e.infos.map((i) => i.category),
  error: e instanceof Error && e instanceof codes.CIException,
  zh: codes.localize(codes.lookup(-46618)[0], "zh").description,
  job: job.lookup(job.ErrorCode.ACCESS_DENIED).map((v) => v.httpStatus),
}));
"""

USE_TS = """\
import { DownloadError, CIException, exceptionFromHeader, lookup, type ErrorInfo } from "ci-error-codes";
import { ErrorCode, exceptionFromResponse, isErrorCode, errorFrom, type CIMediaException, type Variant } from "ci-media-processing-error-codes";

// Narrowing on the category gives that category's codes.
export function downloadCode(info: ErrorInfo): DownloadError | undefined {
  if (info.category === "download") {
    const code: DownloadError = info.code;
    return code;
  }
  return undefined;
}

export function redirect(variant: Variant): "PermanentRedirect" | "TemporaryRedirect" | undefined {
  return variant.category === "http_3xx" ? variant.code : undefined;
}

export function fail(header: string | string[] | undefined): void {
  const error: CIException | undefined = exceptionFromHeader(header);
  if (error !== undefined) {
    throw error;
  }
}

export const infos: readonly ErrorInfo[] = lookup(DownloadError.SIGNATURE_AUTHENTICATION_FAILS);
export const job: string = exceptionFromResponse(403, ErrorCode.ACCESS_DENIED).message;

// The error's code is the page's ErrorCode where the page lists it, else the raw text (or null).
export function known(error: CIMediaException): ErrorCode | null {
  return error.code !== null && isErrorCode(error.code) ? error.code : null;
}
export const throttled: boolean = errorFrom({ status: 503, code: "SlowDown", headers: { "X-Cos-Request-Id": "NjE0" } }).retryable;
export const missing: CIMediaException = errorFrom({ status: undefined, code: undefined, headers: undefined, cause: undefined });
"""

WRONG_TS = """\
import { DownloadError, type ErrorInfo } from "ci-error-codes";

export function wrong(info: ErrorInfo): DownloadError | undefined {
  if (info.category === "media_processing") {
    const code: DownloadError = info.code;
    return code;
  }
  return undefined;
}
"""


@dataclass
class Consumer:
    root: Path
    node: str
    tsc: str


@pytest.fixture(scope="module")
def consumer(tmp_path_factory: pytest.TempPathFactory) -> Consumer:
    """A fresh project with both packages installed from their packed tarballs, offline."""
    npm = require_tool("npm")
    node = require_tool("node")
    tsc = require_tool("tsc", ROOT / "node_modules" / ".bin" / "tsc")
    packs = tmp_path_factory.mktemp("packs")
    tarballs = []
    for package in PACKAGES:
        folder = ROOT / "generated" / "typescript" / package
        run = subprocess.run(
            [npm, "pack", "--json", "--pack-destination", str(packs)], cwd=folder, capture_output=True, text=True, timeout=300
        )
        assert run.returncode == 0, run.stderr
        packed = json.loads(run.stdout)[0]
        files = sorted(f["path"] for f in packed["files"])
        stem = PACKAGES[package]
        assert files == sorted(["package.json", f"{stem}.ts", f"{stem}.js", f"{stem}.d.ts"]), files
        tarballs.append(str(packs / packed["filename"]))
    root = tmp_path_factory.mktemp("consumer")
    (root / "package.json").write_text(json.dumps({"name": "consumer", "private": True, "type": "module"}), encoding="utf-8")
    install = subprocess.run(
        [npm, "install", "--offline", "--no-audit", "--no-fund", "--ignore-scripts", *tarballs],
        cwd=root, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert install.returncode == 0, install.stderr
    return Consumer(root, node, tsc)


def test_used_from_an_es_module(consumer: Consumer) -> None:
    (consumer.root / "esm.mjs").write_text(ESM, encoding="utf-8")
    run = subprocess.run([consumer.node, "esm.mjs"], cwd=consumer.root, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    got = json.loads(run.stdout)
    assert got["constant"] == -46618 and got["shared"] == ["download", "file_preview"]
    assert got["caught"] == [-46618, ["download.SIGNATURE_AUTHENTICATION_FAILS"], "-46618: Signature authentication fails."]
    assert got["malformed"] == ["CIException", "x-46618", 0] and got["blank"] is True
    assert got["job"] == ["AccessDenied", 403, "AccessDenied (HTTP 403): The operation is prohibited."]


def test_used_from_require(consumer: Consumer) -> None:
    (consumer.root / "use.cjs").write_text(CJS, encoding="utf-8")
    run = subprocess.run([consumer.node, "use.cjs"], cwd=consumer.root, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    got = json.loads(run.stdout)
    assert got["constant"] == -46618 and got["shared"] == ["download", "file_preview"] and got["error"] is True
    assert got["zh"] and got["zh"] != "Signature authentication fails."
    assert got["job"] == [401, 403]


def tsc_config(root: Path, name: str, files: list[str]) -> Path:
    config = root / name
    options = {"strict": True, "noEmit": True, "module": "nodenext", "moduleResolution": "nodenext", "target": "es2022"}
    options |= {"exactOptionalPropertyTypes": True, "noUncheckedIndexedAccess": True, "verbatimModuleSyntax": True}
    config.write_text(json.dumps({"compilerOptions": options, "files": files}), encoding="utf-8")
    return config


def test_typed_consumer_compiles_under_nodenext(consumer: Consumer) -> None:
    (consumer.root / "use.ts").write_text(USE_TS, encoding="utf-8")
    config = tsc_config(consumer.root, "tsconfig.use.json", ["use.ts"])
    run = subprocess.run([consumer.tsc, "-p", str(config)], cwd=consumer.root, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout + run.stderr


def test_a_wrong_narrowing_does_not_compile(consumer: Consumer) -> None:
    (consumer.root / "wrong.ts").write_text(WRONG_TS, encoding="utf-8")
    config = tsc_config(consumer.root, "tsconfig.wrong.json", ["wrong.ts"])
    run = subprocess.run([consumer.tsc, "-p", str(config)], cwd=consumer.root, capture_output=True, text=True, timeout=300)
    assert run.returncode != 0
    assert "wrong.ts(5,11): error TS2322" in run.stdout, run.stdout

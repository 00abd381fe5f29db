"""Product words: `product = { name, short }` per set, or neutral words from the set's name.

The words reach every output (docstrings, package descriptions, page titles, root type names);
no output of a set names another product (issue 19.5)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from errcodegen import config, pipeline
from errcodegen.config import ConfigError, default_product
from errcodegen.model import Product

from .conftest import ROOT

PAGE = (ROOT / "source_docs" / "cos-error-codes.en.md").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("set_name", "words"),
    [
        ("cos-error-codes", ("COS", "COS")),
        ("ci-error-codes", ("CI", "CI")),
        ("vod-processing-error-codes", ("VOD processing", "VODProcessing")),
        ("api-gateway", ("API gateway", "APIGateway")),
        ("errors", ("Errors", "Errors")),  # nothing but generic words: kept rather than emptied
        ("2020-codes", ("Service", "Service")),  # no word that can start a type name
        ("错误码", ("Service", "Service")),
    ],
)
def test_default_words_come_from_the_set_name(set_name: str, words: tuple[str, str]) -> None:
    product = default_product(set_name)
    assert (product.name, product.short) == words


def _project(tmp_path: Path, product: str | None) -> Path:
    shutil.copytree(ROOT / "source_docs", tmp_path / "source_docs")
    extra = f"product = {product}\n" if product is not None else ""
    (tmp_path / "pyproject.toml").write_text(
        '[tool.errcodegen]\n[[tool.errcodegen.sets]]\nname = "storage"\nkind = "string"\n'
        'pages = { en = "source_docs/cos-error-codes.en.md" }\nsections = { exclude = ["Data processing errors"] }\nnames = "source_docs/storage-names.toml"\n'
        f'{extra}',
        encoding="utf-8",
    )
    return tmp_path / "pyproject.toml"


def test_configured_words_reach_the_model(tmp_path: Path) -> None:
    cfg = config.load(_project(tmp_path, '{ name = "Cloud Object Storage", short = "COS" }'))
    assert cfg.sets[0].product == Product("Cloud Object Storage", "COS")
    doc = pipeline.build_models(cfg)[0]
    assert doc.product == Product("Cloud Object Storage", "COS")


def test_a_set_without_words_names_no_other_product(tmp_path: Path) -> None:
    cfg = config.load(_project(tmp_path, None))
    files = pipeline.render_models(cfg, pipeline.build_models(cfg))
    assert files, "the set renders"
    assert {path.split("/")[0] for path in files} >= {"python", "typescript", "go", "java", "rust", "schema", "json", "docs"}
    for path, text in files.items():  # every output, every template: no other product's words or types
        assert not any(w in str(text) for w in ("Cloud Infinite", "CIException", "CIErrors", "CiError", "COSException")), path
    assert "<title>Storage: Error codes (storage)</title>" in files["docs/storage.html"]


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ('"COS"', "must be a table"),
        ('{ short = "1COS" }', "must be an upper-case ASCII letter"),
        ('{ short = "C-S" }', "must be an upper-case ASCII letter"),
        ('{ short = "ci" }', "must be an upper-case ASCII letter"),
        ('{ name = "" }', "must be a non-empty string"),
        ('{ name = " " }', "one printable line"),
        ('{ name = "a\\nb" }', "one printable line"),
        ('{ label = "x" }', "unknown key tool.errcodegen.sets[0].product.label"),
    ],
)
def test_unusable_words_are_refused_naming_the_key(tmp_path: Path, value: str, message: str) -> None:
    with pytest.raises(ConfigError, match="product") as caught:
        config.load(_project(tmp_path, value))
    assert message in str(caught.value)

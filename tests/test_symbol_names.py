"""Symbolic codes: every word in the identifier, levels recoverable, hierarchy in the model and at run time."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from hypothesis import given, settings, strategies as st

from errcodegen.model import hierarchy, parent_code, to_json
from errcodegen.names import NamesFile
from errcodegen.naming import assign_names, camel_words, collision_key, name_levels, pascal, symbol_name
from errcodegen.parse import parse_text
from errcodegen.targets.registry import type_names

TYPES = type_names()  # what the outputs reserve of type names, as generate names

from .test_python import render_package

UPSTREAM = Path(__file__).resolve().parent / "upstream_pages"
LONG = "InvalidParameterValue.AddTagsAndClearTagsConflict"
LONGER = "InvalidParameterValue.AddKeyFrameDescsAndDeleteKeyFrameDescsConflict"


def page(*codes: str) -> str:
    rows = "".join(f"| {c} | Text of {c}. |\n" for c in codes)
    return "## Error Codes\n### Video processing\n\n| Error Code | Description |\n| -- | -- |\n" + rows


def test_long_codes_keep_every_word_and_no_longer_collide() -> None:
    doc = assign_names(parse_text(page(LONG, LONGER), "t.md", kind="string"), types=TYPES)
    names = [e.name for _, e in doc.entries()]
    assert names == [
        "INVALID_PARAMETER_VALUE__ADD_TAGS_AND_CLEAR_TAGS_CONFLICT",
        "INVALID_PARAMETER_VALUE__ADD_KEY_FRAME_DESCS_AND_DELETE_KEY_FRAME_DESCS_CONFLICT",
    ]
    assert not doc.has_errors
    assert [pascal(n) for n in names] == [
        "InvalidParameterValue_AddTagsAndClearTagsConflict",
        "InvalidParameterValue_AddKeyFrameDescsAndDeleteKeyFrameDescsConflict",
    ]


def test_a_dot_is_not_a_camel_boundary_in_names_or_collision_keys() -> None:
    assert symbol_name("InvalidInput.TaskDuplicated") == "INVALID_INPUT__TASK_DUPLICATED"
    assert symbol_name("InvalidInput") != symbol_name("Invalid.Input")
    assert collision_key(symbol_name("InvalidInput")) != collision_key(symbol_name("Invalid.Input"))
    assert pascal(symbol_name("InvalidInput")) != pascal(symbol_name("Invalid.Input"))


_PART = st.from_regex(r"[A-Z][a-z]{1,6}(?:[A-Z][a-z]{1,6}|[0-9]{1,2}){0,4}", fullmatch=True)


@settings(max_examples=200, deadline=None)
@given(st.lists(_PART, min_size=1, max_size=5))
def test_the_levels_of_a_dotted_code_are_read_back_from_its_name(parts: list[str]) -> None:
    code = ".".join(parts)
    name = symbol_name(code)
    levels = name_levels(name)
    assert len(levels) == len(parts)
    for level, part in zip(levels, parts):
        assert level.split("_") == [w.upper() for w in camel_words(part)]


def test_pinned_names_stay_even_long_ones_and_are_accepted_back(tmp_path: Path) -> None:
    doc = parse_text(page("InvalidInput", "InvalidInput.TaskDuplicated", LONGER), "t.md", kind="string")
    named = NamesFile(types=TYPES).apply(doc)
    path = tmp_path / "names.toml"
    text = NamesFile.from_model(named, types=TYPES).dumps().replace('name = "INVALID_INPUT"', 'name = "MY_INPUT"')
    path.write_text(text, encoding="utf-8")
    again = NamesFile.load(path, types=TYPES).apply(doc)
    assert [e.name for _, e in again.entries()] == [
        "MY_INPUT",
        "INVALID_INPUT__TASK_DUPLICATED",
        "INVALID_PARAMETER_VALUE__ADD_KEY_FRAME_DESCS_AND_DELETE_KEY_FRAME_DESCS_CONFLICT",
    ]


def test_hierarchy_in_the_model_and_its_json() -> None:
    doc = assign_names(parse_text((UPSTREAM / "vod-processing-error-codes.en.md").read_text(encoding="utf-8"), "vod.md", kind="string"), types=TYPES)
    assert parent_code("InvalidInput.TaskDuplicated") == "InvalidInput"
    assert parent_code("InvalidInput") is None and parent_code(-1) is None
    tree = hierarchy(doc)
    assert set(tree) == {"InvalidInput", "SourceFileError"}
    assert tree["InvalidInput"][:2] == ("InvalidInput.InvalidTimeOffset", "InvalidInput.DefinitionNotExist")
    data = to_json(doc)
    assert data["subcodes"]["SourceFileError"][-1] == "SourceFileError.DownloadNotAccessible"
    entries = {e["code"]: e for c in data["categories"] for e in c["entries"]}
    assert entries["InvalidInput.TaskDuplicated"]["parent"] == "InvalidInput"
    assert "parent" not in entries["InternalError"]


PROBE = """
import json, vod
E = vod.ErrorCode
print(json.dumps({
    "member": E.INVALID_INPUT__TASK_DUPLICATED.value,
    "parent": E.INVALID_INPUT__TASK_DUPLICATED.parent,
    "parent_is_member": E(E.INVALID_INPUT__TASK_DUPLICATED.parent) is E.INVALID_INPUT,
    "top": E.INTERNAL_ERROR.parent,
    "subcodes": [m.value for m in E.SOURCE_FILE_ERROR.subcodes],
    "none": [m.value for m in vod.subcodes("InternalError")],
    "within": [vod.is_within("InvalidInput.TaskDuplicated", "InvalidInput"), vod.is_within("InvalidInputs", "InvalidInput"),
               vod.is_within("InvalidInput", "InvalidInput")],
    "parent_of": [vod.parent_of("A.B.C"), vod.parent_of("A"), vod.parent_of("A.")],
}))
"""


def test_python_runtime_reads_the_hierarchy(tmp_path: Path) -> None:
    doc = assign_names(parse_text((UPSTREAM / "vod-processing-error-codes.en.md").read_text(encoding="utf-8"), "vod.md", kind="string"), types=TYPES)
    root = render_package(doc, tmp_path)
    package = next(p for p in root.iterdir() if p.is_dir())
    package.rename(root / "vod")
    out = subprocess.run([sys.executable, "-c", PROBE], cwd=root, capture_output=True, text=True, check=True, env={"PYTHONPATH": str(root), "PYTHONDONTWRITEBYTECODE": "1"})
    result = json.loads(out.stdout)
    assert result == {
        "member": "InvalidInput.TaskDuplicated",
        "parent": "InvalidInput",
        "parent_is_member": True,
        "top": None,
        "subcodes": [
            "SourceFileError.NoVideoMedia",
            "SourceFileError.NoVideoResolution",
            "SourceFileError.ContentMalformed",
            "SourceFileError.ContentUnsupported",
            "SourceFileError.DownloadNotAccessible",
        ],
        "none": [],
        "within": [True, False, True],
        "parent_of": ["A.B", None, None],
    }

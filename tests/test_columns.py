"""Columns recognised by meaning, in any order."""

from __future__ import annotations

import pytest

from errcodegen.parse import classify_columns, parse_text


@pytest.mark.parametrize(
    ("headers", "roles"),
    [
        (["Error Code", "Description", "Solution"], {"code": 0, "description": 1, "action": 2}),
        (["HTTP Status Code", "Error Code", "Description"], {"http_status": 0, "code": 1, "description": 2}),
        (["Error Code", "Description", "HTTP Status Code"], {"code": 0, "description": 1, "http_status": 2}),
        (["Error Code", "Error Message", "Description"], {"code": 0, "message": 1, "description": 2}),
        (["Log Message", "Reason", "Error Code", "Status"], {"message": 0, "description": 1, "code": 2, "http_status": 3}),
        (["错误码", "含义", "处理措施"], {"code": 0, "description": 1, "action": 2}),
        (["Return Code", "Meaning", "Suggested handling"], {"code": 0, "description": 1, "action": 2}),
        (["**Error code**", "Possible cause", "How to fix"], {"code": 0, "description": 1, "action": 2}),
        (["Code (string)", "Explanation"], {"code": 0, "description": 1}),
        (["Node Name (Keyword)", "Parent Node", "Description", "Type"], {"description": 2}),
    ],
)
def test_roles_by_meaning(headers: list[str], roles: dict[str, int]) -> None:
    assert classify_columns(headers) == roles


def test_the_same_rows_in_any_column_order_give_the_same_entries() -> None:
    columns = [("Error Code", ["-1", "-2"]), ("Description", ["One", "Two"]), ("Solution", ["Retry", "-"]), ("HTTP Status", ["400 Bad Request", "500"])]
    seen = set()
    for order in ([0, 1, 2, 3], [3, 0, 1, 2], [1, 3, 2, 0], [2, 1, 0, 3]):
        cols = [columns[i] for i in order]
        text = "### X\n\n| " + " | ".join(h for h, _ in cols) + " |\n|" + " --- |" * len(cols) + "\n"
        for r in range(2):
            text += "| " + " | ".join(v[r] for _, v in cols) + " |\n"
        doc = parse_text(text, "t.md")
        assert not doc.diagnostics
        seen.add(tuple((e.code, e.description, e.action, e.http_status, e.http_reason) for _, e in doc.entries()))
    assert seen == {((-1, "One", "Retry", 400, "Bad Request"), (-2, "Two", None, 500, None))}


def test_a_table_of_http_statuses_takes_the_status_as_its_code() -> None:
    text = "### X\n\n| HTTP Status | Log Message | Description |\n| --- | --- | --- |\n| 400 Bad Request | bad arg | A |\n| 400 Bad Request | no key | B |\n| 404 | gone | C |\n"
    doc = parse_text(text, "t.md")
    assert [(e.code, e.http_status, e.upstream_name, e.variant) for _, e in doc.entries()] == [
        (400, 400, "bad arg", ("Log Message", "bad arg")),
        (400, 400, "no key", ("Log Message", "no key")),
        (404, 404, "gone", None),
    ]
    assert [d.severity for d in doc.diagnostics] == ["warning"]


@pytest.mark.parametrize(
    "headers",
    [["Region Code", "Region Name"], ["Status", "Description"], ["Country code", "Meaning"], ["Parameter", "Type", "Description"]],
)
def test_tables_that_are_no_error_tables_stay_skipped(headers: list[str]) -> None:
    text = "### X\n\n| " + " | ".join(headers) + " |\n|" + " --- |" * len(headers) + "\n| " + " | ".join(["Running"] * len(headers)) + " |\n"
    doc = parse_text(text, "t.md")
    assert [(d.severity, "not an error table" in d.message) for d in doc.diagnostics] == [("info", True)]

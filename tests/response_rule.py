"""Issue 19's rule for an error response, written from the page's rows (not from any output):
which categories a code answered with a status is an error of, its description, fault,
retryable, and the one message format. The Go tests compare the generated code with it."""

from __future__ import annotations

from dataclasses import dataclass

from errcodegen.view import RETRYABLE_STATUSES, View

# What the message says of a code that the page does not list.
UNKNOWN_DESCRIPTION = "An error code that the upstream error-code page does not list."


@dataclass(frozen=True)
class Expected:
    categories: list[str]
    description: str
    fault: str
    retryable: bool
    known: bool


def expected(view: View, status: int, code: int | str | None) -> Expected:
    """`code` as the page knows it (None: no code, or not one the page's kind can hold); `status` 0 when absent."""
    rows = [(c.id, e) for c, e in view.model.entries() if code is not None and e.code == code]
    given = status > 0
    matching = [(c, e) for c, e in rows if given and e.http_status == status]
    if matching:
        categories = list(dict.fromkeys(c for c, _ in matching))
    elif given and any(view.status_classes.get(c.id) == status // 100 for c in view.categories):
        categories = [c.id for c in view.categories if view.status_classes.get(c.id) == status // 100]
    else:
        categories = list(dict.fromkeys(c for c, _ in rows))
    description = matching[0][1].description if matching else rows[0][1].description if rows else UNKNOWN_DESCRIPTION
    server = status >= 500 or (not given and any(view.status_classes.get(c) == 5 for c in categories))
    retryable = status in RETRYABLE_STATUSES or (code is not None and code in view.retryable_codes)
    return Expected(categories, description, "server" if server else "client", retryable, bool(rows))


def message(code: str, status: int, description: str, server_message: str = "", request_id: str = "", trace_id: str = "") -> str:
    """`{code} (HTTP {status}): {description} [{extras}]`, the code or status left out when absent."""
    head = " ".join(p for p in (code, f"(HTTP {status})" if status > 0 else "") if p)
    extras = [f"{k}: {v}" for k, v in (("server message", server_message), ("request id", request_id), ("trace id", trace_id)) if v]
    return (f"{head}: " if head else "") + description + (f" [{'; '.join(extras)}]" if extras else "")

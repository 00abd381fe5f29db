"""A service's use of every generated package, as strict as mypy --strict, on any CPython from 3.9.

Run by tests/test_python_versions.py under each CPython the machine has (3.9 to 3.13) and
type-checked with --python-version 3.9; it prints one line per check, compared by the test.
"""

from __future__ import annotations

import pickle
from typing import Optional

import ci_error_codes
import ci_media_processing_errors
import cos_ci_error_codes
import cos_error_codes


def show(label: str, value: object) -> None:
    print(f"{label}: {value}")


def main() -> None:
    # Symbolic codes: a str Enum whose str() and format() are the code.
    slow = cos_error_codes.ErrorCode.SLOW_DOWN
    show("str", str(slow))
    show("format", f"{slow:>10}|")
    show("equal", slow == "SlowDown")
    show("from value", cos_error_codes.ErrorCode("NoSuchKey").name)
    error = cos_error_codes.error_for(status=503, code="SlowDown", message="Reduce your rate.", request_id="r1")
    show("cos", f"{type(error).__name__} {error.retryable} {error.fault} {error}")
    code: Optional[object] = error.code
    show("typed", isinstance(code, cos_error_codes.ErrorCode))
    back = pickle.loads(pickle.dumps(error))
    show("pickled", f"{type(back).__name__} {back.request_id}")
    try:
        cos_error_codes.raise_for_response(404, "NoSuchKey")
    except cos_error_codes.Http4xxException as caught:
        show("raised", caught.code)
    # Integer codes: X-ErrNo, a code of two categories, a malformed value.
    errno = ci_error_codes.error_for(status=403, headers={"X-ErrNo": "-46618"}, request_id="r2")
    show("ci", f"{type(errno).__name__} {errno}")
    shared = ci_error_codes.error_for(headers=[("x-errno", b"-3006")])
    show("shared", isinstance(shared, ci_error_codes.DownloadException) and isinstance(shared, ci_error_codes.FilePreviewException))
    show("malformed", repr(ci_error_codes.error_for(headers={"X-ErrNo": "abc"}, status=502)))
    show("member", ci_error_codes.DownloadError.SIGNATURE_AUTHENTICATION_FAILS.description)
    job = ci_media_processing_errors.error_for(status=503, code="SlowDown")
    show("job", f"{type(job).__name__} {job.fault}")
    copy = cos_ci_error_codes.error_for(headers={"X-ErrNo": "-46618"})
    show("cos ci", type(copy).__name__)


if __name__ == "__main__":
    main()

"""A service that calls COS and CI through the official Python SDK (cos-python-sdk-v5) and turns
the SDK's errors into the generated ones, one call each: what tests/test_python_sdk.py runs
against the loopback server of tests/cos_server.py, and checks with `mypy --strict`.

Run: `python consumer.py HOST:PORT KEY...` prints one JSON line per key and set: what the
generated error carries (the test compares it with the upstream pages' rows).
"""

from __future__ import annotations

import json
import logging
import sys
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import requests
from qcloud_cos import CosConfig, CosS3Client
from qcloud_cos.cos_exception import CosServiceError

import ci_error_codes
import cos_error_codes
from ci_error_codes import CIException, DownloadException
from cos_error_codes import COSException, ErrorCode, Http5xxException

BUCKET = "examplebucket-1250000000"


def client(domain: str, *, keep_headers: bool = True) -> Any:
    """A client of the server at `domain` (HOST:PORT, plain HTTP). `keep_headers`: with the
    hook that keeps the response headers (X-ErrNo) which the SDK drops from its error."""
    session = requests.Session()
    if keep_headers:
        session.hooks["response"].append(ci_error_codes.keep_headers)
    config = CosConfig(Region="ap-guangzhou", SecretId="AKIDexample", SecretKey="example", Scheme="http", Domain=domain)
    return CosS3Client(config, retry=0, session=session)  # retry=0: the SDK retries 5xx itself otherwise


def download_image(cos: Any, key: str) -> bytes:
    """An image download through CI: its failures carry an integer X-ErrNo (`ci-error-codes`)."""
    try:
        response = cos.get_object(Bucket=BUCKET, Key=key)
    except CosServiceError as err:
        raise ci_error_codes.from_cos_error(err)
    body: bytes = response["Body"].get_raw_stream().read()
    return body


def read_object(cos: Any, key: str) -> bytes:
    """A COS API call: its failures carry a symbolic <Code> (`cos-error-codes`)."""
    try:
        response = cos.get_object(Bucket=BUCKET, Key=key)
    except CosServiceError as err:
        raise cos_error_codes.from_cos_error(err)
    body: bytes = response["Body"].get_raw_stream().read()
    return body


def handled(error: CIException | COSException) -> str:
    """What the service does with an error: the decisions the generated error makes typed."""
    if isinstance(error, Http5xxException) or error.retryable:
        return "retry later"
    if isinstance(error, DownloadException) and error.code == ci_error_codes.DownloadError.SIGNATURE_AUTHENTICATION_FAILS:
        return "sign again"
    if isinstance(error, COSException) and error.code == ErrorCode.NO_SUCH_KEY:
        return "not found"
    return "fail"


def record(set_name: str, key: str, error: CIException | COSException) -> dict[str, Any]:
    """What the error carries, as JSON."""
    cause = error.__cause__
    code: int | str = int(error.code) if isinstance(error.code, int) else str(error.code)
    return {
        "set": set_name,
        "key": key,
        "type": type(error).__name__,
        "mro": [c.__name__ for c in type(error).__mro__],
        "code": code,
        "typed": isinstance(error.code, (ci_error_codes.CIError, ErrorCode)),
        "status": error.status,
        "server_message": error.server_message,
        "request_id": error.request_id,
        "trace_id": error.trace_id,
        "fault": error.fault,
        "retryable": error.retryable,
        "description": error.description,
        "str": str(error),
        "repr": repr(error),
        "cause": type(cause).__name__ if cause is not None else None,
        "cause_is_sdk_error": isinstance(cause, CosServiceError),
        "cause_status": cause.get_status_code() if isinstance(cause, CosServiceError) else None,
        "handled": handled(error),
    }


def main(domain: str, keys: list[str]) -> None:
    logging.getLogger("qcloud_cos").setLevel(logging.CRITICAL)  # the SDK logs every failure
    kept, plain = client(domain), client(domain, keep_headers=False)
    # Without the hook X-ErrNo is lost. In a thread of its own: the hook keeps what it saw
    # per thread (and this test server answers a key with the same request id every time).
    with ThreadPoolExecutor(1) as other:
        for key in keys:
            try:
                other.submit(download_image, plain, key).result()
            except CIException as error:
                print(json.dumps(record("ci-error-codes without the hook", key, error)))
    for key in keys:
        try:
            download_image(kept, key)
        except CIException as error:
            print(json.dumps(record("ci-error-codes", key, error)))
        try:
            read_object(kept, key)
        except COSException as error:
            print(json.dumps(record("cos-error-codes", key, error)))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])

//! A service's view of the generated errors: a plain HTTP client (ureq) asks the loopback server
//! of `tests/cos_server.py` for each scenario named on the command line, and turns each failed
//! response into `cos_error_codes::CosError` and `ci_error_codes::CiError` in one call each;
//! every error is printed as one JSON line for `tests/test_rust_sdk.py` to check.
//!
//! Then the builders alone (no server): each line of standard input is a probe
//! `set<TAB>status<TAB>code` (an empty status or code is none), and the fixed `MALFORMED`
//! inputs show that no input makes a constructor panic.
//!
//! Usage: `rust-sdk-consumer BASE_URL KEY... < probes`

use std::error::Error;
use std::fmt::Write as _;
use std::io::Read;

use ci_error_codes::{CiError, DownloadError, FilePreviewError};
use cos_error_codes::{CosError, ErrorCode};

// Both errors go wherever an application's errors go: `Send + Sync + 'static`, one pointer wide.
const _: () = {
    fn check<T: Error + Send + Sync + 'static>() {}
    let _ = check::<CosError>;
    let _ = check::<CiError>;
    assert!(std::mem::size_of::<CosError>() == std::mem::size_of::<usize>());
    assert!(std::mem::size_of::<CiError>() == std::mem::size_of::<usize>());
};

/// A JSON string literal of `text`.
fn j(text: &str) -> String {
    let mut out = String::from("\"");
    for ch in text.chars() {
        match ch {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if u32::from(c) < 0x20 || c == '\u{7f}' => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn jo(text: Option<&str>) -> String {
    text.map_or_else(|| "null".to_owned(), j)
}

fn jn(number: Option<impl ToString>) -> String {
    number.map_or_else(|| "null".to_owned(), |n| n.to_string())
}

/// What every root error shows, as JSON fields (the set's own fields are added by the caller):
/// the same methods on `CosError` and `CiError`.
macro_rules! common {
    ($error:expr) => {{
        let error = $error;
        let categories: Vec<String> = error.categories().iter().map(|c| j(c.id())).collect();
        let source = error.source();
        let from_client = source.and_then(|cause| cause.downcast_ref::<ureq::Error>());
        format!(
            "\"display\": {}, \"debug\": {}, \"status\": {}, \"server_message\": {}, \"request_id\": {}, \"trace_id\": {}, \"fault\": {}, \"retryable\": {}, \"categories\": [{}], \"source\": {}, \"source_is_client_error\": {}",
            j(&error.to_string()),
            j(&format!("{error:?}")),
            jn(error.status()),
            jo(error.server_message()),
            jo(error.request_id()),
            jo(error.trace_id()),
            j(error.fault().as_str()),
            error.is_retryable(),
            categories.join(", "),
            jo(source.map(ToString::to_string).as_deref()),
            matches!(from_client, Some(ureq::Error::StatusCode(_))),
        )
    }};
}

fn cos_json(error: &CosError) -> String {
    format!(
        "\"code\": {}, \"typed\": {}, {}",
        jo(error.code()),
        jo(error.error_code().map(ErrorCode::as_str)),
        common!(error)
    )
}

fn ci_json(error: &CiError) -> String {
    // The typed view of a category: the variant when the error is of that category.
    let download = DownloadError::from_error(error).map(DownloadError::name);
    let preview = FilePreviewError::from_error(error).map(FilePreviewError::name);
    format!(
        "\"code\": {}, \"raw_code\": {}, \"known\": {}, \"typed\": {{\"download\": {}, \"file_preview\": {}}}, {}",
        jn(error.code()),
        jo(error.raw_code()),
        error.is_known(),
        jo(download),
        jo(preview),
        common!(error)
    )
}

/// GET one scenario; a failed response becomes both sets' errors, the client's error their cause.
fn scenario(agent: &ureq::Agent, base: &str, key: &str) -> Result<String, Box<dyn Error>> {
    let response = agent
        .get(&format!("{base}/examplebucket-1250000000/{key}"))
        .call()?;
    let (parts, mut body) = response.into_parts();
    let body = body.read_to_vec()?;
    let status = parts.status.as_u16();
    if parts.status.is_success() {
        return Err(format!("{key}: HTTP {status} is no failure").into());
    }
    // The one call per set: status, headers and body in; the client's error as the cause.
    let cos = CosError::builder()
        .response(status, &parts.headers, &body)
        .cause(ureq::Error::StatusCode(status))
        .build();
    let ci = CiError::builder()
        .response(status, &parts.headers, &body)
        .cause(ureq::Error::StatusCode(status))
        .build();
    // ... and without a cause, as `from_response` builds it: the same error but its source.
    let plain = CosError::from_response(status, &parts.headers, &body);
    if plain.to_string() != cos.to_string() || plain.source().is_some() {
        return Err(format!("{key}: from_response differs from the builder").into());
    }
    Ok(format!(
        "SCENARIO {{\"key\": {}, \"cos\": {{{}}}, \"ci\": {{{}}}}}",
        j(key),
        cos_json(&cos),
        ci_json(&ci)
    ))
}

/// Inputs no constructor may panic on: headers (name, value bytes) and a body each.
const MALFORMED: &[(&str, &[u8], &[u8])] = &[
    (
        "X-ErrNo",
        b"abc",
        b"<Error><Code>&#xZZ;&#1114112;&#;&unknown;&</Code></Error>",
    ),
    ("x-errno", b"\xff\xfe-1", b"<Error><Code>"),
    ("X-ERRNO", b"99999999999999999999", b"</Code><Code>"),
    (
        "X-ErrNo",
        b"  ",
        b"<Error><Message>&#x1F600;&lt;&amp;amp;</Message></Error>",
    ),
    (
        "x-cos-request-id",
        b"\xc3\x28",
        b"<Code><![CDATA[a<b]]></Code><Message>x&#55296;y</Message>",
    ),
    (
        "x-cos-trace-id",
        b"",
        b"\xff\xfe\x00<Code>\xe6\x96\x87</Code>",
    ),
    ("X-ErrNo", b"-", b""),
    (
        "X-ErrNo",
        b"+0",
        b"<Code>  SlowDown  </Code><RequestId></RequestId>",
    ),
];

fn malformed() -> String {
    let mut lines = Vec::new();
    for (name, value, body) in MALFORMED {
        let ci = CiError::builder()
            .status(400)
            .header(name, value)
            .body(body)
            .build();
        let cos = CosError::builder().header(name, value).body(body).build();
        let cos_debug = format!("{cos:?}");
        lines.push(format!(
            "[{}, {}, {}, {}, {}]",
            j(&ci.to_string()),
            j(&format!("{ci:?}")),
            j(&cos.to_string()),
            j(&cos_debug),
            jo(cos.server_message())
        ));
    }
    format!("MALFORMED [{}]", lines.join(", "))
}

/// One builder probe: `set<TAB>status<TAB>code`.
fn probe(line: &str) -> Result<String, Box<dyn Error>> {
    let mut fields = line.split('\t');
    let (set, status, code) = (
        fields.next().unwrap_or(""),
        fields.next().unwrap_or(""),
        fields.next().unwrap_or(""),
    );
    let status: Option<u16> = if status.is_empty() {
        None
    } else {
        Some(status.parse()?)
    };
    let fields = if set == "cos" {
        let mut builder = CosError::builder().code(code);
        if let Some(status) = status {
            builder = builder.status(status);
        }
        cos_json(&builder.build())
    } else {
        let mut builder = CiError::builder().header("X-ErrNo", code);
        if let Some(status) = status {
            builder = builder.status(status);
        }
        ci_json(&builder.build())
    };
    Ok(format!("PROBE {{{fields}}}"))
}

fn main() -> Result<(), Box<dyn Error>> {
    let mut args = std::env::args().skip(1);
    let base = args
        .next()
        .ok_or("usage: rust-sdk-consumer BASE_URL KEY...")?;
    // A failed response is a response (its status, headers and XML body), not ureq's error.
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .build()
        .into();
    for key in args {
        println!("{}", scenario(&agent, &base, &key)?);
    }
    println!("{}", malformed());
    let mut input = String::new();
    std::io::stdin().lock().read_to_string(&mut input)?;
    for line in input.lines().filter(|line| !line.is_empty()) {
        println!("{}", probe(line)?);
    }
    Ok(())
}

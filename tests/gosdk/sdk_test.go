package gosdk

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"sort"
	"strings"
	"testing"
	"time"

	cierrors "github.com/errcodegen/ci-error-codes/generated/go/ci-error-codes"
	coserrors "github.com/errcodegen/ci-error-codes/generated/go/cos-error-codes"
	"github.com/tencentyun/cos-go-sdk-v5"
)

// scenarios are the keys of tests/cos_server.py's SCENARIOS.
var scenarios = []string{"sig-fail", "encrypted", "unknown-errno", "unknown-code", "slow-down", "no-such-key", "empty-body", "bad-errno"}

// serverURL is the loopback server's base URL, set by TestMain.
var serverURL string

// TestMain starts tests/cos_server.py (with $COS_SERVER_PYTHON, else python3)
// and reads its URL, the first line it prints.
func TestMain(m *testing.M) {
	python := os.Getenv("COS_SERVER_PYTHON")
	if python == "" {
		python = "python3"
	}
	cmd := exec.Command(python, "../cos_server.py")
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	if err := cmd.Start(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	line, err := bufio.NewReader(out).ReadString('\n')
	serverURL = strings.TrimSpace(line)
	code := 2
	if err == nil && strings.HasPrefix(serverURL, "http://127.0.0.1:") {
		code = m.Run()
	} else {
		fmt.Fprintln(os.Stderr, "no loopback URL from cos_server.py:", line, err)
	}
	_ = cmd.Process.Kill()
	_ = cmd.Wait()
	os.Exit(code)
}

// client returns the SDK's client of a bucket on the loopback server.
func client(t *testing.T) *cos.Client {
	t.Helper()
	u, err := url.Parse(serverURL + "/examplebucket-1250000000")
	if err != nil {
		t.Fatal(err)
	}
	return cos.NewClient(&cos.BaseURL{BucketURL: u}, &http.Client{Timeout: 30 * time.Second})
}

// common is what an error of either set says, as the test prints it.
type common struct {
	Status        int
	ServerMessage string
	RequestID     string
	TraceID       string
	Categories    []string
	Fault         string
	Retryable     bool
	Known         bool
	Message       string
	GoString      string
	Cause         bool // Unwrap reaches the SDK's own error, the very one it returned
}

type cosReading struct {
	common
	Code    string
	Matched []string // the constants errors.Is matches
	Unknown *string  // the code of the *UnknownError errors.As finds
}

type ciReading struct {
	common
	Code      int
	RawCode   string
	Matched   []string // category and name of each code value errors.As reaches, which errors.Is matches too
	Unknown   *int
	Malformed bool // errors.Is ErrMalformedHeader
}

// sdkCause reports whether err unwraps to the SDK's error sdkErr itself.
func sdkCause(err, sdkErr error) bool {
	var r *cos.ErrorResponse
	return errors.As(err, &r) && error(r) == sdkErr
}

func emit(t *testing.T, label string, v interface{}) {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	fmt.Println(label + " " + string(b))
}

// TestScenarios makes each scenario's request through the SDK and prints
// what each set's FromError makes of the SDK's error (tests/test_go_sdk.py
// compares it with the page's rows).
func TestScenarios(t *testing.T) {
	c := client(t)
	ctx := context.Background()
	out := map[string]interface{}{}
	for _, key := range scenarios {
		_, err := c.Object.Get(ctx, key, nil)
		var sdkErr *cos.ErrorResponse
		if !errors.As(err, &sdkErr) {
			t.Fatalf("%s: the SDK returned %T %v", key, err, err)
		}
		e, ok := coserrors.FromError(err)
		if !ok {
			t.Fatalf("%s: coserrors.FromError: false", key)
		}
		cosRead := cosReading{common: common{e.Status, e.ServerMessage, e.RequestID, e.TraceID, e.Categories, string(e.Fault),
			e.Retryable, e.Known(), e.Error(), fmt.Sprintf("%#v", e), sdkCause(e, err)}, Code: string(e.Code)}
		for _, v := range coserrors.ErrorCodeValues() {
			if errors.Is(e, v) {
				cosRead.Matched = append(cosRead.Matched, string(v))
			}
		}
		var cu *coserrors.UnknownError
		if errors.As(e, &cu) {
			cosRead.Unknown = &cu.Code
		}
		i, ok := cierrors.FromError(err)
		if !ok {
			t.Fatalf("%s: cierrors.FromError: false", key)
		}
		ciRead := ciReading{common: common{i.Status, i.ServerMessage, i.RequestID, i.TraceID, i.Categories, string(i.Fault),
			i.Retryable, i.Known(), i.Error(), fmt.Sprintf("%#v", i), sdkCause(i, err)}, Code: i.Code, RawCode: i.RawCode,
			Malformed: errors.Is(i, cierrors.ErrMalformedHeader)}
		for _, u := range i.Unwrap() {
			if v, ok := u.(interface {
				Category() string
				String() string
			}); ok && errors.Is(i, u) {
				ciRead.Matched = append(ciRead.Matched, v.Category()+" "+v.String())
			}
		}
		var iu *cierrors.UnknownError
		if errors.As(i, &iu) {
			ciRead.Unknown = &iu.Code
		}
		out[key] = map[string]interface{}{"cos": cosRead, "ci": ciRead}
	}
	emit(t, "SCENARIOS", out)
}

// TestCategoriesByType checks the scenarios errors.As answers by type: the
// code in two categories is a value of both, SlowDown with 503 is a server
// fault to retry, and the service's code wraps a request of its own.
func TestCategoriesByType(t *testing.T) {
	c := client(t)
	ctx := context.Background()
	err := DownloadImage(ctx, c, "encrypted")
	var d cierrors.DownloadError
	var p cierrors.FilePreviewError
	if !errors.As(err, &d) || d != cierrors.DownloadFileEncrypted || !errors.As(err, &p) || p != cierrors.FilePreviewFileEncrypted {
		t.Fatalf("-3006: %v", err)
	}
	err = DownloadImage(ctx, c, "sig-fail")
	if !errors.Is(err, cierrors.DownloadSignatureAuthenticationFails) {
		t.Fatalf("-46618: %v", err)
	}
	err = GetObject(ctx, c, "slow-down")
	var e *coserrors.Error
	if !errors.As(err, &e) || !errors.Is(err, coserrors.SlowDown) || !e.Retryable || e.Fault != coserrors.FaultServer {
		t.Fatalf("SlowDown: %v", err)
	}
	if err := GetObject(ctx, c, "no-such-key"); !errors.Is(err, coserrors.NoSuchKey) {
		t.Fatalf("NoSuchKey: %v", err)
	}
}

// TestFromErrorShapes checks FromError on what is no SDK error, on a wrapped
// one, and on an *Error already made.
func TestFromErrorShapes(t *testing.T) {
	if e, ok := coserrors.FromError(nil); ok || e != nil {
		t.Fatal("nil")
	}
	if _, ok := coserrors.FromError(errors.New("dial tcp: refused")); ok {
		t.Fatal("no response")
	}
	var nilSDK *cos.ErrorResponse
	if _, ok := cierrors.FromError(nilSDK); ok {
		t.Fatal("a nil *cos.ErrorResponse")
	}
	_, err := client(t).Object.Get(context.Background(), "no-such-key", nil)
	wrapped := fmt.Errorf("reading the report: %w", err)
	e, ok := coserrors.FromError(wrapped)
	if !ok || e.Code != coserrors.NoSuchKey || e.Status != 404 || !errors.Is(e, wrapped) || !sdkCause(e, err) {
		t.Fatalf("wrapped: %#v", e)
	}
	again, ok := coserrors.FromError(fmt.Errorf("again: %w", e))
	if !ok || again != e {
		t.Fatal("an *Error in the chain is returned as it is")
	}
	joined := errors.Join(errors.New("first"), err)
	if e, ok := coserrors.FromError(joined); !ok || e.Code != coserrors.NoSuchKey {
		t.Fatal("errors.Join")
	}
}

// shaped is an SDK-like error response held by value.
type shaped struct {
	Response  *http.Response
	Code      string
	Message   string
	RequestID string
}

func (s shaped) Error() string { return s.Code }

// inner is reached through a pointer that may be nil.
type inner struct {
	Response *http.Response
	Code     string
}

// embedded promotes inner's fields through a pointer.
type embedded struct {
	*inner
}

func (embedded) Error() string { return "embedded" }

// mistyped has the field names with other types.
type mistyped struct {
	Response string
	Code     int
}

func (mistyped) Error() string { return "mistyped" }

// TestFromErrorOddShapes reads the shape without panicking on what only
// resembles it.
func TestFromErrorOddShapes(t *testing.T) {
	e, ok := coserrors.FromError(shaped{Code: "NoSuchKey", Message: "m", RequestID: "r"})
	if !ok || e.Code != coserrors.NoSuchKey || e.Status != 0 || e.RequestID != "r" || e.ServerMessage != "m" {
		t.Fatalf("by value: %#v", e)
	}
	if _, ok := coserrors.FromError(embedded{}); ok {
		t.Fatal("a nil embedded pointer")
	}
	header := http.Header{"X-Errno": {"-46618"}}
	i, ok := cierrors.FromError(embedded{&inner{Response: &http.Response{StatusCode: 403, Header: header}}})
	if !ok || i.Code != -46618 || i.Status != 403 {
		t.Fatalf("promoted fields: %#v", i)
	}
	if _, ok := coserrors.FromError(mistyped{}); ok {
		t.Fatal("other field types")
	}
}

// TestNewNeverPanics feeds New malformed and odd values.
func TestNewNeverPanics(t *testing.T) {
	headers := []http.Header{nil, {}, {"x-errno": {}}, {"X-Errno": {"", " "}}, {"x-errno": {"-46618"}, "X-ERRNO": {"abc"}},
		{"X-Errno": {strings.Repeat("9", 40)}}, {"X-Errno": {"\x00\xff"}}, {"x-cos-request-id": {"r"}}}
	var seen []string
	for _, h := range headers {
		for _, status := range []int{-1, 0, 99, 429, 503, 999} {
			for _, code := range []string{"", " ", "SlowDown", "Access Denied", strings.Repeat("x", 200), "-3006", "\xff"} {
				seen = append(seen, cierrors.New(cierrors.Response{Status: status, Code: code, Header: h}).Error(),
					coserrors.New(coserrors.Response{Status: status, Code: code, Header: h}).Error())
			}
		}
	}
	sort.Strings(seen)
	if len(seen) == 0 {
		t.Fatal("nothing made")
	}
	// Two spellings of the header's name in one map: the canonical one is read.
	e := cierrors.New(cierrors.Response{Header: http.Header{"x-errno": {"abc"}, "X-Errno": {"-46618"}}})
	if e.Code != -46618 {
		t.Fatal(e)
	}
}

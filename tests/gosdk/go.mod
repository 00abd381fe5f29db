// A consumer of the generated modules that meets Tencent's Go SDK (tests/test_go_sdk.py): the
// SDK pinned here, as a test-only dependency; the generated modules depend on nothing.
module errcodegen.example/gosdk

go 1.20

require (
	github.com/errcodegen/ci-error-codes/generated/go/ci-error-codes v0.0.0
	github.com/errcodegen/ci-error-codes/generated/go/cos-error-codes v0.0.0
	github.com/tencentyun/cos-go-sdk-v5 v0.7.70
)

require (
	github.com/clbanning/mxj v1.8.4 // indirect
	github.com/google/go-querystring v1.0.0 // indirect
	github.com/mitchellh/mapstructure v1.4.3 // indirect
	github.com/mozillazg/go-httpheader v0.2.1 // indirect
)

replace github.com/errcodegen/ci-error-codes/generated/go/ci-error-codes => ../../generated/go/ci-error-codes

replace github.com/errcodegen/ci-error-codes/generated/go/cos-error-codes => ../../generated/go/cos-error-codes

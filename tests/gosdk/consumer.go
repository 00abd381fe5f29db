// Package gosdk is a service's code that reads objects through Tencent's Go
// SDK and returns its failures as the generated errors: Cloud Object
// Storage's for the <Code> of a response, Cloud Infinite's for the X-ErrNo of
// an image download.
package gosdk

import (
	"context"

	cierrors "github.com/errcodegen/ci-error-codes/generated/go/ci-error-codes"
	coserrors "github.com/errcodegen/ci-error-codes/generated/go/cos-error-codes"
	"github.com/tencentyun/cos-go-sdk-v5"
)

// GetObject reads an object, returning a failed request's answer as a
// *coserrors.Error (whose Unwrap gives the SDK's *cos.ErrorResponse).
func GetObject(ctx context.Context, client *cos.Client, key string) error {
	resp, err := client.Object.Get(ctx, key, nil)
	if err != nil {
		if e, ok := coserrors.FromError(err); ok {
			return e
		}
		return err
	}
	return resp.Body.Close()
}

// DownloadImage reads a processed image, returning a failed request's answer
// as a *cierrors.Error, its code read from the X-ErrNo header.
func DownloadImage(ctx context.Context, client *cos.Client, key string) error {
	resp, err := client.Object.Get(ctx, key, nil)
	if err != nil {
		if e, ok := cierrors.FromError(err); ok {
			return e
		}
		return err
	}
	return resp.Body.Close()
}

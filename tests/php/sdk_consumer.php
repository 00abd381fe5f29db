<?php
// The generated errors against real HTTP responses of tests/cos_server.py (127.0.0.1), fetched
// with Debian's Guzzle (php-guzzlehttp-guzzle, the HTTP client Tencent's cos-php-sdk-v5 uses).
//
// Tencent's SDK itself is not in Debian and there is no Packagist here: the exception handed to
// fromCosException() is a STAND-IN with the shape of the SDK's
// `Qcloud\Cos\Exception\ServiceResponseException` (its methods, read from the SDK's source:
// getStatusCode() from the response, getCosErrorCode()/getExceptionCode(), getRequestId(),
// getMessage(), getResponse()), filled as the SDK's ExceptionParser fills it: the body's
// <Code>, <Message>, <RequestId>; without a body, the message "STATUS REASON (Request-ID: ...)"
// and the code AccessDenied for a 403. It is not the SDK.
//
// php sdk_consumer.php BASE_URL GENERATED_PHP_DIR KEY...  ->  JSON on stdout

declare(strict_types=1);

namespace Qcloud\Cos\Exception {
    /** STAND-IN with the SDK's shape (see above); not Tencent's class. */
    class ServiceResponseException extends \RuntimeException
    {
        protected $response;
        protected $requestId;
        protected $exceptionType;
        protected $exceptionCode;

        public function setExceptionCode($code) { $this->exceptionCode = $code; }
        public function getExceptionCode() { return $this->exceptionCode; }
        public function setExceptionType($type) { $this->exceptionType = $type; }
        public function getExceptionType() { return $this->exceptionType; }
        public function setRequestId($id) { $this->requestId = $id; }
        public function getRequestId() { return $this->requestId; }
        public function setResponse(\Psr\Http\Message\ResponseInterface $response) { $this->response = $response; }
        public function getResponse() { return $this->response; }
        public function getStatusCode() { return $this->response ? $this->response->getStatusCode() : null; }
        public function getCosRequestId() { return $this->requestId; }
        public function getCosErrorType() { return $this->exceptionType; }
        public function getCosErrorCode() { return $this->exceptionCode; }
    }
}

namespace {
    require '/usr/share/php/GuzzleHttp/autoload.php';

    [$self, $base, $generated] = array_slice($argv, 0, 3);
    $keys = array_slice($argv, 3);
    $sets = ['cos' => ['cos-error-codes', 'Errcodegen\\Cos\\', 'COS'], 'ci' => ['ci-error-codes', 'Errcodegen\\Ci\\', 'CI']];
    foreach ($sets as [$dir, $prefix]) {
        spl_autoload_register(function (string $class) use ($generated, $dir, $prefix): void {
            if (str_starts_with($class, $prefix)) {
                require $generated . '/' . $dir . '/src/' . substr($class, strlen($prefix)) . '.php';
            }
        });
    }

    function sdk_exception(\Psr\Http\Message\ResponseInterface $response): \Qcloud\Cos\Exception\ServiceResponseException
    {
        $body = (string) $response->getBody();
        $tag = fn (string $name) => preg_match('#<' . $name . '>(.*?)</' . $name . '>#s', $body, $m) === 1 ? htmlspecialchars_decode($m[1], ENT_XML1 | ENT_QUOTES) : null;
        $requestId = $response->getHeaderLine('x-cos-request-id');
        if ($body === '') {
            $message = $response->getStatusCode() . ' ' . $response->getReasonPhrase() . ($requestId !== '' ? " (Request-ID: $requestId)" : '');
            $code = $response->getStatusCode() === 403 ? 'AccessDenied' : null;
        } else {
            $message = (string) $tag('Message');
            $code = $tag('Code');
            $requestId = $tag('RequestId') ?? $requestId;
        }
        $e = new \Qcloud\Cos\Exception\ServiceResponseException($message);
        $e->setExceptionCode($code);
        $e->setExceptionType($response->getStatusCode() < 500 ? 'client' : 'server');
        $e->setRequestId($requestId === '' ? null : $requestId);
        $e->setResponse($response);
        return $e;
    }

    $client = new \GuzzleHttp\Client(['http_errors' => false, 'timeout' => 20]);
    $out = [];
    foreach ($keys as $key) {
        $response = $client->get($base . '/examplebucket-1250000000/' . $key);
        $sdk = sdk_exception($response);
        foreach ($sets as $name => [, $prefix, $short]) {
            $errors = $prefix . $short . 'Errors';
            // Wrapped once, as an application often rethrows: the adapter walks getPrevious().
            $e = $errors::fromCosException($key === 'sig-fail' ? new \RuntimeException('upload failed', 0, $sdk) : $sdk);
            $code = $e->errorCode();
            $out[$key][$name] = [
                'class' => substr(get_class($e), strlen($prefix)),
                'message' => $e->getMessage(),
                'raw' => $e->rawCode(),
                'code' => $code instanceof \BackedEnum ? $code->value : $code,
                'status' => $e->status(),
                'server_message' => $e->serverMessage(),
                'request_id' => $e->requestId(),
                'trace_id' => $e->traceId(),
                'categories' => array_map(fn ($c) => $c->id, $e->categories()),
                'description' => $e->description(),
                'fault' => $e->fault(),
                'retryable' => $e->retryable(),
                'rows' => count($e->errors()),
                'previous' => get_class($e->getPrevious()),
                'is_root' => $e instanceof ($prefix . $short . 'Exception'),
                'errno_kept' => $e->headers()['x-errno'] ?? null,
            ];
        }
        // Not an SDK error at all: an unknown error whose previous it is; never a throw.
        $plain = ($sets['ci'][1] . 'CIErrors')::fromCosException(new \LogicException('no response'));
        $out['_plain'] = [get_class($plain), $plain->rawCode(), $plain->status(), get_class($plain->getPrevious())];
        $out['_null'] = get_class(($sets['cos'][1] . 'COSErrors')::fromCosException(null));
    }
    echo json_encode($out, JSON_THROW_ON_ERROR | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES), "\n";
}

<?php
// A consumer of generated PHP packages, as a team's code uses them: through the autoloader
// Composer installed (the plan's `autoload`, vendor/autoload.php), or else each package through
// the PSR-4 map of its own composer.json (the autoloader Composer would build); then
// every code, category, text (every locale), variant, lookup and header value is printed as
// JSON, with the errors of the responses given in a plan file. tests/test_php.py compares the
// output with what the model says, worked out in Python.
//
// php readback.php PLAN.json  ->  JSON on stdout

declare(strict_types=1);

$plan = json_decode((string) file_get_contents($argv[1]), true, 512, JSON_THROW_ON_ERROR);

/** @param array<string, mixed> $package */
function autoload(array $package): void
{
    $composer = json_decode((string) file_get_contents($package['dir'] . '/composer.json'), true, 512, JSON_THROW_ON_ERROR);
    foreach ($composer['autoload']['psr-4'] as $prefix => $folder) {
        spl_autoload_register(function (string $class) use ($prefix, $folder, $package): void {
            if (str_starts_with($class, $prefix)) {
                $file = $package['dir'] . '/' . $folder . str_replace('\\', '/', substr($class, strlen($prefix))) . '.php';
                if (is_file($file)) {
                    require $file;
                }
            }
        });
    }
}

function short(object $object): string
{
    $name = get_class($object);
    return substr($name, strrpos($name, '\\') + 1);
}

/** @return array<string, mixed> */
function error_fields(object $e): array
{
    $code = $e->errorCode();
    return [
        'class' => short($e),
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
        'previous' => $e->getPrevious() === null ? null : get_class($e->getPrevious()),
        'is_root' => is_a($e, $GLOBALS['root'], false),
    ];
}

if (isset($plan['autoload'])) {
    require $plan['autoload'];
}
$out = [];
foreach ($plan['packages'] as $package) {
    if (!isset($plan['autoload'])) {
        autoload($package);
    }
    $ns = $package['namespace'] . '\\';
    $errors = $ns . $package['prefix'] . 'Errors';
    $GLOBALS['root'] = $ns . $package['prefix'] . 'Exception';
    $got = ['categories' => [], 'entries' => [], 'responses' => []];
    if ($package['kind'] === 'int') {
        $got['locales'] = $errors::locales();
        foreach ($errors::categories() as $c) {
            $texts = [];
            foreach ($errors::locales() as $locale) {
                $texts[$locale] = [$c->titleIn($locale), $c->fallbackIn($locale)];
            }
            $got['categories'][] = [$c->id, $c->title, $c->fallback, $texts, short(new ($c->exceptionClass)())];
        }
        foreach ($errors::all() as $info) {
            $texts = [];
            foreach ($errors::locales() as $locale) {
                $t = $info->text($locale);
                $texts[$locale] = [$t->description, $t->action];
            }
            $variants = [];
            foreach ($info->variants() as $v) {
                $vt = [];
                foreach ($errors::locales() as $locale) {
                    $t = $v->text($locale);
                    $vt[$locale] = [$t->description, $t->action];
                }
                $variants[] = [$v->description, $v->action, $v->column, $v->value, $vt];
            }
            $got['entries'][] = [
                'category' => $info->category()->id,
                'enum' => short($info),
                'code' => $info->code(),
                'name' => $info->name(),
                'case' => $info->name,
                'description' => $info->description(),
                'action' => $info->action(),
                'deprecated' => $info->deprecated(),
                'texts' => $texts,
                'variants' => $variants,
                'see_also' => array_map(fn ($s) => [$s->set, $s->category, $s->code], $info->seeAlso()),
                'lookup' => array_map(fn ($i) => [$i->category()->id, $i->name()], $errors::lookup($info->code())),
                'header' => array_map(fn ($i) => [$i->category()->id, $i->name()], $errors::fromHeader(" \t" . $info->code() . "\r\n")),
                'same' => $info::from($info->code()) === $info,
            ];
        }
        $got['malformed_header'] = [count($errors::fromHeader('abc')), count($errors::fromHeader(null)), count($errors::fromHeader('')), count($errors::fromHeader('1e3'))];
    } else {
        foreach ($errors::categories() as $c) {
            $got['categories'][] = [$c->id, $c->title, $c->fallback, [], short(new ($c->exceptionClass)())];
        }
        foreach ($errors::variants() as $v) {
            $got['entries'][] = [
                'category' => $v->category()->id,
                'code' => $v->code(),
                'name' => $v->name(),
                'case' => $v->errorCode()->name,
                'status' => $v->httpStatus(),
                'reason' => $v->httpReason(),
                'description' => $v->description(),
                'action' => $v->action(),
                'deprecated' => $v->deprecated(),
                'see_also' => array_map(fn ($s) => [$s->set, $s->category, $s->code], $v->seeAlso()),
                'rows' => count($errors::lookup($v->code())),
                'parent' => $errors::parentOf($v->code()),
                'subcodes' => array_map(fn ($k) => $k->value, $errors::subcodes($v->code())),
                'response' => $v->httpStatus() === null ? null : $errors::fromResponse($v->httpStatus(), $v->code())?->code(),
            ];
        }
        $got['codes'] = array_map(fn ($k) => [$k->name, $k->value, $k->description(), $k->deprecated(), count($k->variants()),
            array_map(fn ($s) => [$s->set, $s->category, $s->code], $k->seeAlso())], ($ns . 'ErrorCode')::cases());
        $got['parents'] = array_map(fn ($code) => $errors::parentOf($code), $package['parents']);
        // raiseForResponse() must throw, what from() makes of the status and code alone.
        foreach ($package['responses'] as $r) {
            if ($r['status'] === null || $r['code'] === null) {
                continue;
            }
            try {
                $errors::raiseForResponse($r['status'], (string) $r['code']);
                $got['raised'][] = 'returned';
            } catch (\Throwable $e) {
                $got['raised'][] = error_fields($e);
            }
        }
    }
    foreach ($package['responses'] as $r) {
        $e = $errors::from(
            status: $r['status'],
            code: $r['code'],
            headers: $r['headers'],
            message: $r['message'],
            requestId: $r['request_id'],
            traceId: $r['trace_id'],
            previous: new \RuntimeException('cause'),
        );
        $got['responses'][] = error_fields($e);
    }
    $out[$package['key']] = $got;
}
echo json_encode($out, JSON_THROW_ON_ERROR | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_PRESERVE_ZERO_FRACTION), "\n";

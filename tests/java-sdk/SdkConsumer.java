// Drives Tencent's COS Java SDK (com.qcloud:cos_api, tests/java-sdk/pom.xml) against the loopback
// server of tests/cos_server.py and turns each of its exceptions into the generated errors, one
// line each (COSErrors.fromException, CIErrors.fromException); then calls the factories on
// malformed input. Prints one JSON object (ReadBack.json) for tests/test_java_sdk.py to check.
//
//     java SdkConsumer 127.0.0.1:PORT key...
//
// Compiled with javac -Xlint:all -Werror against the generated cos-error-codes and
// ci-error-codes packages and the SDK's classpath.

import com.qcloud.cos.COSClient;
import com.qcloud.cos.ClientConfig;
import com.qcloud.cos.auth.BasicCOSCredentials;
import com.qcloud.cos.endpoint.UserSpecifiedEndpointBuilder;
import com.qcloud.cos.exception.CosServiceException;
import com.qcloud.cos.http.CosHttpRequest;
import com.qcloud.cos.http.HttpProtocol;
import com.qcloud.cos.internal.CosServiceRequest;
import com.qcloud.cos.model.GetObjectRequest;
import com.qcloud.cos.region.Region;
import com.qcloud.cos.retry.PredefinedRetryPolicies;
import com.qcloud.cos.retry.RetryPolicy;
import io.github.errcodegen.ci.CIErrors;
import io.github.errcodegen.ci.CIException;
import io.github.errcodegen.cos.COSErrors;
import io.github.errcodegen.cos.COSException;
import io.github.errcodegen.cos.Category;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.http.Header;
import org.apache.http.HttpResponse;

public final class SdkConsumer {
    private SdkConsumer() {
    }

    /**
     * The SDK keeps no response header in its exception: this policy, which the SDK hands each
     * failed attempt's response, copies X-ErrNo into the exception's additional details (which
     * fromException reads as headers), then decides retries as `retries` does, at most
     * `maxRetries` times (the client's maxErrorRetry must be one more, so that the SDK asks the
     * policy about the last attempt too).
     */
    static final class KeepErrNo extends RetryPolicy {
        private final RetryPolicy retries;
        private final int maxRetries;

        KeepErrNo(RetryPolicy retries, int maxRetries) {
            this.retries = retries;
            this.maxRetries = maxRetries;
        }

        @Override
        public <X extends CosServiceRequest> boolean shouldRetry(CosHttpRequest<X> request, HttpResponse response,
                Exception exception, int retryIndex) {
            if (exception instanceof CosServiceException && response != null) {
                Header errno = response.getFirstHeader("X-ErrNo");
                if (errno != null) {
                    CosServiceException e = (CosServiceException) exception;
                    Map<String, String> details = new HashMap<>();
                    if (e.getAdditionalDetails() != null) {
                        details.putAll(e.getAdditionalDetails());
                    }
                    details.put("X-ErrNo", errno.getValue());
                    e.setAdditionalDetails(details);
                }
            }
            return retryIndex < maxRetries && retries.shouldRetry(request, response, exception, retryIndex);
        }
    }

    static List<Object> ids(List<?> categories) {
        List<Object> out = new ArrayList<>();
        for (Object c : categories) {
            out.add(c instanceof Category ? ((Category) c).id() : ((io.github.errcodegen.ci.Category) c).id());
        }
        return out;
    }

    static Map<String, Object> cos(COSException x, Throwable cause) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("type", x.getClass().getSimpleName());
        out.put("code", x.code());
        out.put("constant", x.errorCode().map(Enum::name).orElse(null));
        out.put("raw", x.rawCode().orElse(null));
        out.put("status", x.httpStatus().isPresent() ? (Object) x.httpStatus().getAsInt() : null);
        out.put("server_message", x.serverMessage().orElse(null));
        out.put("request_id", x.requestId().orElse(null));
        out.put("trace_id", x.traceId().orElse(null));
        out.put("fault", x.fault());
        out.put("server_fault", x.isServerFault());
        out.put("retryable", x.retryable());
        out.put("categories", ids(x.categories()));
        out.put("rows", x.errors().size());
        out.put("description", x.description());
        out.put("message", x.getMessage());
        out.put("cause", x.getCause() == cause);
        return out;
    }

    static Map<String, Object> ci(CIException x, Throwable cause) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("type", x.getClass().getSimpleName());
        out.put("code", x.code().isPresent() ? (Object) x.code().getAsInt() : null);
        out.put("raw", x.rawCode().orElse(null));
        out.put("status", x.httpStatus().isPresent() ? (Object) x.httpStatus().getAsInt() : null);
        out.put("server_message", x.serverMessage().orElse(null));
        out.put("request_id", x.requestId().orElse(null));
        out.put("trace_id", x.traceId().orElse(null));
        out.put("fault", x.fault());
        out.put("server_fault", x.isServerFault());
        out.put("retryable", x.retryable());
        out.put("categories", ids(x.categories()));
        out.put("rows", x.errors().size());
        out.put("description", x.description());
        out.put("message", x.getMessage());
        out.put("cause", x.getCause() == cause);
        return out;
    }

    /** A map that cannot be read: every look at it throws. */
    static final class Unreadable extends AbstractMap<String, Object> {
        @Override
        public Set<Map.Entry<String, Object>> entrySet() {
            throw new IllegalStateException("unreadable");
        }
    }

    /** The factories on malformed and odd input: none may throw. */
    static Map<String, Object> factories(CosServiceException sdk) {
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Object> nullKey = new HashMap<>();
        nullKey.put(null, "x");
        nullKey.put("X-ERRNO", Arrays.asList(null, " -46618 "));
        out.put("list headers", ci(CIErrors.from(403, null, Map.of("x-errno", List.of("-46618"), "X-Cos-Request-Id",
                List.of("r-1", "r-2")), "Access Denied.", null, null, null), null));
        out.put("string headers", ci(CIErrors.from(null, "7", Map.of("X-ErrNo", "-3006", "x-ci-request-id", "r-ci",
                "x-cos-trace-id", "t-1"), null, "", null, null), null));
        out.put("null key", ci(CIErrors.from(null, null, nullKey, null, null, null, null), null));
        out.put("unreadable", ci(CIErrors.from(403, "-46618", new Unreadable(), null, null, null, null), null));
        out.put("nothing", ci(CIErrors.from(null, null, null, null, null, null, null), null));
        out.put("bad status", cos(COSErrors.from(-1, " NoSuchKey ", null, null, null, null, null), null));
        out.put("huge errno", ci(CIErrors.from(400, null, Map.of("X-ErrNo", "-99999999999"), null, null, null, null), null));
        out.put("no error", ci(CIErrors.fromException(null), null));
        RuntimeException plain = new RuntimeException("not an SDK error");
        out.put("plain error", cos(COSErrors.fromException(plain), plain));
        RuntimeException wrapped = new RuntimeException("wrapped", sdk);
        out.put("wrapped", cos(COSErrors.fromException(wrapped), wrapped));
        out.put("builder", cos(COSErrors.builder().status(503).code("SlowDown").message("Slow.").requestId("r-b")
                .traceId("t-b").cause(sdk).build(), sdk));
        CIException raised;
        try {
            CIErrors.raiseForHeader("abc");
            throw new AssertionError("raiseForHeader returned");
        } catch (CIException e) {
            raised = e;
        }
        out.put("raise abc", ci(raised, null));
        out.put("debug", raised.toString().length());
        return out;
    }

    public static void main(String[] args) {
        String endpoint = args[0];
        ClientConfig config = new ClientConfig(new Region("ap-guangzhou"));
        config.setHttpProtocol(HttpProtocol.http);
        config.setEndpointBuilder(new UserSpecifiedEndpointBuilder(endpoint, endpoint));
        config.setRetryPolicy(new KeepErrNo(PredefinedRetryPolicies.DEFAULT, 0));
        config.setMaxErrorRetry(1);
        COSClient client = new COSClient(new BasicCOSCredentials("AKIDEXAMPLE", "example-secret"), config);
        Map<String, Object> out = new LinkedHashMap<>();
        CosServiceException last = null;
        try {
            for (String key : Arrays.asList(args).subList(1, args.length)) {
                try {
                    client.getObject(new GetObjectRequest("examplebucket-1250000000", key));
                    throw new AssertionError(key + ": no exception");
                } catch (CosServiceException e) {
                    last = e;
                    Map<String, Object> one = new LinkedHashMap<>();
                    one.put("cos", cos(COSErrors.fromException(e), e));
                    one.put("ci", ci(CIErrors.fromException(e), e));
                    out.put(key, one);
                }
            }
        } finally {
            client.shutdown();
        }
        out.put("factories", factories(last));
        System.out.println(ReadBack.json(out));
    }
}

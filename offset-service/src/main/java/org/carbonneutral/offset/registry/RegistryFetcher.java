package org.carbonneutral.offset.registry;

import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.carbonneutral.offset.serial.Registry;
import org.carbonneutral.platform.problem.Problem;
import org.carbonneutral.platform.problem.ProblemException;

/**
 * Downloads a registry's export over HTTP: 5 s to connect, 30 s for the whole answer, at most
 * {@value #MAX_BYTES} bytes. A registry that cannot be reached, answers other than 2xx or not in time is a 502
 * {@code registry-unavailable} naming the registry, the URL and the cause; an export larger than the cap is a 422.
 */
@Singleton
public class RegistryFetcher {

    /** Larger exports are refused: a registry's export is split by the registry (or the URL names a part). */
    public static final int MAX_BYTES = 64 * 1024 * 1024;
    static final Duration CONNECT = Duration.ofSeconds(5);
    static final Duration ANSWER = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT)
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    /** The export's bytes. Blocking. */
    public byte[] fetch(Registry registry, URI url) {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(ANSWER).header("Accept", "text/csv, */*;q=0.5")
                .header("User-Agent", "carbon-neutrality-suite registry connector").GET().build();
        CompletableFuture<HttpResponse<byte[]>> answer = http.sendAsync(request, info -> new Capped(info.statusCode()));
        HttpResponse<byte[]> response;
        try {
            response = answer.get(ANSWER.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw unavailable(registry, url, "no complete answer within " + ANSWER.toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable(registry, url, "interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof TooLarge) {
                throw new ProblemException(422, "invalid-registry-export", "Registry export not understood",
                        registry.title() + " export from " + url + " is larger than " + MAX_BYTES + " bytes; nothing was "
                                + "imported and the records imported before are kept",
                        List.of(new Problem.Violation("$", "larger than " + MAX_BYTES + " bytes")), null);
            }
            throw unavailable(registry, url, cause(cause));
        }
        if (response.statusCode() / 100 != 2) {
            throw unavailable(registry, url, "it answered HTTP " + response.statusCode());
        }
        return response.body();
    }

    static ProblemException unavailable(Registry registry, URI url, String cause) {
        return new ProblemException(502, "registry-unavailable", "Registry unavailable", registry.name() + " ("
                + registry.title() + "): the export at " + url + " could not be fetched: " + cause
                + "; the records imported before are kept", null, null);
    }

    private static String cause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return "connection refused (nothing listens at that address, or the registry is down)";
            }
            if (t instanceof HttpTimeoutException) {
                return "no answer within " + CONNECT.toSeconds() + " s (connect) / " + ANSWER.toSeconds() + " s";
            }
            if (t instanceof UnresolvedAddressException || t instanceof java.net.UnknownHostException) {
                return "the host name does not resolve";
            }
        }
        return e instanceof IOException && e.getMessage() != null ? "connection failed: " + e.getMessage()
                : "connection failed (" + e.getClass().getSimpleName() + ")";
    }

    /** The answer was larger than the cap. */
    static final class TooLarge extends IOException {
        TooLarge() {
            super("larger than " + MAX_BYTES + " bytes", null);
        }
    }

    /** Collects the body up to {@link #MAX_BYTES} (of an error answer: nothing), failing as soon as it is exceeded. */
    private static final class Capped implements HttpResponse.BodySubscriber<byte[]> {

        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private final boolean keep;
        private Flow.Subscription subscription;

        Capped(int status) {
            this.keep = status / 100 == 2;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            if (!keep || result.isDone()) {
                return;
            }
            for (ByteBuffer b : buffers) {
                if (body.size() + b.remaining() > MAX_BYTES) {
                    subscription.cancel();
                    result.completeExceptionally(new TooLarge());
                    return;
                }
                byte[] bytes = new byte[b.remaining()];
                b.get(bytes);
                body.writeBytes(bytes);
            }
        }

        @Override
        public void onError(Throwable e) {
            result.completeExceptionally(e);
        }

        @Override
        public void onComplete() {
            result.complete(body.toByteArray());
        }
    }
}

package se.oroshub.system.flow;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A system or staff member calling a connector with a bearer token of the development issuer, as one of the clients
 * {@link WholeFlowSystem} starts the issuer with.
 *
 * @param baseUrl the connector
 * @param tokens  current access tokens for the connector (client credentials)
 */
record SignedIn(URI baseUrl, Supplier<Optional<String>> tokens) {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    HttpResponse<String> get(String path, String accept) {
        return send(request(path, accept).GET());
    }

    HttpResponse<String> post(String path, String contentType, String accept, String body) {
        return send(request(path, accept)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    private HttpRequest.Builder request(String path, String accept) {
        return HttpRequest.newBuilder(baseUrl.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", accept)
                .header("Authorization", "Bearer " + tokens.get().orElseThrow());
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("the connector did not answer: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while calling the connector", e);
        }
    }
}

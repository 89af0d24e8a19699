package dev.frontline.channels.messaging;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The HTTP client the providers share: bounded timeouts, JSON answers, failures as {@link MessageProvider.ProviderException}. */
@Component
public class ProviderHttp {

    /**
     * A provider's answer other than 2xx: its status, its JSON ({@code null} if it is not JSON), its text
     * (abbreviated) and how long it asked us to wait ({@code Retry-After}, seconds or an HTTP date), if it did.
     */
    public record Refusal(int status, @Nullable JsonNode body, String text, @Nullable Duration retryAfter) {
    }

    private final HttpClient client;
    private final Duration timeout;
    private final JsonMapper json;
    private final Clock clock;

    ProviderHttp(JsonMapper json, Clock clock, @Value("${frontline.messaging.timeout:PT20S}") Duration timeout) {
        this.json = json;
        this.clock = clock;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /**
     * Sends the request and returns the answer's JSON if it is a 2xx; {@code errorDetail} picks the provider's
     * error text, and the status alone decides whether it is worth trying again (429 and 5xx).
     */
    public JsonNode exchange(HttpRequest.Builder request, Function<JsonNode, String> errorDetail)
            throws MessageProvider.ProviderException {
        return send(request, refusal -> MessageProvider.ProviderException.ofStatus(refusal.status(),
                refusal.body() == null ? refusal.text() : errorDetail.apply(refusal.body()), refusal.retryAfter()));
    }

    /** Sends the request and returns the answer's JSON if it is a 2xx; {@code refusals} says what any other answer means. */
    public JsonNode send(HttpRequest.Builder request, Function<Refusal, MessageProvider.ProviderException> refusals)
            throws MessageProvider.ProviderException {
        HttpResponse<String> response;
        try {
            response = client.send(request.timeout(timeout).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new MessageProvider.ProviderException(e.getClass().getSimpleName() + ": " + e.getMessage(), true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MessageProvider.ProviderException("Interrupted", true);
        }
        @Nullable JsonNode body = parse(response.body());
        if (response.statusCode() / 100 != 2) {
            throw refusals.apply(new Refusal(response.statusCode(), body, abbreviate(response.body()),
                    response.headers().firstValue("Retry-After").map(this::retryAfter).orElse(null)));
        }
        if (body == null) {
            throw new MessageProvider.ProviderException("The provider's answer is not JSON: " + abbreviate(response.body()), true);
        }
        return body;
    }

    public byte[] download(URI uri, String authorization) throws MessageProvider.ProviderException {
        return download(HttpRequest.newBuilder(uri).header("Authorization", authorization));
    }

    /** Downloads from a URL that is its own credential (Meta's signed CDN links of Messenger attachments). */
    public byte[] download(URI uri) throws MessageProvider.ProviderException {
        return download(HttpRequest.newBuilder(uri));
    }

    private byte[] download(HttpRequest.Builder request) throws MessageProvider.ProviderException {
        try {
            HttpResponse<byte[]> response = client.send(request.timeout(timeout).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() / 100 != 2) {
                throw MessageProvider.ProviderException.ofStatus(response.statusCode(), "media download");
            }
            return response.body();
        } catch (IOException e) {
            throw new MessageProvider.ProviderException(e.getClass().getSimpleName() + ": " + e.getMessage(), true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MessageProvider.ProviderException("Interrupted", true);
        }
    }

    private @Nullable Duration retryAfter(String value) {
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value.strip())));
        } catch (NumberFormatException notSeconds) {
            try {
                Duration wait = Duration.between(clock.instant(),
                        ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
                return wait.isNegative() ? Duration.ZERO : wait;
            } catch (DateTimeParseException neither) {
                return null;
            }
        }
    }

    private @Nullable JsonNode parse(String body) {
        try {
            return body.isBlank() ? null : json.readTree(body);
        } catch (RuntimeException notJson) {
            return null;
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}

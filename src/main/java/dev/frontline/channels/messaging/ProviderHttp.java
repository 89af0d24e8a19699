package dev.frontline.channels.messaging;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The HTTP client the providers share: bounded timeouts, JSON answers, failures as {@link MessageProvider.ProviderException}. */
@Component
public class ProviderHttp {

    private final HttpClient client;
    private final Duration timeout;
    private final JsonMapper json;

    ProviderHttp(JsonMapper json, @Value("${frontline.messaging.timeout:PT20S}") Duration timeout) {
        this.json = json;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Sends the request and returns the answer's JSON if it is a 2xx; {@code errorDetail} picks the provider's error text. */
    public JsonNode exchange(HttpRequest.Builder request, java.util.function.Function<JsonNode, String> errorDetail)
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
            String detail = body == null ? abbreviate(response.body()) : errorDetail.apply(body);
            throw MessageProvider.ProviderException.ofStatus(response.statusCode(), detail);
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

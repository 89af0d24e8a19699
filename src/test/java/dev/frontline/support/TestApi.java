package dev.frontline.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A real HTTP client against the running application, speaking JSON with a bearer token. */
public final class TestApi {

    public record Response(int status, Map<String, String> headers, String body) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return headers.get(name.toLowerCase());
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String baseUrl;
    private final @Nullable String token;
    private final Map<String, String> extraHeaders;

    public TestApi(String baseUrl, @Nullable String token) {
        this(baseUrl, token, Map.of());
    }

    private TestApi(String baseUrl, @Nullable String token, Map<String, String> extraHeaders) {
        this.baseUrl = baseUrl;
        this.token = token;
        this.extraHeaders = extraHeaders;
    }

    /** The bearer token, for scripts outside the JVM (browser tests) that call the API as this account. */
    public @Nullable String token() {
        return token;
    }

    public TestApi withHeader(String name, String value) {
        Map<String, String> headers = new LinkedHashMap<>(extraHeaders);
        headers.put(name, value);
        return new TestApi(baseUrl, token, headers);
    }

    public Response get(String path) {
        return send("GET", path, null, "application/json");
    }

    public Response getAccepting(String path, String accept) {
        return withHeader("Accept", accept).get(path);
    }

    public Response post(String path, Object body) {
        return send("POST", path, body instanceof String raw ? raw : JSON.writeValueAsString(body), "application/json");
    }

    public Response patch(String path, Object body) {
        return send("PATCH", path, JSON.writeValueAsString(body), "application/json");
    }

    public Response put(String path, Object body) {
        return send("PUT", path, JSON.writeValueAsString(body), "application/json");
    }

    public Response delete(String path) {
        return send("DELETE", path, null, "application/json");
    }

    public Response send(String method, String path, @Nullable String body, String contentType) {
        return sendBytes(method, path, body == null ? null : body.getBytes(java.nio.charset.StandardCharsets.UTF_8), contentType);
    }

    /** A request whose body is these exact bytes, e.g. a raw email in a legacy charset. */
    public Response sendBytes(String method, String path, byte @Nullable [] body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Accept", extraHeaders.getOrDefault("Accept", "application/json, application/problem+json"));
        if (body != null) {
            request.header("Content-Type", contentType);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        extraHeaders.forEach((name, value) -> {
            if (!name.equals("Accept")) {
                request.header(name, value);
            }
        });
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            Map<String, String> headers = new LinkedHashMap<>();
            response.headers().map().forEach((name, values) -> headers.put(name.toLowerCase(), String.join(",", values)));
            return new Response(response.statusCode(), headers, response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static JsonMapper json() {
        return JSON;
    }
}

package dev.frontline.support;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A browser-like client: keeps cookies, echoes the XSRF-TOKEN cookie as a header, and may present itself as
 * coming from an address through {@code X-Forwarded-For} (believed because tests trust the loopback proxy).
 */
public final class SessionClient {

    private final String baseUrl;
    private final @Nullable String forwardedFor;
    private final String userAgent;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();

    public SessionClient(String baseUrl) {
        this(baseUrl, null, "SessionClient");
    }

    public SessionClient(String baseUrl, @Nullable String forwardedFor, String userAgent) {
        this.baseUrl = baseUrl;
        this.forwardedFor = forwardedFor;
        this.userAgent = userAgent;
    }

    public HttpResponse<String> send(String method, String path, @Nullable String json, boolean withCsrf) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json")
                .header("User-Agent", userAgent);
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        if (withCsrf) {
            cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                    .map(HttpCookie::getValue).findFirst().ifPresent(token -> request.header("X-XSRF-TOKEN", token));
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> get(String path) {
        return send("GET", path, null, false);
    }

    /** A state-changing request with the CSRF token, as the web UI sends it. */
    public HttpResponse<String> send(String method, String path, Map<String, ?> body) {
        return send(method, path, body == null ? null : TestApi.json().writeValueAsString(new LinkedHashMap<>(body)), true);
    }

    /** Opens the live event stream of this session; the future completes when the server ends the stream. */
    public java.util.concurrent.CompletableFuture<Void> openEventStream() {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/events/stream"))
                .header("Accept", "text/event-stream").header("User-Agent", userAgent).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                .thenAccept(response -> response.body().forEach(line -> { }));
    }

    public HttpResponse<String> login(String email, String password) {
        send("GET", "/api/v1/auth/csrf", null, false);
        return send("POST", "/api/v1/auth/login", Map.of("email", email, "password", password));
    }
}

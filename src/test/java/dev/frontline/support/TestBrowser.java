package dev.frontline.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** A browser-like client: keeps cookies and echoes the XSRF-TOKEN cookie as the X-XSRF-TOKEN header. */
public final class TestBrowser {

    private final String baseUrl;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    public TestBrowser(String baseUrl) {
        this.baseUrl = baseUrl;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).build();
    }

    public HttpResponse<String> send(String method, String path, @Nullable String json, boolean withCsrf) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json");
        if (withCsrf) {
            cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                    .map(HttpCookie::getValue).findFirst().ifPresent(token -> request.header("X-XSRF-TOKEN", token));
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends JSON with the CSRF token, as the web UI does for every change. */
    public HttpResponse<String> send(String method, String path, Object body) {
        return send(method, path, body instanceof String raw ? raw : TestApi.json().writeValueAsString(body), true);
    }

    public HttpResponse<String> get(String path) {
        return send("GET", path, null, false);
    }

    public HttpResponse<String> login(String email, String password) {
        send("GET", "/api/v1/auth/csrf", null, false);
        return send("POST", "/api/v1/auth/login", Map.of("email", email, "password", password));
    }

    public HttpResponse<String> logout() {
        return send("POST", "/api/v1/auth/logout", null, true);
    }

    public static JsonNode json(HttpResponse<String> response) {
        return TestApi.json().readTree(response.body());
    }
}

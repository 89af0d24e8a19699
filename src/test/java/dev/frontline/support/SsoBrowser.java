package dev.frontline.support;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A browser for single sign-on tests, at the HTTP level: keeps the cookies of Frontline and of the provider
 * (different hosts), follows the provider's redirects and fills in its login form, and stops at the redirect
 * back to Frontline so a test can look at (or tamper with) the answer before it is delivered.
 */
public final class SsoBrowser {

    private final String frontline;
    /** A client address of its own (believed from the loopback proxy in tests), so throttling of one test's failures spares the others. */
    private final String address = "10.77." + java.util.concurrent.ThreadLocalRandom.current().nextInt(256) + "."
            + java.util.concurrent.ThreadLocalRandom.current().nextInt(1, 255);
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    public SsoBrowser(String frontline) {
        this.frontline = frontline;
    }

    public String address() {
        return address;
    }

    /** Asks Frontline to start a single sign-on for {@code email}: the answer holds the provider's address. */
    public HttpResponse<String> start(String email) {
        get(frontline + "/api/v1/auth/csrf");
        String token = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().orElseThrow();
        return send(HttpRequest.newBuilder(URI.create(frontline + "/api/v1/auth/sso/start"))
                .header("Content-Type", "application/json").header("X-XSRF-TOKEN", token)
                .POST(HttpRequest.BodyPublishers.ofString(TestApi.json().writeValueAsString(Map.of("email", email)))));
    }

    /**
     * Goes to the provider's address, signs in on its form as {@code username}, and answers the address the
     * provider then sends the browser to (Frontline's callback with the code and state), without going there.
     */
    public String signInAtProvider(String authorizationUrl, String username, String password) {
        String location = authorizationUrl;
        boolean formSent = false;
        for (int hop = 0; hop < 10; hop++) {
            if (location.startsWith(frontline)) {
                return location;
            }
            HttpResponse<String> page = get(location);
            if (page.statusCode() == 200 && page.body().contains("name=\"password\"") && !formSent) {
                Document form = Jsoup.parse(page.body(), location);
                String action = form.selectFirst("form").absUrl("action");
                String csrf = form.selectFirst("input[name=_csrf]").val();
                page = send(HttpRequest.newBuilder(URI.create(action))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(username) + "&password="
                                + encode(password) + "&_csrf=" + encode(csrf))));
                formSent = true;
            }
            HttpResponse<String> answer = page;
            location = answer.headers().firstValue("Location")
                    .map(next -> answer.uri().resolve(next).toString())
                    .orElseThrow(() -> new AssertionError("The provider answered " + answer.statusCode() + ": " + answer.body()));
        }
        throw new AssertionError("Too many redirects at the provider");
    }

    /** Delivers the provider's answer to Frontline: a redirect into the app, or to the sign-in page with a reason. */
    public HttpResponse<String> deliver(String callbackUrl) {
        return get(callbackUrl);
    }

    public HttpResponse<String> get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url.startsWith("/") ? frontline + url : url)).GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.header("User-Agent", "SsoBrowser").header("X-Forwarded-For", address).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

package dev.frontline.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/** Writes problem+json from servlet filters, which run outside Spring MVC's exception handling. */
public final class ProblemResponses {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemResponses() {
    }

    public static void write(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(body(status.value(), detail));
    }

    /** The problem+json document for a status (also one Spring does not name) with this detail. */
    static String body(int status, String detail) {
        HttpStatus known = HttpStatus.resolve(status);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", known == null ? "Error" : known.getReasonPhrase());
        problem.put("status", status);
        problem.put("detail", detail);
        return JSON.writeValueAsString(problem);
    }

    /**
     * What to tell a client about a failure that reached the container's or the error page's generic
     * handling, by status only: such failures carry no message meant for clients (and may carry internals).
     */
    static String detailFor(int status) {
        return switch (status) {
            case 400 -> "The request cannot be read: its address, headers or body are malformed.";
            case 401 -> "Sign in or send an API token.";
            case 403 -> "Access denied.";
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not accept this method.";
            case 406 -> "This address cannot answer in the requested media type.";
            case 408 -> "The request took too long to arrive.";
            case 413 -> "The request is too large.";
            case 414 -> "The request address is too long.";
            case 415 -> "This address does not accept this content type.";
            case 431 -> "The request headers are too large.";
            case 429 -> "Too many requests; try again later.";
            case 503 -> "The service is unavailable; try again later.";
            default -> status >= 500 ? "The server failed to answer this request." : "The request cannot be served.";
        };
    }
}

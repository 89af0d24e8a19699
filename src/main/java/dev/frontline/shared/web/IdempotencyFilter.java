package dev.frontline.shared.web;

import dev.frontline.shared.Caller;
import dev.frontline.shared.Digests;
import dev.frontline.shared.Timestamps;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ReadListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Honours {@code Idempotency-Key} on the POSTs that create conversations and messages: the first
 * request claims the key, a replay gets the stored response, the same key with another body is
 * refused (422) and a replay racing the original gets 409. Keys are per caller and kept for
 * {@code frontline.api.idempotency-retention}.
 */
public class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    private static final int IN_PROGRESS = 0;
    private static final Pattern GUARDED_PATHS = Pattern.compile(
            "^/api/v1/(conversations|conversations/[^/]+/(messages|notes)|inboxes/[^/]+/inbound(/batch)?)$");

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration retention;

    public IdempotencyFilter(JdbcClient jdbc, Clock clock, Duration retention) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.retention = retention;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null
                || !GUARDED_PATHS.matcher(request.getRequestURI()).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof Caller caller)) {
            chain.doFilter(request, response);
            return;
        }
        String key = request.getHeader(HEADER);
        if (key.isBlank() || key.length() > 200) {
            ProblemResponses.write(response, HttpStatus.BAD_REQUEST, "Idempotency-Key must have 1 to 200 characters.");
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        String requestHash = Digests.sha256Hex(
                (request.getMethod() + " " + request.getRequestURI() + "\n").getBytes(StandardCharsets.UTF_8), body);

        if (!claim(caller, key, requestHash)) {
            replay(caller, key, requestHash, response);
            return;
        }
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        boolean stored = false;
        try {
            chain.doFilter(new ReplayableRequest(request, body), recorded);
            if (recorded.getStatus() < 500) {
                jdbc.sql("""
                        update idempotency_keys set status = ?, content_type = ?, response_body = ?
                        where workspace_id = ? and principal_id = ? and idem_key = ?""")
                        .params(recorded.getStatus(), recorded.getContentType(),
                                new String(recorded.getContentAsByteArray(), StandardCharsets.UTF_8),
                                caller.workspaceId().value(), caller.userId().value(), key)
                        .update();
                stored = true;
            }
        } finally {
            if (!stored) {
                release(caller, key);
            }
            recorded.copyBodyToResponse();
        }
    }

    private boolean claim(Caller caller, String key, String requestHash) {
        try {
            jdbc.sql("""
                    insert into idempotency_keys (workspace_id, principal_id, idem_key, request_hash, status, created_at)
                    values (?, ?, ?, ?, ?, ?)""")
                    .params(caller.workspaceId().value(), caller.userId().value(), key, requestHash, IN_PROGRESS,
                            Timestamps.sql(clock.instant()))
                    .update();
            return true;
        } catch (DuplicateKeyException alreadyClaimed) {
            return false;
        }
    }

    private void replay(Caller caller, String key, String requestHash, HttpServletResponse response)
            throws IOException {
        Optional<StoredResponse> stored = jdbc.sql("""
                select request_hash, status, content_type, response_body from idempotency_keys
                where workspace_id = ? and principal_id = ? and idem_key = ?""")
                .params(caller.workspaceId().value(), caller.userId().value(), key)
                .query((rs, n) -> new StoredResponse(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4)))
                .optional();
        if (stored.isEmpty()) {
            ProblemResponses.write(response, HttpStatus.CONFLICT, "A request with this Idempotency-Key just failed; retry it.");
        } else if (!stored.get().requestHash().equals(requestHash)) {
            ProblemResponses.write(response, HttpStatus.UNPROCESSABLE_CONTENT,
                    "This Idempotency-Key was already used with a different request.");
        } else if (stored.get().status() == IN_PROGRESS) {
            ProblemResponses.write(response, HttpStatus.CONFLICT,
                    "A request with this Idempotency-Key is still in progress.");
        } else {
            response.setStatus(stored.get().status());
            response.setHeader("Idempotent-Replayed", "true");
            if (stored.get().contentType() != null) {
                response.setContentType(stored.get().contentType());
            }
            response.getOutputStream().write(stored.get().body().getBytes(StandardCharsets.UTF_8));
        }
    }

    private void release(Caller caller, String key) {
        jdbc.sql("delete from idempotency_keys where workspace_id = ? and principal_id = ? and idem_key = ? and status = ?")
                .params(caller.workspaceId().value(), caller.userId().value(), key, IN_PROGRESS)
                .update();
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
    public void forgetExpiredKeys() {
        jdbc.sql("delete from idempotency_keys where created_at < ?")
                .param(Timestamps.sql(clock.instant().minus(retention)))
                .update();
    }

    private record StoredResponse(String requestHash, int status, String contentType, String body) {
    }

    /** The body was read to hash it; hand the controller a fresh copy. */
    private static final class ReplayableRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        ReplayableRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}

package dev.frontline.webui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a GET of a path the UI's router owns with {@code index.html}: any path outside the API,
 * actuator, Swagger UI, the providers' webhooks ({@code /webhooks/**}) and the hosted chat page
 * ({@code /chat/<inbox>}) and the public help center ({@code /help/**}) whose last segment has no file extension ({@code /inbox/123}, not
 * {@code /assets/app.js}). Static files and {@code /} are left to Spring's resource handling. Runs after
 * Spring Security, so the response carries the same security headers as every other.
 */
@Component
class SinglePageRoutes extends OncePerRequestFilter {

    private static final List<String> SERVER_PATHS = List.of("/api", "/actuator", "/error", "/swagger-ui", "/v3", "/chat", "/help",
            "/webhooks", "/webjars");

    private final @Nullable Resource index;

    SinglePageRoutes(WebProperties web, ResourceLoader resources) {
        this.index = Arrays.stream(web.getResources().getStaticLocations())
                .map(location -> resources.getResource(location + (location.endsWith("/") ? "" : "/") + "index.html"))
                .filter(Resource::isReadable)
                .findFirst()
                .orElse(null);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (index == null || !(request.getMethod().equals("GET") || request.getMethod().equals("HEAD"))) {
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String lastSegment = path.substring(path.lastIndexOf('/') + 1);
        return path.equals("/") || lastSegment.contains(".")
                || SERVER_PATHS.stream().anyMatch(server -> path.equals(server) || path.startsWith(server + "/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
        // The page names hashed asset files, so it must be revalidated to pick up a new release.
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
        if (request.getMethod().equals("HEAD")) {
            return;
        }
        try (InputStream page = index.getInputStream()) {
            page.transferTo(response.getOutputStream());
        }
    }
}

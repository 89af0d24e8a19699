package dev.frontline.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Spring MVC's handler mapping that skips, before evaluating their conditions, the mappings that cannot match because
 * their path begins with another literal segment than the request's.
 *
 * <p>Spring finds the handler of a path with a variable ({@code /webhooks/sms/{inbox}},
 * {@code /api/v1/conversations/{id}}) by evaluating every one of the application's ~300 mappings against the request:
 * method, headers, media types, then the pattern. Under webhook load that was an eighth of the application's CPU. A
 * mapping whose patterns all start with a literal segment ({@code webhooks}, {@code api}) other than the request's
 * first segment is now rejected by one set lookup; every other mapping, and the choice among those that match, goes
 * through Spring's own code unchanged.
 */
class FirstSegmentHandlerMapping extends RequestMappingHandlerMapping {

    /** The lookup under way on this thread: its path's first segment, or null when it cannot be compared literally. */
    private static final ThreadLocal<@Nullable String> requestFirstSegment = new ThreadLocal<>();

    /** A mapping's possible first segments; the empty set means any (a variable, a wildcard, an empty pattern). */
    private final Map<RequestMappingInfo, Set<String>> firstSegments = new ConcurrentHashMap<>();

    @Override
    protected @Nullable HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request)
            throws Exception {
        requestFirstSegment.set(literalFirstSegment(lookupPath));
        try {
            return super.lookupHandlerMethod(lookupPath, request);
        } finally {
            requestFirstSegment.remove();
        }
    }

    @Override
    protected @Nullable RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
        String segment = requestFirstSegment.get();
        if (segment != null) {
            Set<String> possible = firstSegments.computeIfAbsent(info, this::possibleFirstSegments);
            if (!possible.isEmpty() && !possible.contains(segment)) {
                return null;
            }
        }
        return super.getMatchingMapping(info, request);
    }

    private Set<String> possibleFirstSegments(RequestMappingInfo info) {
        PathPatternsRequestCondition condition = info.getPathPatternsCondition();
        if (condition == null || getPatternParser() == null || !getPatternParser().isCaseSensitive()) {
            return Set.of();
        }
        Set<String> segments = new HashSet<>();
        for (PathPattern pattern : condition.getPatterns()) {
            String segment = literalFirstSegment(pattern.getPatternString());
            if (segment == null || segment.isEmpty() || segment.chars().anyMatch(c -> "{}*?".indexOf(c) >= 0)) {
                return Set.of();
            }
            segments.add(segment);
        }
        return Set.copyOf(segments);
    }

    /** The first segment of an absolute path, or null when it is encoded or not absolute (Spring decides those). */
    static @Nullable String literalFirstSegment(String path) {
        if (!path.startsWith("/")) {
            return null;
        }
        int end = path.indexOf('/', 1);
        String segment = end < 0 ? path.substring(1) : path.substring(1, end);
        return segment.indexOf('%') >= 0 || segment.indexOf(';') >= 0 ? null : segment;
    }
}

package dev.frontline.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Spring MVC's handler mapping, with the mappings indexed by the literal segments their paths begin with.
 *
 * <p>Spring finds the handler of a path with a variable ({@code /webhooks/sms/{inbox}},
 * {@code /api/v1/conversations/{id}}) by evaluating every one of the application's ~320 mappings against the request:
 * method, headers, media types, pattern. Under webhook load that was an eighth of the application's CPU. Here a
 * request is evaluated only against the mappings whose leading literal segments ({@code webhooks/sms} for the first)
 * begin its path, and those that may match any path; the best of those that match is chosen as Spring chooses it.
 * Whatever Spring explains or decides in its own way (no match: 404, 405, 415; an ambiguous match; a CORS
 * pre-flight request; an encoded path) goes through Spring's lookup unchanged.
 */
class LiteralPrefixHandlerMapping extends RequestMappingHandlerMapping {

    private record Candidate(List<List<String>> prefixes, RequestMappingInfo mapping, HandlerMethod handler) {
    }

    private record Match(RequestMappingInfo mapping, HandlerMethod handler) {
    }

    /** The mappings by the first literal segment of their patterns, and those that may match any path. */
    private record Index(Map<String, List<Candidate>> byFirstSegment, List<Candidate> anyPath) {
    }

    private volatile @Nullable Index index;

    @Override
    protected void registerHandlerMethod(Object handler, Method method, RequestMappingInfo mapping) {
        super.registerHandlerMethod(handler, method, mapping);
        forgetIndex();
    }

    @Override
    public void registerMapping(RequestMappingInfo mapping, Object handler, Method method) {
        super.registerMapping(mapping, handler, method);
        forgetIndex();
    }

    @Override
    public void unregisterMapping(RequestMappingInfo mapping) {
        super.unregisterMapping(mapping);
        forgetIndex();
    }

    @Override
    protected @Nullable HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request)
            throws Exception {
        String[] segments = segments(lookupPath);
        if (segments == null || CorsUtils.isPreFlightRequest(request)) {
            return super.lookupHandlerMethod(lookupPath, request);
        }
        List<Match> matches = new ArrayList<>(2);
        Index current = index();
        for (Candidate candidate : current.byFirstSegment().getOrDefault(segments[0], List.of())) {
            if (candidate.prefixes().stream().anyMatch(prefix -> begins(segments, prefix))) {
                addIfMatching(candidate, request, matches);
            }
        }
        for (Candidate candidate : current.anyPath()) {
            addIfMatching(candidate, request, matches);
        }
        if (matches.isEmpty()) {
            return super.lookupHandlerMethod(lookupPath, request);
        }
        if (matches.size() > 1) {
            Comparator<RequestMappingInfo> order = getMappingComparator(request);
            matches.sort((a, b) -> order.compare(a.mapping(), b.mapping()));
            if (order.compare(matches.get(0).mapping(), matches.get(1).mapping()) == 0) {
                return super.lookupHandlerMethod(lookupPath, request);
            }
        }
        Match best = matches.getFirst();
        request.setAttribute(BEST_MATCHING_HANDLER_ATTRIBUTE, best.handler());
        handleMatch(best.mapping(), lookupPath, request);
        return best.handler();
    }

    /** Spring's own choice, against which a test checks this mapping's for every registered mapping. */
    @Nullable HandlerMethod lookupAsSpringDoes(String lookupPath, HttpServletRequest request) throws Exception {
        return super.lookupHandlerMethod(lookupPath, request);
    }

    private void addIfMatching(Candidate candidate, HttpServletRequest request, List<Match> matches) {
        RequestMappingInfo matching = getMatchingMapping(candidate.mapping(), request);
        if (matching != null) {
            matches.add(new Match(matching, candidate.handler()));
        }
    }

    /** Built on the first lookup after mappings changed; a change during a build makes the next lookup build again. */
    private Index index() {
        Index current = index;
        if (current == null) {
            synchronized (this) {
                current = index;
                if (current == null) {
                    current = buildIndex();
                    index = current;
                }
            }
        }
        return current;
    }

    private synchronized void forgetIndex() {
        index = null;
    }

    private Index buildIndex() {
        Map<String, List<Candidate>> byFirstSegment = new HashMap<>();
        List<Candidate> anyPath = new ArrayList<>();
        boolean literal = getPatternParser() != null && getPatternParser().isCaseSensitive();
        getHandlerMethods().forEach((mapping, handler) -> {
            List<List<String>> prefixes = literal ? literalPrefixes(mapping) : null;
            if (prefixes == null || prefixes.stream().map(List::getFirst).distinct().count() != 1) {
                anyPath.add(new Candidate(List.of(), mapping, handler));
            } else {
                byFirstSegment.computeIfAbsent(prefixes.getFirst().getFirst(), segment -> new ArrayList<>())
                        .add(new Candidate(prefixes, mapping, handler));
            }
        });
        return new Index(byFirstSegment, anyPath);
    }

    /** One literal prefix per pattern, or null when one of the patterns may match any path. */
    private static @Nullable List<List<String>> literalPrefixes(RequestMappingInfo mapping) {
        PathPatternsRequestCondition condition = mapping.getPathPatternsCondition();
        if (condition == null) {
            return null;
        }
        List<List<String>> prefixes = new ArrayList<>();
        for (PathPattern pattern : condition.getPatterns()) {
            List<String> prefix = literalPrefix(pattern.getPatternString());
            if (prefix.isEmpty()) {
                return null;
            }
            prefixes.add(prefix);
        }
        return prefixes.isEmpty() ? null : prefixes;
    }

    /** The pattern's segments up to the first one with a variable or wildcard. */
    static List<String> literalPrefix(String pattern) {
        if (!pattern.startsWith("/")) {
            return List.of();
        }
        List<String> prefix = new ArrayList<>();
        for (String segment : pattern.substring(1).split("/", -1)) {
            if (segment.isEmpty() || segment.chars().anyMatch(c -> "{}*?".indexOf(c) >= 0)) {
                break;
            }
            prefix.add(segment);
        }
        return prefix;
    }

    /** The path's segments, or null when it is encoded or not absolute (Spring decides those alone). */
    static String @Nullable [] segments(String path) {
        if (!path.startsWith("/") || path.indexOf('%') >= 0 || path.indexOf(';') >= 0) {
            return null;
        }
        return path.substring(1).split("/", -1);
    }

    static boolean begins(String[] segments, List<String> prefix) {
        if (prefix.size() > segments.length) {
            return false;
        }
        for (int i = 0; i < prefix.size(); i++) {
            if (!prefix.get(i).equals(segments[i])) {
                return false;
            }
        }
        return true;
    }
}

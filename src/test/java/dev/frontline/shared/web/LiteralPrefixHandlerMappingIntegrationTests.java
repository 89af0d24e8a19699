package dev.frontline.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.NameValueExpression;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

/**
 * The application's handler mapping chooses, for a request to every one of its mappings (and for requests that match
 * none, or only by path), what Spring's own lookup chooses: the same handler, or the same refusal.
 */
@IntegrationTest
class LiteralPrefixHandlerMappingIntegrationTests {

    private static final Pattern VARIABLE = Pattern.compile("\\{\\*[^}]+}|\\{[^}]+}|\\*\\*|\\*");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    @Test
    void choosesWhatSpringChoosesForARequestToEveryMapping() throws Exception {
        assertThat(handlerMapping).isInstanceOf(LiteralPrefixHandlerMapping.class);
        LiteralPrefixHandlerMapping mapping = (LiteralPrefixHandlerMapping) handlerMapping;
        List<String> compared = new ArrayList<>();
        for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
            for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
                String path = samplePath(pattern);
                if (path == null) {
                    continue;
                }
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    assertSameChoice(mapping, () -> request(info, method.name(), path), method + " " + path);
                    compared.add(method + " " + path);
                }
            }
        }
        assertThat(compared).hasSizeGreaterThan(250);
    }

    @Test
    void refusesWhatSpringRefuses() throws Exception {
        LiteralPrefixHandlerMapping mapping = (LiteralPrefixHandlerMapping) handlerMapping;
        for (String path : List.of("/api/v1/no-such-resource", "/webhooks/sms", "/webhooks/nowhere/1",
                "/api/v1/conversations/0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b/no-such-action")) {
            assertSameChoice(mapping, () -> bare("GET", path), "GET " + path);
        }
        // Right path, wrong method (405) or body type (415).
        assertSameChoice(mapping, () -> bare("DELETE", "/webhooks/sms/0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"), "DELETE sms");
        assertSameChoice(mapping, () -> {
            MockHttpServletRequest request = bare("POST", "/webhooks/sms/0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b");
            request.setContentType(MediaType.APPLICATION_JSON_VALUE);
            return request;
        }, "POST sms as JSON");
    }

    private interface RequestFactory {
        MockHttpServletRequest create();
    }

    private static void assertSameChoice(LiteralPrefixHandlerMapping mapping, RequestFactory requests, String what)
            throws Exception {
        MockHttpServletRequest ours = requests.create();
        MockHttpServletRequest springs = requests.create();
        Object chosen = outcome(() -> mapping.lookupHandlerMethod(ours.getRequestURI(), ours));
        Object expected = outcome(() -> mapping.lookupAsSpringDoes(springs.getRequestURI(), springs));
        assertThat(chosen).as(what).isEqualTo(expected);
    }

    private interface Lookup {
        @Nullable HandlerMethod find() throws Exception;
    }

    /** The handler's method, or the kind of refusal. */
    private static Object outcome(Lookup lookup) {
        try {
            HandlerMethod handler = lookup.find();
            return handler == null ? "no handler" : handler.getMethod();
        } catch (Exception refused) {
            return refused.getClass();
        }
    }

    /** A path the pattern matches, its variables and wildcards filled in; null when no simple value fits. */
    private static @Nullable String samplePath(PathPattern pattern) {
        Matcher variables = VARIABLE.matcher(pattern.getPatternString());
        StringBuilder path = new StringBuilder();
        while (variables.find()) {
            String variable = variables.group();
            variables.appendReplacement(path, variable.startsWith("{*") || variable.equals("**") ? "x/y"
                    : variable.equals("*") ? "x" : "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b");
        }
        variables.appendTail(path);
        return pattern.matches(PathContainer.parsePath(path.toString())) ? path.toString() : null;
    }

    /** A request that meets the mapping's conditions: its body type, what it produces, its parameters and headers. */
    private static MockHttpServletRequest request(RequestMappingInfo info, String method, String path) {
        MockHttpServletRequest request = bare(method, path);
        info.getConsumesCondition().getConsumableMediaTypes().stream().findFirst()
                .ifPresent(type -> request.setContentType(type.toString()));
        info.getProducesCondition().getProducibleMediaTypes().stream().findFirst()
                .ifPresent(type -> request.addHeader("Accept", type.toString()));
        for (NameValueExpression<String> parameter : info.getParamsCondition().getExpressions()) {
            if (!parameter.isNegated()) {
                request.addParameter(parameter.getName(), parameter.getValue() == null ? "1" : parameter.getValue());
            }
        }
        for (NameValueExpression<String> header : info.getHeadersCondition().getExpressions()) {
            if (!header.isNegated()) {
                request.addHeader(header.getName(), header.getValue() == null ? "1" : header.getValue());
            }
        }
        return request;
    }

    private static MockHttpServletRequest bare(String method, String path) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        ServletRequestPathUtils.parseAndCache(request);
        return request;
    }
}

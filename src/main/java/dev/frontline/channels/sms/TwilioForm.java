package dev.frontline.channels.sms;

import dev.frontline.shared.InvalidRequestException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The form-encoded parameters of a Twilio-style webhook (SMS status and messages, voice): the POST body's, which
 * Twilio signs ({@link TwilioSignature}), without those of the query string, which it signs as part of the URL
 * (the servlet API mixes both).
 */
public record TwilioForm(Map<String, List<String>> parameters) {

    public static TwilioForm of(HttpServletRequest request) {
        Set<String> query = request.getQueryString() == null ? Set.of()
                : UriComponentsBuilder.fromUriString("?" + request.getQueryString()).build().getQueryParams().keySet();
        return new TwilioForm(request.getParameterMap().entrySet().stream()
                .filter(parameter -> !query.contains(parameter.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, parameter -> Arrays.asList(parameter.getValue()),
                        (a, b) -> a, LinkedHashMap::new)));
    }

    public @Nullable String first(String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    /** @throws InvalidRequestException naming the parameter when it is missing or blank */
    public String required(String name) {
        String value = first(name);
        if (value == null || value.isBlank()) {
            throw new InvalidRequestException(name, "is required");
        }
        return value;
    }
}

package dev.frontline.channels.messaging;

import static org.awaitility.Awaitility.await;

import dev.frontline.support.TestApi;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/** What the SMS and WhatsApp tests share: the conversation a webhook opened, and waiting for a reply's receipt. */
public final class MessagingTestSupport {

    private MessagingTestSupport() {
    }

    public static String form(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    public static Map<String, List<String>> multi(Map<String, String> parameters) {
        Map<String, List<String>> multi = new LinkedHashMap<>();
        parameters.forEach((name, value) -> multi.put(name, List.of(value)));
        return multi;
    }

    public static JsonNode conversations(TestApi api, UUID inbox) {
        return api.get("/api/v1/conversations?inbox=" + inbox).json().get("items");
    }

    public static JsonNode messages(TestApi api, String conversation) {
        return api.get("/api/v1/conversations/" + conversation + "/messages").json();
    }

    public static JsonNode awaitDelivery(TestApi api, String conversation, String messageId, String status) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> {
            for (JsonNode message : messages(api, conversation)) {
                if (message.get("id").asString().equals(messageId)) {
                    return message;
                }
            }
            return null;
        }, message -> message != null && message.get("deliveryStatus").asString().equals(status));
    }
}

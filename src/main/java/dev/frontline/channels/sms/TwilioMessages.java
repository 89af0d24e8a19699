package dev.frontline.channels.sms;

import dev.frontline.channels.Channel;
import dev.frontline.channels.messaging.MessageProvider;
import dev.frontline.channels.messaging.MessagingSettings;
import dev.frontline.channels.messaging.OutgoingMessage;
import dev.frontline.channels.messaging.ProviderHttp;
import dev.frontline.channels.messaging.WebhookUrls;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Sends SMS replies through Twilio's Messages resource: {@code POST {apiBaseUrl}/2010-04-01/Accounts/{AccountSid}/Messages.json},
 * form-encoded {@code To, From, Body}, a {@code MediaUrl} per attachment (an MMS; Twilio fetches it from the
 * signed, expiring link), and {@code StatusCallback} when the public URL is known; HTTP Basic with the
 * account SID and auth token. The answer's {@code sid} is the message's id in later status callbacks.
 */
@Component
class TwilioMessages implements MessageProvider {

    private final MessagingSettings settings;
    private final ProviderHttp http;
    private final WebhookUrls urls;

    TwilioMessages(MessagingSettings settings, ProviderHttp http, WebhookUrls urls) {
        this.settings = settings;
        this.http = http;
        this.urls = urls;
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public String send(UUID inboxId, OutgoingMessage message) throws ProviderException {
        MessagingSettings.SmsAccount account = settings.sms(inboxId)
                .orElseThrow(() -> new ProviderException("The inbox is no longer a configured SMS inbox.", false));
        boolean noText = message.text() == null || message.text().isBlank();
        if (noText && message.media().isEmpty()) {
            throw new ProviderException("An SMS needs text.", false);
        }
        List<Map.Entry<String, String>> form = new ArrayList<>();
        form.add(Map.entry("To", message.to()));
        form.add(Map.entry("From", account.from()));
        if (!noText) {
            form.add(Map.entry("Body", message.text()));
        }
        message.media().forEach(media -> form.add(Map.entry("MediaUrl", media.url())));
        urls.smsStatusCallback(inboxId).ifPresent(callback -> form.add(Map.entry("StatusCallback", callback)));
        String credentials = Base64.getEncoder().encodeToString(
                (account.accountSid() + ":" + account.authToken()).getBytes(StandardCharsets.UTF_8));
        JsonNode answer = http.exchange(HttpRequest.newBuilder(URI.create(account.apiBaseUrl() + "/2010-04-01/Accounts/"
                                + URLEncoder.encode(account.accountSid(), StandardCharsets.UTF_8) + "/Messages.json"))
                        .header("Authorization", "Basic " + credentials)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(encode(form))),
                error -> error.path("code").asString("") + " " + error.path("message").asString(""));
        String sid = answer.path("sid").asString("");
        if (sid.isEmpty()) {
            throw new ProviderException("The provider's answer has no sid.", true);
        }
        return sid;
    }

    private static String encode(List<Map.Entry<String, String>> form) {
        return form.stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}

package dev.frontline.channels.sms;

import dev.frontline.channels.messaging.DeliveryReports;
import dev.frontline.channels.messaging.MessageProvider;
import dev.frontline.channels.messaging.MessagingInbound;
import dev.frontline.channels.messaging.MessagingNumbers;
import dev.frontline.channels.messaging.MessagingSettings;
import dev.frontline.channels.messaging.PhoneNumbers;
import dev.frontline.channels.messaging.ProviderHttp;
import dev.frontline.channels.messaging.WebhookUrls;
import dev.frontline.conversations.NewAttachment;
import dev.frontline.shared.ForbiddenException;
import dev.frontline.shared.InvalidRequestException;
import dev.frontline.shared.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Twilio's webhooks for an SMS inbox, form-encoded and signed with {@code X-Twilio-Signature}: incoming messages
 * ({@code /webhooks/sms/{inbox}}, answered with empty TwiML) and status callbacks
 * ({@code /webhooks/sms/{inbox}/status}). A request whose signature does not match is refused with 403 before
 * anything is read or stored. A message Twilio delivers again (same MessageSid) is stored once.
 */
@RestController
class SmsWebhookController {

    private static final Logger log = LoggerFactory.getLogger(SmsWebhookController.class);
    private static final byte[] EMPTY_TWIML =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response></Response>".getBytes(StandardCharsets.UTF_8);
    private static final int MAX_MEDIA = 10;

    private final MessagingSettings settings;
    private final MessagingInbound inbound;
    private final MessagingNumbers numbers;
    private final DeliveryReports reports;
    private final WebhookUrls urls;
    private final ProviderHttp http;
    private final Clock clock;

    SmsWebhookController(MessagingSettings settings, MessagingInbound inbound, MessagingNumbers numbers,
                         DeliveryReports reports, WebhookUrls urls, ProviderHttp http, Clock clock) {
        this.settings = settings;
        this.inbound = inbound;
        this.numbers = numbers;
        this.reports = reports;
        this.urls = urls;
        this.http = http;
        this.clock = clock;
    }

    @PostMapping(path = "/webhooks/sms/{inboxId}", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    void message(@PathVariable UUID inboxId, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        TwilioForm form = TwilioForm.of(request);
        MessagingSettings.SmsAccount account = verified(inboxId, request, form);
        String from = PhoneNumbers.e164(form.required("From"))
                .orElseThrow(() -> new InvalidRequestException("From", "is not a phone number"));
        String text = form.first("Body");
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("from", from);
        details.put("to", form.first("To"));
        inbound.receive(account.workspace(), inboxId, new MessagingInbound.Incoming(from, form.first("ProfileName"),
                form.required("MessageSid"), text == null || text.isEmpty() ? null : text, media(account, form),
                clock.instant(), Map.of("sms", details)));
        OptOutKeywords.of(text).ifPresent(intent ->
                numbers.optOut(inboxId, from, intent == OptOutKeywords.Intent.OPT_OUT ? clock.instant() : null));
        // Written as is: Spring's message converters took twice the CPU of the whole write on every incoming SMS.
        response.setContentType("text/xml;charset=UTF-8");
        response.setContentLength(EMPTY_TWIML.length);
        response.getOutputStream().write(EMPTY_TWIML);
    }

    @PostMapping(path = "/webhooks/sms/{inboxId}/status", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<Void> status(@PathVariable UUID inboxId, HttpServletRequest request) {
        TwilioForm form = TwilioForm.of(request);
        verified(inboxId, request, form);
        String status = switch (form.required("MessageStatus")) {
            case "sent" -> "sent";
            case "delivered" -> "delivered";
            case "read" -> "read";
            case "undelivered", "failed" -> "failed";
            default -> null; // queued, sending, accepted: still on its way
        };
        if (status != null) {
            String error = form.first("ErrorCode") == null ? null
                    : "Error " + form.first("ErrorCode") + (form.first("ErrorMessage") == null ? "" : ": " + form.first("ErrorMessage"));
            reports.record(inboxId, form.required("MessageSid"), status, error);
        }
        return ResponseEntity.noContent().build();
    }

    private MessagingSettings.SmsAccount verified(UUID inboxId, HttpServletRequest request,
                                                  TwilioForm form) {
        MessagingSettings.SmsAccount account = settings.sms(inboxId)
                .orElseThrow(() -> new NotFoundException("Inbox", inboxId));
        if (!TwilioSignature.valid(request.getHeader("X-Twilio-Signature"), account.authToken(), urls.called(request), form.parameters())) {
            throw new ForbiddenException("The request's X-Twilio-Signature does not match.");
        }
        return account;
    }

    /** The message's media (MMS), fetched from Twilio with the account's credentials; one that fails is skipped. */
    private List<NewAttachment> media(MessagingSettings.SmsAccount account, TwilioForm form) {
        int count = Math.min(MAX_MEDIA, parseCount(form.first("NumMedia")));
        List<NewAttachment> attachments = new ArrayList<>();
        String credentials = "Basic " + Base64.getEncoder().encodeToString(
                (account.accountSid() + ":" + account.authToken()).getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < count; i++) {
            String url = form.first("MediaUrl" + i);
            String type = form.first("MediaContentType" + i);
            if (url == null || !(url.startsWith("https://") || url.startsWith("http://"))) {
                continue;
            }
            try {
                byte[] content = http.download(URI.create(url), credentials);
                attachments.add(new NewAttachment("media-" + (i + 1) + extension(type),
                        type == null ? "application/octet-stream" : type, content));
            } catch (MessageProvider.ProviderException | IllegalArgumentException e) {
                log.warn("Could not fetch media {} of an SMS: {}", i, e.getMessage());
            }
        }
        return attachments;
    }

    private static String extension(@Nullable String type) {
        if (type == null || !type.contains("/")) {
            return "";
        }
        String subtype = type.substring(type.indexOf('/') + 1).replaceAll("[^a-z0-9]", "");
        return subtype.isEmpty() || subtype.length() > 8 ? "" : "." + subtype;
    }

    private static int parseCount(@Nullable String value) {
        try {
            return value == null ? 0 : Math.max(0, Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}

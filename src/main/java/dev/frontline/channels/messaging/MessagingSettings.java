package dev.frontline.channels.messaging;

import dev.frontline.channels.Channel;
import dev.frontline.channels.ChannelSettings;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.frontline.shared.AfterCommit;
import dev.frontline.shared.InvalidRequestException;
import dev.frontline.shared.WorkspaceId;
import dev.frontline.shared.secrets.StoredSecrets;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code sms}, {@code whatsapp}, {@code messenger} and {@code instagram} parts of an inbox's settings. Credentials are write-only: sealed with
 * {@link StoredSecrets} (bound to the inbox and the credential) before they are stored, shown as
 * {@code "<name>Set": true}, and kept when a change leaves them out.
 *
 * <pre>{"sms": {"accountSid": "AC…", "authToken": "…", "from": "+15550001111", "apiBaseUrl": "https://api.twilio.com"}}
 * {"whatsapp": {"phoneNumberId": "1234", "accessToken": "…", "appSecret": "…", "verifyToken": "…",
 *   "apiBaseUrl": "https://graph.facebook.com", "apiVersion": "v21.0",
 *   "templates": [{"name": "order_update", "language": "en", "body": "Order {{1}} is {{2}}."}]}}
 * {"messenger": {"pageId": "1234", "pageAccessToken": "…", "appSecret": "…", "verifyToken": "…",
 *   "apiBaseUrl": "https://graph.facebook.com", "apiVersion": "v21.0"}}
 * {"instagram": {"accountId": "1784…", "pageAccessToken": "…", "appSecret": "…", "verifyToken": "…", …}}</pre>
 * The Messenger and Instagram {@code verifyToken} is not a credential (it only answers Meta's subscription
 * handshake, every notification is checked with the app secret), so it is stored as is, shown to the admin who
 * registers the webhook, and generated when left out.
 */
@Component
public class MessagingSettings implements ChannelSettings {

    /** An SMS inbox's Twilio-compatible account, credentials opened. */
    public record SmsAccount(UUID inboxId, WorkspaceId workspace, String accountSid, String authToken, String from,
                             String apiBaseUrl) {
    }

    /** A WhatsApp Cloud API inbox's phone number and app, credentials opened. */
    public record WhatsAppAccount(UUID inboxId, WorkspaceId workspace, String phoneNumberId, String accessToken,
                                  String appSecret, String verifyToken, String apiBaseUrl, String apiVersion,
                                  List<Template> templates) {

        public Optional<Template> template(String name, String language) {
            return templates.stream().filter(t -> t.name().equals(name) && t.language().equals(language)).findFirst();
        }
    }

    /**
     * A Facebook page (Messenger) or Instagram professional account (Instagram messaging) of a Meta app,
     * credentials opened. {@code accountId} is the page id or the Instagram account id: the {@code entry[].id} of
     * its webhooks and the sender of its replies.
     */
    public record MetaAccount(UUID inboxId, WorkspaceId workspace, Channel channel, String accountId,
                              String pageAccessToken, String appSecret, String verifyToken, String apiBaseUrl,
                              String apiVersion) {
    }

    /** An approved message template; its body has numbered variables {@code {{1}}, {{2}}, …}. */
    public record Template(String name, String language, String body) {

        private static final Pattern VARIABLE = Pattern.compile("\\{\\{(\\d+)}}");

        public int variables() {
            Matcher matcher = VARIABLE.matcher(body);
            int highest = 0;
            while (matcher.find()) {
                highest = Math.max(highest, Integer.parseInt(matcher.group(1)));
            }
            return highest;
        }
    }

    private record Part(String name, Channel channel, Set<String> required, Map<String, String> defaults,
                        Set<String> secrets) {

        boolean meta() {
            return channel == Channel.MESSENGER || channel == Channel.INSTAGRAM;
        }
    }

    private static final Part SMS = new Part("sms", Channel.SMS, Set.of("accountSid", "from"),
            Map.of("apiBaseUrl", "https://api.twilio.com"), Set.of("authToken"));
    private static final Part WHATSAPP = new Part("whatsapp", Channel.WHATSAPP, Set.of("phoneNumberId"),
            Map.of("apiBaseUrl", "https://graph.facebook.com", "apiVersion", "v21.0"),
            Set.of("accessToken", "appSecret", "verifyToken"));
    private static final Map<String, String> GRAPH_API = Map.of("apiBaseUrl", "https://graph.facebook.com",
            "apiVersion", "v21.0");
    private static final Part MESSENGER = new Part("messenger", Channel.MESSENGER, Set.of("pageId"), GRAPH_API,
            Set.of("pageAccessToken", "appSecret"));
    private static final Part INSTAGRAM = new Part("instagram", Channel.INSTAGRAM, Set.of("accountId"), GRAPH_API,
            Set.of("pageAccessToken", "appSecret"));
    private static final List<Part> PARTS = List.of(SMS, WHATSAPP, MESSENGER, INSTAGRAM);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String SEALED = "Ciphertext";
    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
    };

    private final StoredSecrets secrets;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    /**
     * Each inbox's part as stored, by inbox and part: every webhook needs its inbox's secret before it can check
     * the signature, so the read is kept like {@code Inboxes} keeps inboxes (a change on this node is seen at
     * once, on another node within {@code frontline.channels.inbox-cache-ttl}). Secrets stay sealed in here.
     */
    private final Cache<String, Optional<Stored>> parts;

    MessagingSettings(StoredSecrets secrets, JdbcClient jdbc, JsonMapper json,
                      @Value("${frontline.channels.inbox-cache-ttl}") Duration ttl) {
        this.secrets = secrets;
        this.jdbc = jdbc;
        this.json = json;
        this.parts = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(10_000).build();
    }

    @Override
    public Map<String, Object> prepare(UUID inboxId, Map<String, Object> current, Map<String, Object> incoming) {
        forget(inboxId);
        AfterCommit.run(() -> forget(inboxId));
        Map<String, Object> settings = incoming;
        for (Part part : PARTS) {
            if (settings.containsKey(part.name()) && settings.get(part.name()) != null) {
                settings = new LinkedHashMap<>(settings);
                Map<String, Object> previous = current.get(part.name()) instanceof Map<?, ?> m ? cast(m) : Map.of();
                settings.put(part.name(), prepare(inboxId, part, object(settings.get(part.name()), part.name()), previous));
            }
        }
        return settings;
    }

    private Map<String, Object> prepare(UUID inboxId, Part part, Map<String, Object> given, Map<String, Object> previous) {
        String path = "settings." + part.name();
        Map<String, Object> stored = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : given.entrySet()) {
            String key = entry.getKey();
            boolean known = part.required().contains(key) || part.defaults().containsKey(key)
                    || part.secrets().contains(key) || part.secrets().contains(key.replaceFirst("Set$", ""))
                    || part == WHATSAPP && key.equals("templates") || part.meta() && key.equals("verifyToken");
            if (!known) {
                throw new InvalidRequestException(path + "." + key, "is not a " + part.name() + " setting");
            }
        }
        for (String key : part.required()) {
            stored.put(key, text(given.get(key), path + "." + key, true));
        }
        for (Map.Entry<String, String> fallback : part.defaults().entrySet()) {
            String value = text(given.get(fallback.getKey()), path + "." + fallback.getKey(), false);
            stored.put(fallback.getKey(), value == null ? fallback.getValue() : value);
        }
        if (part == SMS) {
            stored.put("from", PhoneNumbers.e164((String) stored.get("from")).orElseThrow(() ->
                    new InvalidRequestException(path + ".from", "must be a phone number with its country code, like +15550001111")));
        }
        requireHttpUrl((String) stored.get("apiBaseUrl"), path + ".apiBaseUrl");
        for (String secret : part.secrets()) {
            String value = text(given.get(secret), path + "." + secret, false);
            if (value != null) {
                stored.put(secret + SEALED, secrets.seal(value, context(inboxId, part, secret)));
            } else if (previous.get(secret + SEALED) != null) {
                stored.put(secret + SEALED, previous.get(secret + SEALED));
            } else {
                throw new InvalidRequestException(path + "." + secret, "is required");
            }
        }
        if (part == WHATSAPP) {
            stored.put("templates", templates(given.get("templates"), path + ".templates"));
        }
        if (part.meta()) {
            String verifyToken = text(given.get("verifyToken"), path + ".verifyToken", false);
            stored.put("verifyToken", verifyToken != null ? verifyToken
                    : previous.get("verifyToken") instanceof String kept ? kept : newVerifyToken());
        }
        return stored;
    }

    @Override
    public Map<String, Object> redact(Map<String, Object> settings) {
        Map<String, Object> shown = settings;
        for (Part part : PARTS) {
            if (settings.get(part.name()) instanceof Map<?, ?> stored) {
                Map<String, Object> redacted = new LinkedHashMap<>(cast(stored));
                for (String secret : part.secrets()) {
                    redacted.put(secret + "Set", redacted.remove(secret + SEALED) != null);
                }
                shown = new LinkedHashMap<>(shown);
                shown.put(part.name(), redacted);
            }
        }
        return shown;
    }

    /**
     * True if replies in this inbox go out through its provider: an SMS or WhatsApp inbox with its provider
     * configured. (Without, an integration delivers the inbox's replies, as before.) Opens no secret.
     */
    public boolean sendsItself(UUID inboxId, Channel channel) {
        return PARTS.stream().filter(part -> part.channel() == channel).findFirst()
                .flatMap(part -> stored(inboxId, part)).isPresent();
    }

    /**
     * The Messenger or Instagram inbox's page with its credentials opened; empty if the inbox is not a configured
     * inbox of that channel.
     */
    public Optional<MetaAccount> meta(UUID inboxId, Channel channel) {
        @Nullable Part part = channel == Channel.MESSENGER ? MESSENGER : channel == Channel.INSTAGRAM ? INSTAGRAM : null;
        if (part == null) {
            return Optional.empty();
        }
        return stored(inboxId, part).map(s -> new MetaAccount(inboxId, s.workspace(), channel,
                (String) s.part().get(part == MESSENGER ? "pageId" : "accountId"),
                open(inboxId, part, "pageAccessToken", s.part()), open(inboxId, part, "appSecret", s.part()),
                (String) s.part().get("verifyToken"), (String) s.part().get("apiBaseUrl"),
                (String) s.part().get("apiVersion")));
    }

    /** The SMS inbox's account with its auth token opened; empty if the inbox is not a configured SMS inbox. */
    public Optional<SmsAccount> sms(UUID inboxId) {
        return stored(inboxId, SMS).map(s -> new SmsAccount(inboxId, s.workspace(), (String) s.part().get("accountSid"),
                open(inboxId, SMS, "authToken", s.part()), (String) s.part().get("from"),
                (String) s.part().get("apiBaseUrl")));
    }

    /** The WhatsApp inbox's account with its credentials opened; empty if it is not a configured WhatsApp inbox. */
    public Optional<WhatsAppAccount> whatsApp(UUID inboxId) {
        return stored(inboxId, WHATSAPP).map(s -> new WhatsAppAccount(inboxId, s.workspace(),
                (String) s.part().get("phoneNumberId"), open(inboxId, WHATSAPP, "accessToken", s.part()),
                open(inboxId, WHATSAPP, "appSecret", s.part()), open(inboxId, WHATSAPP, "verifyToken", s.part()),
                (String) s.part().get("apiBaseUrl"), (String) s.part().get("apiVersion"),
                readTemplates(s.part().get("templates"))));
    }

    private record Stored(WorkspaceId workspace, Map<String, Object> part) {
    }

    private void forget(UUID inboxId) {
        PARTS.forEach(part -> parts.invalidate(inboxId + ":" + part.name()));
    }

    private Optional<Stored> stored(UUID inboxId, Part part) {
        return parts.get(inboxId + ":" + part.name(), key -> read(inboxId, part));
    }

    private Optional<Stored> read(UUID inboxId, Part part) {
        return jdbc.sql("select workspace_id, settings from inboxes where id = ? and channel = ?")
                .params(inboxId, part.channel().name())
                .query((rs, n) -> new Stored(new WorkspaceId(rs.getObject(1, UUID.class)),
                        json.readValue(rs.getString(2), MAP)))
                .optional()
                .filter(stored -> stored.part().get(part.name()) instanceof Map<?, ?>)
                .map(stored -> new Stored(stored.workspace(), cast((Map<?, ?>) stored.part().get(part.name()))));
    }

    private String open(UUID inboxId, Part part, String secret, Map<String, Object> stored) {
        return secrets.open((String) stored.get(secret + SEALED), context(inboxId, part, secret));
    }

    private static String context(UUID inboxId, Part part, String secret) {
        return "inbox:" + inboxId + ":" + part.name() + ":" + secret;
    }

    private static String newVerifyToken() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static List<Map<String, Object>> templates(@Nullable Object value, String path) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list) || list.size() > 200) {
            throw new InvalidRequestException(path, "must be a list of at most 200 templates");
        }
        List<Map<String, Object>> templates = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Map<String, Object> given = object(list.get(i), path + "[" + i + "]");
            String name = text(given.get("name"), path + "[" + i + "].name", true);
            if (!name.matches("[a-z0-9_]{1,512}")) {
                throw new InvalidRequestException(path + "[" + i + "].name", "must be lower case letters, digits and _");
            }
            String language = text(given.get("language"), path + "[" + i + "].language", true);
            String body = text(given.get("body"), path + "[" + i + "].body", true);
            if (body.length() > 1024) {
                throw new InvalidRequestException(path + "[" + i + "].body", "must be at most 1024 characters");
            }
            templates.add(Map.of("name", name, "language", language, "body", body));
        }
        return templates;
    }

    private static List<Template> readTemplates(@Nullable Object stored) {
        if (!(stored instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().map(item -> (Map<?, ?>) item).map(t -> new Template((String) t.get("name"),
                (String) t.get("language"), (String) t.get("body"))).toList();
    }

    private static void requireHttpUrl(String value, String path) {
        try {
            URI uri = URI.create(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
                throw new IllegalArgumentException();
            }
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(path, "must be an http(s) URL");
        }
    }

    private static @Nullable String text(@Nullable Object value, String path, boolean required) {
        if (value == null || value instanceof String s && s.isBlank()) {
            if (required) {
                throw new InvalidRequestException(path, "is required");
            }
            return null;
        }
        if (!(value instanceof String text) || text.length() > 1000) {
            throw new InvalidRequestException(path, "must be a string of at most 1000 characters");
        }
        return text.strip();
    }

    private static Map<String, Object> object(@Nullable Object value, String path) {
        if (!(value instanceof Map<?, ?> map)) {
            throw new InvalidRequestException(path, "must be an object");
        }
        return new LinkedHashMap<>(cast(map));
    }

    @SuppressWarnings("unchecked")
    private static <V> Map<String, V> cast(Map<?, ?> map) {
        return (Map<String, V>) map;
    }
}

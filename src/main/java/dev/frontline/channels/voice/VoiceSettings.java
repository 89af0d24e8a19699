package dev.frontline.channels.voice;

import dev.frontline.channels.Channel;
import dev.frontline.channels.ChannelSettings;
import dev.frontline.channels.messaging.PhoneNumbers;
import dev.frontline.shared.InvalidRequestException;
import dev.frontline.shared.WorkspaceId;
import dev.frontline.shared.secrets.StoredSecrets;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code voice} part of a voice inbox's settings: the Twilio-compatible account (auth token sealed with
 * {@link StoredSecrets}, write-only, shown as {@code authTokenSet}), what callers hear and the IVR menu.
 *
 * <pre>{"voice": {"accountSid": "AC…", "authToken": "…", "from": "+15550001111", "apiBaseUrl": "https://api.twilio.com",
 *   "language": "en", "greeting": "Thanks for calling Acme.", "holdMusicUrl": "https://…/music.mp3",
 *   "voicemailAfterSeconds": 300, "callbackDigit": "*",
 *   "menu": [{"digit": "1", "label": "Sales", "queueId": "…"}, {"digit": "2", "label": "Support", "queueId": "…"}]}}</pre>
 */
@Component
class VoiceSettings implements ChannelSettings {

    static final Set<String> LANGUAGES = Set.of("en", "zh-CN", "zh-TW", "ko");
    static final String DEFAULT_HOLD_MUSIC = "https://com.twilio.music.classical.s3.amazonaws.com/BusyStrings.mp3";

    /** One IVR choice: pressing {@code digit} puts the caller in {@code queueId}; {@code label} is read out. */
    record MenuEntry(String digit, String label, UUID queueId) {
    }

    /** A voice inbox's account and call handling, the auth token opened. */
    record VoiceAccount(UUID inboxId, WorkspaceId workspace, String accountSid, String authToken, String from,
                        String apiBaseUrl, String language, @Nullable String greeting, String holdMusicUrl,
                        int voicemailAfterSeconds, String callbackDigit, List<MenuEntry> menu) {

        Optional<MenuEntry> choice(@Nullable String digit) {
            return menu.stream().filter(entry -> entry.digit().equals(digit)).findFirst();
        }
    }

    private static final String PART = "voice";
    private static final Set<String> KEYS = Set.of("accountSid", "authToken", "authTokenSet", "from", "apiBaseUrl",
            "language", "greeting", "holdMusicUrl", "voicemailAfterSeconds", "callbackDigit", "menu");
    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
    };

    private final StoredSecrets secrets;
    private final JdbcClient jdbc;
    private final JsonMapper json;

    VoiceSettings(StoredSecrets secrets, JdbcClient jdbc, JsonMapper json) {
        this.secrets = secrets;
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public Map<String, Object> prepare(UUID inboxId, Map<String, Object> current, Map<String, Object> incoming) {
        if (incoming.get(PART) == null) {
            return incoming;
        }
        if (!(incoming.get(PART) instanceof Map<?, ?> given)) {
            throw new InvalidRequestException("settings.voice", "must be an object");
        }
        Map<String, Object> previous = current.get(PART) instanceof Map<?, ?> m ? cast(m) : Map.of();
        Map<String, Object> settings = new LinkedHashMap<>(incoming);
        settings.put(PART, checked(inboxId, cast(given), previous));
        return settings;
    }

    private Map<String, Object> checked(UUID inboxId, Map<String, Object> given, Map<String, Object> previous) {
        for (String key : given.keySet()) {
            if (!KEYS.contains(key)) {
                throw new InvalidRequestException("settings.voice." + key, "is not a voice setting");
            }
        }
        Map<String, Object> stored = new LinkedHashMap<>();
        stored.put("accountSid", text(given, "accountSid", true));
        stored.put("from", PhoneNumbers.e164(text(given, "from", true)).orElseThrow(() -> new InvalidRequestException(
                "settings.voice.from", "must be a phone number with its country code, like +15550001111")));
        stored.put("apiBaseUrl", httpUrl(given, "apiBaseUrl", "https://api.twilio.com"));
        String language = Optional.ofNullable(text(given, "language", false)).orElse("en");
        if (!LANGUAGES.contains(language)) {
            throw new InvalidRequestException("settings.voice.language", "must be one of en, zh-CN, zh-TW, ko");
        }
        stored.put("language", language);
        String greeting = text(given, "greeting", false);
        if (greeting != null) {
            stored.put("greeting", greeting);
        }
        stored.put("holdMusicUrl", httpUrl(given, "holdMusicUrl", DEFAULT_HOLD_MUSIC));
        stored.put("voicemailAfterSeconds", number(given, "voicemailAfterSeconds", 300, 0, 3600));
        String callbackDigit = Optional.ofNullable(text(given, "callbackDigit", false)).orElse("*");
        if (!callbackDigit.matches("[0-9*#]")) {
            throw new InvalidRequestException("settings.voice.callbackDigit", "must be one key: 0-9, * or #");
        }
        stored.put("callbackDigit", callbackDigit);
        stored.put("menu", menu(given.get("menu"), callbackDigit));
        String token = text(given, "authToken", false);
        if (token != null) {
            stored.put("authTokenCiphertext", secrets.seal(token, context(inboxId)));
        } else if (previous.get("authTokenCiphertext") != null) {
            stored.put("authTokenCiphertext", previous.get("authTokenCiphertext"));
        } else {
            throw new InvalidRequestException("settings.voice.authToken", "is required");
        }
        return stored;
    }

    @Override
    public Map<String, Object> redact(Map<String, Object> settings) {
        if (!(settings.get(PART) instanceof Map<?, ?> stored)) {
            return settings;
        }
        Map<String, Object> redacted = new LinkedHashMap<>(cast(stored));
        redacted.put("authTokenSet", redacted.remove("authTokenCiphertext") != null);
        Map<String, Object> shown = new LinkedHashMap<>(settings);
        shown.put(PART, redacted);
        return shown;
    }

    /** The voice inbox's account with its auth token opened; empty if the inbox is not a configured voice inbox. */
    Optional<VoiceAccount> account(UUID inboxId) {
        return jdbc.sql("select workspace_id, settings from inboxes where id = ? and channel = ?")
                .params(inboxId, Channel.VOICE.name())
                .query((rs, n) -> Map.entry(new WorkspaceId(rs.getObject(1, UUID.class)),
                        json.readValue(rs.getString(2), MAP)))
                .optional()
                .filter(row -> row.getValue().get(PART) instanceof Map<?, ?>)
                .map(row -> account(inboxId, row.getKey(), cast((Map<?, ?>) row.getValue().get(PART))));
    }

    private VoiceAccount account(UUID inboxId, WorkspaceId workspace, Map<String, Object> part) {
        List<MenuEntry> menu = new ArrayList<>();
        if (part.get("menu") instanceof List<?> entries) {
            for (Object entry : entries) {
                Map<?, ?> e = (Map<?, ?>) entry;
                menu.add(new MenuEntry((String) e.get("digit"), (String) e.get("label"),
                        UUID.fromString((String) e.get("queueId"))));
            }
        }
        return new VoiceAccount(inboxId, workspace, (String) part.get("accountSid"),
                secrets.open((String) part.get("authTokenCiphertext"), context(inboxId)), (String) part.get("from"),
                (String) part.get("apiBaseUrl"), (String) part.get("language"), (String) part.get("greeting"),
                (String) part.get("holdMusicUrl"), ((Number) part.get("voicemailAfterSeconds")).intValue(), (String) part.get("callbackDigit"), menu);
    }

    private static String context(UUID inboxId) {
        return "inbox:" + inboxId + ":voice:authToken";
    }

    private static List<Map<String, Object>> menu(@Nullable Object value, String callbackDigit) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list) || list.size() > 10) {
            throw new InvalidRequestException("settings.voice.menu", "must be a list of at most 10 choices");
        }
        List<Map<String, Object>> menu = new ArrayList<>();
        Set<String> digits = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String path = "settings.voice.menu[" + i + "]";
            if (!(list.get(i) instanceof Map<?, ?> raw)) {
                throw new InvalidRequestException(path, "must be an object");
            }
            Map<String, Object> entry = cast(raw);
            String digit = String.valueOf(entry.get("digit"));
            if (!digit.matches("[0-9]") || digit.equals(callbackDigit) || !digits.add(digit)) {
                throw new InvalidRequestException(path + ".digit", "must be a distinct digit 0-9, not the callback key");
            }
            String label = text(entry, "label", true);
            UUID queue;
            try {
                queue = UUID.fromString(String.valueOf(entry.get("queueId")));
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException(path + ".queueId", "must be a queue id");
            }
            menu.add(Map.of("digit", digit, "label", label, "queueId", queue.toString()));
        }
        return menu;
    }

    private static int number(Map<String, Object> given, String key, int fallback, int min, int max) {
        Object value = given.get(key);
        if (value == null) {
            return fallback;
        }
        if (!(value instanceof Number number) || number.intValue() < min || number.intValue() > max) {
            throw new InvalidRequestException("settings.voice." + key, "must be a number from " + min + " to " + max);
        }
        return number.intValue();
    }

    private static String httpUrl(Map<String, Object> given, String key, String fallback) {
        String value = Optional.ofNullable(text(given, key, false)).orElse(fallback);
        try {
            URI uri = URI.create(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
                throw new IllegalArgumentException();
            }
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("settings.voice." + key, "must be an http(s) URL");
        }
        return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    }

    private static @Nullable String text(Map<String, Object> given, String key, boolean required) {
        Object value = given.get(key);
        if (value == null || value instanceof String s && s.isBlank()) {
            if (required) {
                throw new InvalidRequestException("settings.voice." + key, "is required");
            }
            return null;
        }
        if (!(value instanceof String text) || text.length() > 1000) {
            throw new InvalidRequestException("settings.voice." + key, "must be a string of at most 1000 characters");
        }
        return text.strip();
    }

    @SuppressWarnings("unchecked")
    private static <V> Map<String, V> cast(Map<?, ?> map) {
        return (Map<String, V>) map;
    }
}

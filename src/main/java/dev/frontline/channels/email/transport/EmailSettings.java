package dev.frontline.channels.email.transport;

import dev.frontline.channels.ChannelSettings;
import dev.frontline.shared.secrets.StoredSecrets;
import dev.frontline.shared.InvalidRequestException;
import dev.frontline.shared.WorkspaceId;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code email} part of an inbox's settings: sender identity, signature, IMAP and SMTP servers.
 * Passwords are sealed with {@link StoredSecrets} before they are stored and never shown again: a read
 * answers {@code "passwordSet": true} instead. A change that leaves a password out keeps the stored one, unless
 * it points the server elsewhere (another host or user), which needs the password again so a stored password
 * can never be sent to a server it was not entered for.
 *
 * <pre>{"email": {"address": "support@acme.com", "fromName": "Acme Support", "replyTo": "...", "signature": "...",
 *   "imap": {"host", "port", "tls": "ssl|starttls|none", "username", "password", "folder"},
 *   "smtp": {"host", "port", "tls", "username", "password"}}}</pre>
 */
@Component
public class EmailSettings implements ChannelSettings {

    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
    };
    private static final String SEALED = "passwordCiphertext";
    private static final Set<String> IMAP_KEYS = Set.of("host", "port", "tls", "username", "password", "folder", "passwordSet");
    private static final Set<String> SMTP_KEYS = Set.of("host", "port", "tls", "username", "password", "passwordSet");

    private final StoredSecrets secrets;
    private final JdbcClient jdbc;
    private final JsonMapper json;

    EmailSettings(StoredSecrets secrets, JdbcClient jdbc, JsonMapper json) {
        this.secrets = secrets;
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Checks the settings an admin sent and seals their passwords, keeping stored passwords the change leaves
     * out. Settings without an {@code email} part pass unchanged.
     */
    @Override
    public Map<String, Object> prepare(UUID inboxId, Map<String, Object> current, Map<String, Object> incoming) {
        if (!incoming.containsKey("email")) {
            return incoming;
        }
        Map<String, Object> settings = new LinkedHashMap<>(incoming);
        if (incoming.get("email") == null) {
            settings.remove("email");
            return settings;
        }
        Map<String, Object> email = object(incoming.get("email"), "settings.email");
        Map<String, Object> stored = current.get("email") instanceof Map<?, ?> m ? cast(m) : Map.of();
        String address = required(email, "address", "settings.email", 320);
        email.put("address", address(address, "settings.email.address"));
        optional(email, "fromName", "settings.email", 200);
        if (optional(email, "replyTo", "settings.email", 320) != null) {
            email.put("replyTo", address((String) email.get("replyTo"), "settings.email.replyTo"));
        }
        optional(email, "signature", "settings.email", 10_000);
        for (String server : List.of("imap", "smtp")) {
            if (email.get(server) == null) {
                email.remove(server);
                continue;
            }
            Map<String, @Nullable Object> previous = stored.get(server) instanceof Map<?, ?> m ? cast(m) : Map.of();
            email.put(server, server(inboxId, server, object(email.get(server), "settings.email." + server), previous));
        }
        settings.put("email", email);
        return settings;
    }

    private Map<String, Object> server(UUID inboxId, String kind, Map<String, Object> given,
                                       Map<String, @Nullable Object> previous) {
        String path = "settings.email." + kind;
        boolean imap = kind.equals("imap");
        for (String key : given.keySet()) {
            if (!(imap ? IMAP_KEYS : SMTP_KEYS).contains(key)) {
                throw new InvalidRequestException(path + "." + key, "is not a " + kind + " setting");
            }
        }
        Map<String, Object> server = new LinkedHashMap<>();
        String host = required(given, "host", path, 255);
        if (!host.matches("[A-Za-z0-9.:\\[\\]_-]+")) {
            throw new InvalidRequestException(path + ".host", "must be a host name or IP address");
        }
        server.put("host", host);
        EmailTransport.Security security = security(given.get("tls"), path + ".tls",
                imap ? EmailTransport.Security.SSL : EmailTransport.Security.STARTTLS);
        server.put("tls", security.id());
        server.put("port", port(given.get("port"), path + ".port", defaultPort(imap, security)));
        String username = imap ? required(given, "username", path, 320) : optional(given, "username", path, 320);
        if (username != null) {
            server.put("username", username);
        }
        if (imap) {
            String folder = optional(given, "folder", path, 200);
            server.put("folder", folder == null ? "INBOX" : folder);
        }
        Object password = given.get("password");
        if (password != null && !(password instanceof String)) {
            throw new InvalidRequestException(path + ".password", "must be a string");
        }
        if (password instanceof String text && !text.isEmpty()) {
            if (text.length() > 1000) {
                throw new InvalidRequestException(path + ".password", "must be at most 1000 characters");
            }
            server.put(SEALED, secrets.seal(text, context(inboxId, kind)));
        } else if (password == null && previous.get(SEALED) != null) {
            if (!Objects.equals(previous.get("host"), host) || !Objects.equals(previous.get("username"), username)) {
                throw new InvalidRequestException(path + ".password",
                        "must be entered again when the host or username changes");
            }
            server.put(SEALED, previous.get(SEALED));
        }
        if (imap && !server.containsKey(SEALED)) {
            throw new InvalidRequestException(path + ".password", "is required");
        }
        if (server.containsKey(SEALED) && username == null) {
            throw new InvalidRequestException(path + ".username", "is required with a password");
        }
        return server;
    }

    /** The settings as shown to admins: each stored password replaced by {@code "passwordSet": true}. */
    @Override
    public Map<String, Object> redact(Map<String, Object> settings) {
        if (!(settings.get("email") instanceof Map<?, ?> stored)) {
            return settings;
        }
        Map<String, Object> email = new LinkedHashMap<>(cast(stored));
        for (String kind : List.of("imap", "smtp")) {
            if (email.get(kind) instanceof Map<?, ?> server) {
                Map<String, Object> shown = new LinkedHashMap<>(cast(server));
                shown.remove("password");
                shown.put("passwordSet", shown.remove(SEALED) != null);
                email.put(kind, shown);
            }
        }
        Map<String, Object> redacted = new LinkedHashMap<>(settings);
        redacted.put("email", email);
        return redacted;
    }

    /** The inbox's transport with its passwords opened, if it is an email inbox with an address. */
    public Optional<EmailTransport> transport(UUID inboxId) {
        return jdbc.sql("select workspace_id, settings from inboxes where id = ? and channel = 'EMAIL'")
                .param(inboxId)
                .query((rs, n) -> transport(inboxId, new WorkspaceId(rs.getObject(1, UUID.class)),
                        json.readValue(rs.getString(2), MAP)))
                .optional()
                .flatMap(t -> t);
    }

    /**
     * The domain of the address an email inbox sends from, when it sends its replies itself (it has an SMTP
     * server); empty for any other inbox, whose replies an integration delivers as before. Reads no password.
     */
    public Optional<String> sendingDomain(UUID inboxId) {
        return jdbc.sql("select settings from inboxes where id = ? and channel = 'EMAIL'")
                .param(inboxId)
                .query((rs, n) -> json.readValue(rs.getString(1), MAP))
                .optional()
                .filter(settings -> settings.get("email") instanceof Map<?, ?> email && email.get("smtp") instanceof Map<?, ?>
                        && email.get("address") instanceof String)
                .map(settings -> {
                    String address = (String) ((Map<?, ?>) settings.get("email")).get("address");
                    return address.substring(address.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
                });
    }

    /** Email inboxes of every workspace that have an IMAP server to fetch from. */
    public List<UUID> withImap() {
        return jdbc.sql("select id, settings from inboxes where channel = 'EMAIL'")
                .query((rs, n) -> {
                    Map<String, Object> settings = json.readValue(rs.getString(2), MAP);
                    return settings.get("email") instanceof Map<?, ?> email && email.get("imap") instanceof Map<?, ?>
                            ? rs.getObject(1, UUID.class) : null;
                })
                .list().stream().filter(Objects::nonNull).toList();
    }

    private Optional<EmailTransport> transport(UUID inboxId, WorkspaceId workspace, Map<String, Object> settings) {
        if (!(settings.get("email") instanceof Map<?, ?> raw) || !(raw.get("address") instanceof String address)) {
            return Optional.empty();
        }
        Map<String, Object> email = cast(raw);
        EmailTransport.Imap imap = null;
        if (email.get("imap") instanceof Map<?, ?> m) {
            Map<String, Object> s = cast(m);
            imap = new EmailTransport.Imap((String) s.get("host"), ((Number) s.get("port")).intValue(),
                    EmailTransport.Security.valueOf(((String) s.get("tls")).toUpperCase(Locale.ROOT)),
                    (String) s.get("username"), open(inboxId, "imap", s), (String) s.get("folder"));
        }
        EmailTransport.Smtp smtp = null;
        if (email.get("smtp") instanceof Map<?, ?> m) {
            Map<String, Object> s = cast(m);
            smtp = new EmailTransport.Smtp((String) s.get("host"), ((Number) s.get("port")).intValue(),
                    EmailTransport.Security.valueOf(((String) s.get("tls")).toUpperCase(Locale.ROOT)),
                    (String) s.get("username"), s.get(SEALED) == null ? null : open(inboxId, "smtp", s));
        }
        return Optional.of(new EmailTransport(inboxId, workspace, address, (String) email.get("fromName"),
                (String) email.get("replyTo"), (String) email.get("signature"), imap, smtp));
    }

    private String open(UUID inboxId, String kind, Map<String, Object> server) {
        return secrets.open((String) server.get(SEALED), context(inboxId, kind));
    }

    private static String context(UUID inboxId, String kind) {
        return "inbox:" + inboxId + ":" + kind + ":password";
    }

    private static int defaultPort(boolean imap, EmailTransport.Security security) {
        return switch (security) {
            case SSL -> imap ? 993 : 465;
            case STARTTLS -> imap ? 143 : 587;
            case NONE -> imap ? 143 : 25;
        };
    }

    private static EmailTransport.Security security(@Nullable Object value, String field,
                                                    EmailTransport.Security fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            return EmailTransport.Security.valueOf(String.valueOf(value).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(field, "must be ssl, starttls or none");
        }
    }

    private static int port(@Nullable Object value, String field, int fallback) {
        if (value == null) {
            return fallback;
        }
        int port;
        if (value instanceof Integer number) {
            port = number;
        } else if (value instanceof String text && text.matches("\\d{1,5}")) {
            port = Integer.parseInt(text);
        } else {
            throw new InvalidRequestException(field, "must be a whole number");
        }
        if (port < 1 || port > 65_535) {
            throw new InvalidRequestException(field, "must be between 1 and 65535");
        }
        return port;
    }

    private static String address(String value, String field) {
        try {
            InternetAddress parsed = new InternetAddress(value, true);
            if (parsed.getPersonal() != null || !parsed.getAddress().contains("@")) {
                throw new AddressException();
            }
            return parsed.getAddress();
        } catch (AddressException e) {
            throw new InvalidRequestException(field, "must be an email address like support@example.com");
        }
    }

    private static String required(Map<String, Object> map, String key, String path, int max) {
        String value = optional(map, key, path, max);
        if (value == null) {
            throw new InvalidRequestException(path + "." + key, "is required");
        }
        return value;
    }

    private static @Nullable String optional(Map<String, Object> map, String key, String path, int max) {
        Object value = map.get(key);
        if (value == null || value instanceof String s && s.isBlank()) {
            map.remove(key);
            return null;
        }
        if (!(value instanceof String text)) {
            throw new InvalidRequestException(path + "." + key, "must be a string");
        }
        if (text.length() > max) {
            throw new InvalidRequestException(path + "." + key, "must be at most " + max + " characters");
        }
        String stripped = text.strip();
        map.put(key, stripped);
        return stripped;
    }

    private static Map<String, Object> object(@Nullable Object value, String field) {
        if (!(value instanceof Map<?, ?> map)) {
            throw new InvalidRequestException(field, "must be an object");
        }
        return new LinkedHashMap<>(cast(map));
    }

    @SuppressWarnings("unchecked")
    private static <V> Map<String, V> cast(Map<?, ?> map) {
        return (Map<String, V>) map;
    }
}

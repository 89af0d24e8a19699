package dev.frontline.routing;

import dev.frontline.conversations.AttributeDefinition;
import dev.frontline.conversations.AttributeDefinitions;
import dev.frontline.routing.internal.QueueMatchPolicy;
import dev.frontline.shared.InvalidRequestException;
import dev.frontline.shared.WorkspaceId;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Checks a rule's custom-attribute conditions against the workspace's attribute definitions. A key names a
 * conversation attribute ({@code topic}) or, prefixed {@code contact.}, one of the contact's ({@code contact.segment}).
 * A defined attribute's wanted value must fit its type (a list's value one of its options, in the option's
 * spelling; a number a number; a date an ISO date, compared by day). Undefined keys are allowed, as conversations
 * and contacts accept them (a bot may store a topic before anyone defines it); a key defined only for the other
 * kind of record is refused, naming the prefix to use.
 */
@Component
class RuleConditions {

    static final int MAX_ATTRIBUTES = 10;
    private static final Pattern KEY = Pattern.compile("(contact\\.)?[a-z][a-z0-9_]{0,63}");

    private final AttributeDefinitions definitions;

    RuleConditions(AttributeDefinitions definitions) {
        this.definitions = definitions;
    }

    Map<String, String> attributes(WorkspaceId workspace, Map<String, String> wanted) {
        if (wanted.isEmpty()) {
            return Map.of();
        }
        if (wanted.size() > MAX_ATTRIBUTES) {
            throw new InvalidRequestException("attributes", "must be at most " + MAX_ATTRIBUTES + " conditions");
        }
        Map<String, List<AttributeDefinition>> byKey = definitions.list(workspace).stream()
                .collect(Collectors.groupingBy(AttributeDefinition::key));
        Map<String, String> checked = new TreeMap<>();
        wanted.forEach((key, value) -> {
            if (key == null || !KEY.matcher(key).matches()) {
                throw new InvalidRequestException("attributes", "keys must match [a-z][a-z0-9_]{0,63}, or contact. and that for a contact attribute");
            }
            String field = "attributes." + key;
            if (value == null || value.isBlank() || value.strip().length() > 200) {
                throw new InvalidRequestException(field, "must be 1 to 200 characters");
            }
            boolean ofContact = key.startsWith(QueueMatchPolicy.CONTACT_PREFIX);
            String name = ofContact ? key.substring(QueueMatchPolicy.CONTACT_PREFIX.length()) : key;
            AttributeDefinition.AppliesTo appliesTo = ofContact ? AttributeDefinition.AppliesTo.CONTACT : AttributeDefinition.AppliesTo.CONVERSATION;
            List<AttributeDefinition> defined = byKey.getOrDefault(name, List.of());
            Optional<AttributeDefinition> definition = defined.stream().filter(d -> d.appliesTo() == appliesTo).findFirst();
            if (definition.isEmpty() && !defined.isEmpty()) {
                throw new InvalidRequestException(field, ofContact
                        ? "is a conversation attribute; write it without the contact. prefix"
                        : "is a contact attribute; write it as contact." + name);
            }
            checked.put(key, definition.map(d -> fitted(field, d, value.strip())).orElse(value.strip()));
        });
        return checked;
    }

    private static String fitted(String field, AttributeDefinition definition, String value) {
        return switch (definition.type()) {
            case TEXT -> value;
            case DATE -> QueueMatchPolicy.day(value).map(java.time.LocalDate::toString)
                    .orElseThrow(() -> new InvalidRequestException(field, "must be a date such as 2026-12-31"));
            case NUMBER -> number(value).orElseThrow(() -> new InvalidRequestException(field, "must be a number"));
            case LIST -> definition.options().stream().filter(option -> option.equalsIgnoreCase(value)).findFirst()
                    .orElseThrow(() -> new InvalidRequestException(field, "must be one of " + definition.options()));
        };
    }

    private static Optional<String> number(String value) {
        try {
            return Optional.of(new BigDecimal(value).stripTrailingZeros().toPlainString());
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

}

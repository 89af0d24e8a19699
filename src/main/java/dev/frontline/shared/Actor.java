package dev.frontline.shared;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Who caused a change: a customer, a staff member, a bot or the system itself. */
public record Actor(Type type, @Nullable UUID id) {

    public enum Type { CONTACT, AGENT, BOT, SYSTEM }

    public static final Actor SYSTEM = new Actor(Type.SYSTEM, null);
}

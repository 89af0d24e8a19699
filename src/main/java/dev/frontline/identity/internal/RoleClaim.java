package dev.frontline.identity.internal;

import dev.frontline.shared.Role;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The role a provider's claim gives: the highest role any of its values maps to, else the default role. */
final class RoleClaim {

    private RoleClaim() {
    }

    static Role roleOf(@Nullable Object claim, Map<String, Role> mapping, Role defaultRole) {
        Collection<?> values = claim instanceof Collection<?> many ? many : claim == null ? List.of() : List.of(claim);
        return values.stream().map(value -> mapping.get(String.valueOf(value)))
                .filter(Objects::nonNull)
                .max(Role::compareTo)
                .orElse(defaultRole);
    }
}

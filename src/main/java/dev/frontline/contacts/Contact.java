package dev.frontline.contacts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A customer as the rest of the system sees it. */
public record Contact(ContactId id, @Nullable String name, @Nullable String company, @Nullable String language,
                      @Nullable String timezone, String tier, BigDecimal lifetimeValue,
                      Map<String, Object> customAttributes, @Nullable String notes, List<Identity> identities,
                      @Nullable ContactId mergedInto, boolean erased, Instant createdAt, Instant updatedAt) {
}

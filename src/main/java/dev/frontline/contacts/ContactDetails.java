package dev.frontline.contacts;

import java.math.BigDecimal;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Editable facts about a customer; null fields are left unchanged by an update. */
public record ContactDetails(@Nullable String name, @Nullable String company, @Nullable String language,
                             @Nullable String timezone, @Nullable String tier, @Nullable BigDecimal lifetimeValue,
                             @Nullable Map<String, Object> customAttributes, @Nullable String notes) {
}

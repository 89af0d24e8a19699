package dev.frontline.sla.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code frontline.sla.warn-share}: the share of a target after which a running clock warns (above 0, at most 1).
 * One setting for the installation, read here once for the clocks that fire warnings and the views that show them.
 */
@ConfigurationProperties("frontline.sla")
record WarningShare(@DefaultValue("0.75") double warnShare) {

    WarningShare {
        if (!(warnShare > 0 && warnShare <= 1)) {
            throw new IllegalArgumentException("frontline.sla.warn-share must be in (0, 1], was " + warnShare);
        }
    }
}

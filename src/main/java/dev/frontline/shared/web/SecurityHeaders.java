package dev.frontline.shared.web;

import jakarta.servlet.http.HttpServletResponse;

/** Response headers every security filter chain (and the container's own error answers) send alike. */
public final class SecurityHeaders {

    /**
     * The browser features no page of the application uses are switched off for it and for anything it
     * frames, so injected content cannot ask for them either. Notifications and the clipboard are not
     * policy-controlled this way; the UI keeps using them.
     */
    public static final String PERMISSIONS_POLICY = "accelerometer=(), autoplay=(), camera=(), display-capture=(), "
            + "geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), "
            + "publickey-credentials-get=(), usb=(), browsing-topics=()";

    /** For answers that are never a page: nothing may load or run, nothing may frame them. */
    public static final String NOTHING_ALLOWED_POLICY = "default-src 'none'; frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    /** For an answer written where no security chain ran: the strictest headers, unless a chain set them already. */
    static void setWhereMissing(HttpServletResponse response) {
        if (!response.containsHeader("Content-Security-Policy")) {
            response.setHeader("Content-Security-Policy", NOTHING_ALLOWED_POLICY);
        }
        if (!response.containsHeader("X-Content-Type-Options")) {
            response.setHeader("X-Content-Type-Options", "nosniff");
        }
        if (!response.containsHeader("Referrer-Policy")) {
            response.setHeader("Referrer-Policy", "no-referrer");
        }
        if (!response.containsHeader("Permissions-Policy")) {
            response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
        }
    }
}

package dev.frontline.helpcenter.web;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What the help center's templates show; public so the templates' expressions can read them. */
public final class Views {

    private Views() {
    }

    /**
     * The workspace's look and ways to reach it; {@code base} is the current language's home path. {@code onColor}
     * is the text colour readable on the brand colour, {@code linkColor} the brand colour where it is readable on
     * white, else the text colour (WCAG AA, 4.5:1).
     */
    public record Brand(String name, String color, String onColor, String linkColor, @Nullable String logoUrl,
                        @Nullable UUID chatInboxId, boolean contactForm, String base, String contactHref) {

        static final String DARK_TEXT = "#1f2937";

        static Brand of(String name, String color, @Nullable String logoUrl, @Nullable UUID chatInboxId,
                        boolean contactForm, String base, String contactHref) {
            boolean readableOnWhite = contrastWithWhite(color) >= 4.5;
            return new Brand(name, color, readableOnWhite ? "#ffffff" : DARK_TEXT, readableOnWhite ? color : DARK_TEXT,
                    logoUrl, chatInboxId, contactForm, base, contactHref);
        }

        /** WCAG 2 contrast ratio of a #rrggbb colour against white. */
        static double contrastWithWhite(String color) {
            double luminance = 0;
            double[] weights = {0.2126, 0.7152, 0.0722};
            for (int i = 0; i < 3; i++) {
                double channel = Integer.parseInt(color.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
                double linear = channel <= 0.04045 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
                luminance += weights[i] * linear;
            }
            return 1.05 / (luminance + 0.05);
        }
    }

    /** A link to this page in another language; {@code hreflang} false when it leads to that language's home. */
    public record Alternate(String language, String label, String href, boolean current, boolean hreflang) {
    }

    public record Link(String title, String href) {
    }

    public record CategoryCard(String name, @Nullable String description, String href, List<Link> articles, int count) {
    }

    /** A choice of the search page's topic filter; {@code current} for the one applied. */
    public record Topic(String name, String href, boolean current) {
    }

    public record Hit(String title, String href, String snippet) {
    }

    public record ContactForm(String name, String email, String message, @Nullable String query,
                              @Nullable String articleId, @Nullable String articleTitle, List<String> invalid) {
    }
}

package dev.frontline.helpcenter.web;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What the help center's templates show; public so the templates' expressions can read them. */
public final class Views {

    private Views() {
    }

    /** The workspace's look and ways to reach it; {@code base} is the current language's home path. */
    public record Brand(String name, String color, @Nullable String logoUrl, @Nullable UUID chatInboxId,
                        boolean contactForm, String base, String contactHref) {
    }

    /** A link to this page in another language; {@code hreflang} false when it leads to that language's home. */
    public record Alternate(String language, String label, String href, boolean current, boolean hreflang) {
    }

    public record Link(String title, String href) {
    }

    public record CategoryCard(String name, String href, List<Link> articles, int count) {
    }

    public record Hit(String title, String href, String snippet) {
    }

    public record ContactForm(String name, String email, String message, @Nullable String query,
                              @Nullable String articleId, @Nullable String articleTitle, List<String> invalid) {
    }
}

package dev.frontline.knowledge;

import java.util.UUID;

/** A found article; {@code snippet} is HTML-escaped text with the matched words in {@code <mark>}. */
public record SearchHit(UUID id, String title, String snippet, float score, String language,
                        ArticleAudience audience) {
}

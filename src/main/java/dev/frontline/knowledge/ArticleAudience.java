package dev.frontline.knowledge;

/** Who may read an article: agents only, or also customers (help center, bots). */
public enum ArticleAudience {
    INTERNAL, PUBLIC
}

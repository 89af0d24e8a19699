package dev.frontline.knowledge;

/** A query people typed that found no article, and how often (normalized: lower case, single spaces). */
public record UnansweredSearch(String query, long searches) {
}

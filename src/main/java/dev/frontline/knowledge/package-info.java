/**
 * Knowledge base: articles (sanitized rich text, categories, tags, audience, status, translations across
 * en, zh-Hans, zh-Hant and ko, a version for every save with word-level diffs, and agents' suggested edits and
 * outdated flags reviewed by authors) and their search, an embedded Lucene index per
 * application node with analysis per language. Each node's index follows the database's change clock, so
 * every node serves what any node published. Article analytics for authors count views, suggestions shown and
 * used, and read help center visitors' answers through {@code ReaderVotes}, which the help center implements.
 * Subject-matter experts ({@code KnowledgeAuthors}) are agents granted authorship of the whole base or of chosen
 * categories. Publishes nothing yet.
 */
@NullMarked
package dev.frontline.knowledge;

import org.jspecify.annotations.NullMarked;

/**
 * The public help center: each workspace's published, public articles as server-rendered pages under
 * {@code /help/<slug>/<language>/} (categories, articles, search, sitemap), with the workspace's branding,
 * visitors' "was this helpful?" answers and a "Contact us" that opens the workspace's chat or starts an email
 * conversation carrying what the visitor searched and read. Reads articles through {@code knowledge}'s
 * {@code PublicArticles}, delivers contact requests through {@code channels}. Publishes nothing.
 */
@NullMarked
package dev.frontline.helpcenter;

import org.jspecify.annotations.NullMarked;

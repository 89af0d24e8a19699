/**
 * Serves the single-page web UI built from {@code frontend/}: its static files, and {@code index.html}
 * for every deep link the UI's router owns ({@code /inbox/123}, {@code /settings/users}), so a reload or
 * a shared link opens the right screen. Owns no data and publishes nothing.
 */
@NullMarked
package dev.frontline.webui;

import org.jspecify.annotations.NullMarked;

/** The help center's public pages and its settings endpoint for admins. */
@NullMarked
package dev.frontline.helpcenter.web;

import org.jspecify.annotations.NullMarked;

/** What help center visitors leave behind: their feedback on articles and their contact requests. */
@NullMarked
package dev.frontline.helpcenter.internal;

import org.jspecify.annotations.NullMarked;

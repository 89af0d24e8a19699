/** Channel secrets (mailbox passwords) encrypted at rest with the installation's key. */
@NullMarked
package dev.frontline.channels.secrets;

import org.jspecify.annotations.NullMarked;

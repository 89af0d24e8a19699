/**
 * Secrets stored encrypted with the installation's key: mailbox passwords, chat identity secrets, TOTP
 * secrets. Shared because several modules keep such secrets and none should depend on another for it.
 */
@NamedInterface("secrets")
@NullMarked
package dev.frontline.shared.secrets;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;

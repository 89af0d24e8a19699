/**
 * HTTP plumbing shared by all modules: problem+json responses and the Idempotency-Key filter.
 */
@NamedInterface("web")
@NullMarked
package dev.frontline.shared.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;

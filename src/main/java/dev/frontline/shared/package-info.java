/**
 * Shared kernel: identifiers, the authenticated caller and its workspace scope, paging, time and the
 * problem types every module raises. No business logic lives here.
 */
@NullMarked
package dev.frontline.shared;

import org.jspecify.annotations.NullMarked;

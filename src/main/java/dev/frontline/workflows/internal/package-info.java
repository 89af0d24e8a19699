/** The workflows module's storage, tree checks and leaf actions. */
@NullMarked
package dev.frontline.workflows.internal;

import org.jspecify.annotations.NullMarked;

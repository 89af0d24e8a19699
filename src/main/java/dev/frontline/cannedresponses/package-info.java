/**
 * Canned responses: prepared replies agents insert by shortcut. Each agent keeps personal ones;
 * supervisors and admins manage the ones shared with the whole workspace. Bodies may hold variables
 * such as {@code {{contact.name}}} that the agent workspace fills in. Publishes nothing.
 */
@NullMarked
package dev.frontline.cannedresponses;

import org.jspecify.annotations.NullMarked;

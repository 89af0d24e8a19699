/**
 * Workspaces, their staff (agents, supervisors, admins), teams and API tokens, and how a request is
 * authenticated: a session for the web UI, a bearer token for the API. Other modules read staff
 * through {@link dev.frontline.identity.Directory}.
 */
@NullMarked
package dev.frontline.identity;

import org.jspecify.annotations.NullMarked;

package dev.frontline.identity;

/** Who may create a workspace through {@code POST /api/v1/signup} ({@code frontline.workspaces.signup}). */
public enum SignupMode {
    /** Nobody: only operators create workspaces. */
    CLOSED,
    /** Whoever holds an unused sign-up code from an operator. */
    INVITE,
    /** Anyone. */
    OPEN
}

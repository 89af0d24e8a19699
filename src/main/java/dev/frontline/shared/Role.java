package dev.frontline.shared;

/** Staff roles, each including the permissions of the ones before it. */
public enum Role {
    AGENT, SUPERVISOR, ADMIN;

    public boolean includes(Role other) {
        return compareTo(other) >= 0;
    }
}

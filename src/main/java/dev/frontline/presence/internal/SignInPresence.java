package dev.frontline.presence.internal;

import dev.frontline.identity.StaffDeactivated;
import dev.frontline.identity.StaffSignedIn;
import dev.frontline.identity.StaffSignedOut;
import dev.frontline.presence.PresenceStatus;
import dev.frontline.presence.Presence;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Signing in makes an offline member available (someone who set themselves to a break stays on it);
 * signing out or being deactivated makes them offline. Runs before the sign-in answers, so the UI reads the new status.
 */
@Component
class SignInPresence {

    private final Presence presence;

    SignInPresence(Presence presence) {
        this.presence = presence;
    }

    @EventListener
    void on(StaffSignedIn signedIn) {
        if (presence.statusOf(signedIn.workspaceId(), signedIn.userId()).status() == PresenceStatus.OFFLINE) {
            presence.change(signedIn.workspaceId(), signedIn.userId(), PresenceStatus.AVAILABLE, null);
        }
    }

    @EventListener
    void on(StaffSignedOut signedOut) {
        presence.change(signedOut.workspaceId(), signedOut.userId(), PresenceStatus.OFFLINE, null);
    }

    /** In the deactivating transaction, so a deactivated member is never left available for routing. */
    @EventListener
    void on(StaffDeactivated deactivated) {
        presence.change(deactivated.workspaceId(), deactivated.userId(), PresenceStatus.OFFLINE, null);
    }
}

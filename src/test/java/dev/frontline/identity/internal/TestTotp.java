package dev.frontline.identity.internal;

import java.time.Instant;

/** What an authenticator app shows for a secret at a time, for tests outside this package. */
public final class TestTotp {

    private TestTotp() {
    }

    public static String code(String base32Secret, Instant at) {
        return Totp.forApps(Base32.decode(base32Secret)).code(Totp.step(at));
    }
}

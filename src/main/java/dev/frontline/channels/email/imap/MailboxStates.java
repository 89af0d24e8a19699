package dev.frontline.channels.email.imap;

import dev.frontline.shared.Timestamps;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Where fetching stopped in each mailbox folder ({@code email_mailbox_state}) and who may fetch it now: a
 * node takes the folder's lease with one conditional update, so two nodes never fetch the same folder at
 * once, and a node that died leaves a lease that simply expires.
 */
@Repository
class MailboxStates {

    record Position(@Nullable Long uidValidity, long lastUid) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    MailboxStates(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    boolean lease(UUID inboxId, String folder, UUID node, Duration length) {
        Instant now = clock.instant();
        boolean known = jdbc.sql("select count(*) from email_mailbox_state where inbox_id = ? and folder = ?")
                .params(inboxId, folder).query(Long.class).single() > 0;
        if (!known) {
            try {
                jdbc.sql("insert into email_mailbox_state (inbox_id, folder, last_uid) values (?, ?, 0)")
                        .params(inboxId, folder).update();
            } catch (DuplicateKeyException anotherNodeWasFirst) {
                // the row exists now; the lease below decides
            }
        }
        return jdbc.sql("""
                update email_mailbox_state set lease_owner = ?, lease_until = ?
                where inbox_id = ? and folder = ? and (lease_owner is null or lease_owner = ? or lease_until < ?)""")
                .params(node, Timestamps.sql(now.plus(length)), inboxId, folder, node, Timestamps.sql(now))
                .update() == 1;
    }

    void release(UUID inboxId, String folder, UUID node, @Nullable String error) {
        jdbc.sql("""
                update email_mailbox_state set lease_owner = null, lease_until = null, polled_at = ?, last_error = ?
                where inbox_id = ? and folder = ? and lease_owner = ?""")
                .params(Timestamps.sql(clock.instant()), error, inboxId, folder, node)
                .update();
    }

    /** A round of a folder kept open finished: the lease stays, the last error is cleared. */
    void polled(UUID inboxId, String folder, UUID node) {
        jdbc.sql("""
                update email_mailbox_state set polled_at = ?, last_error = null
                where inbox_id = ? and folder = ? and lease_owner = ?""")
                .params(Timestamps.sql(clock.instant()), inboxId, folder, node)
                .update();
    }

    Position position(UUID inboxId, String folder) {
        return jdbc.sql("select uid_validity, last_uid from email_mailbox_state where inbox_id = ? and folder = ?")
                .params(inboxId, folder)
                .query((rs, n) -> new Position(rs.getObject(1) == null ? null : rs.getLong(1), rs.getLong(2)))
                .single();
    }

    /** The server renumbered the folder: remember its new UIDVALIDITY and read it from the start. */
    void restart(UUID inboxId, String folder, long uidValidity) {
        jdbc.sql("update email_mailbox_state set uid_validity = ?, last_uid = 0 where inbox_id = ? and folder = ?")
                .params(uidValidity, inboxId, folder).update();
    }

    void fetched(UUID inboxId, String folder, long uid) {
        jdbc.sql("update email_mailbox_state set last_uid = ? where inbox_id = ? and folder = ? and last_uid < ?")
                .params(uid, inboxId, folder, uid).update();
    }
}

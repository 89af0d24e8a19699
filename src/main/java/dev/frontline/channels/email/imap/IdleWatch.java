package dev.frontline.channels.email.imap;

import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One IMAP folder kept open in IDLE on its own daemon thread while this node holds the folder's lease: new
 * mail is fetched as soon as the server announces it. Every {@code refresh} the IDLE is ended from another
 * thread so the round renews the lease, notices changed settings and fetches whatever IDLE did not announce
 * (servers drop an IDLE after about 29 minutes). It ends, closing the connection and releasing the lease,
 * when a round says so, when the connection fails, or on {@link #stop()}.
 */
final class IdleWatch implements Runnable {

    /** A round while the folder is open: renews the lease and fetches; false ends the watch. */
    interface Round {
        boolean run(IMAPFolder folder) throws MessagingException, IOException;
    }

    /** Called once the watch has ended, with what ended it if it failed. */
    interface Ended {
        void ended(IdleWatch watch, String error);
    }

    private static final Logger log = LoggerFactory.getLogger(IdleWatch.class);

    private final Store store;
    private final IMAPFolder folder;
    private final Round round;
    private final Ended ended;
    private final String name;
    private volatile boolean stopped;
    private ScheduledFuture<?> wakeUps;
    private Thread thread;

    IdleWatch(String name, Store store, IMAPFolder folder, Round round, Ended ended) {
        this.name = name;
        this.store = store;
        this.folder = folder;
        this.round = round;
        this.ended = ended;
    }

    void start(ScheduledExecutorService scheduler, Duration refresh) {
        thread = Thread.ofPlatform().daemon().name(name).unstarted(this);
        wakeUps = scheduler.scheduleWithFixedDelay(this::wake, refresh.toMillis(), refresh.toMillis(),
                TimeUnit.MILLISECONDS);
        thread.start();
    }

    @Override
    public void run() {
        String error = null;
        try {
            while (!stopped && round.run(folder) && !stopped) {
                folder.idle(true); // returns on the server's first announcement or when woken
            }
        } catch (MessagingException | IOException | RuntimeException e) {
            if (!stopped) {
                error = e.getClass().getSimpleName() + ": " + e.getMessage();
                log.warn("Watching {} failed: {}", name, error);
            }
        } finally {
            wakeUps.cancel(false);
            close();
            ended.ended(this, error);
        }
    }

    /** Ends the IDLE so the watch runs a round now: any other command on the folder does (Angus Mail). */
    void wake() {
        try {
            folder.getMessageCount();
        } catch (MessagingException | IllegalStateException closed) {
            // the watch's own thread sees the failure and ends
        }
    }

    /** Ends the watch and waits for it, closing the connection if a round does not finish in time. */
    void stop(Duration wait) {
        stopped = true;
        wake();
        try {
            thread.join(wait);
            if (thread.isAlive()) {
                close();
                thread.join(wait);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void close() {
        try {
            store.close();
        } catch (MessagingException alreadyGone) {
            // nothing left to close
        }
    }
}

package dev.frontline.knowledge.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * This node's search index: built from the database when the application starts (in a fresh temporary
 * directory, as the database is the only truth), polled for other nodes' changes every
 * {@code frontline.knowledge.index-poll-interval}, and deleted when the application stops.
 */
@Component
public class SearchIndexLifecycle implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexLifecycle.class);

    private final JdbcClient jdbc;
    private volatile @Nullable Path directory;
    private volatile @Nullable ArticleIndex index;
    private volatile @Nullable IndexFollower follower;

    SearchIndexLifecycle(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ArticleIndex index() {
        ArticleIndex current = index;
        if (current == null) {
            throw new IllegalStateException("The knowledge index is not running");
        }
        return current;
    }

    /** Makes every committed change searchable on this node now. */
    public void catchUp() {
        IndexFollower current = follower;
        if (current != null) {
            current.catchUp();
        }
    }

    @Scheduled(fixedDelayString = "${frontline.knowledge.index-poll-interval:PT1S}")
    void poll() {
        try {
            catchUp();
        } catch (RuntimeException e) {
            log.warn("Knowledge index could not follow the latest article changes; retrying: {}", e.toString());
        }
    }

    @Override
    public synchronized void start() {
        try {
            Path created = Files.createTempDirectory("frontline-knowledge-index");
            ArticleIndex opened = new ArticleIndex(created);
            IndexFollower following = new IndexFollower(jdbc, opened);
            long started = System.nanoTime();
            following.rebuild();
            log.info("Knowledge index built up to revision {} in {} ms", following.appliedRevision(),
                    (System.nanoTime() - started) / 1_000_000);
            directory = created;
            index = opened;
            follower = following;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the knowledge index directory", e);
        }
    }

    @Override
    public synchronized void stop() {
        follower = null;
        ArticleIndex closing = index;
        index = null;
        if (closing != null) {
            closing.close();
        }
        Path removing = directory;
        directory = null;
        if (removing != null) {
            deleteQuietly(removing);
        }
    }

    private static void deleteQuietly(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            log.warn("Could not delete the knowledge index at {}: {}", root, e.toString());
        }
    }

    @Override
    public boolean isRunning() {
        return index != null;
    }
}

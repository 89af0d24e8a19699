package dev.frontline.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GroupCommitTests {

    final List<List<String>> committedBatches = new CopyOnWriteArrayList<>();
    final CountDownLatch firstCommitStarted = new CountDownLatch(1);
    final CountDownLatch firstCommitMayFinish = new CountDownLatch(1);
    final ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor();
    final GroupCommit<String, String, String> groupCommit = new GroupCommit<>("test-group-commit", this::storeAll,
            this::store, 5, Duration.ofMillis(2));

    /** Fails a batch holding "bad"; the first batch waits until the test lets it finish. */
    private List<String> storeAll(String key, List<String> items) {
        if (items.contains("bad")) {
            throw new IllegalArgumentException("bad batch");
        }
        firstCommitStarted.countDown();
        try {
            firstCommitMayFinish.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        committedBatches.add(items);
        return items.stream().map(item -> key + ":" + item).toList();
    }

    private String store(String key, String item) {
        if (item.equals("bad")) {
            throw new IllegalArgumentException("bad item");
        }
        return key + ":" + item + " (alone)";
    }

    @AfterEach
    void stop() {
        firstCommitMayFinish.countDown();
        groupCommit.stop();
        callers.shutdownNow();
    }

    private CompletableFuture<String> submit(String key, String item) {
        return CompletableFuture.supplyAsync(() -> groupCommit.submit(key, item), callers);
    }

    /** Submits the items while the worker is busy with a first commit, so they wait together. */
    private List<CompletableFuture<String>> submitDuringACommit(List<String> keys, List<String> items) throws Exception {
        CompletableFuture<String> first = submit("inbox", "first");
        firstCommitStarted.await(10, TimeUnit.SECONDS);
        List<CompletableFuture<String>> waiting = IntStream.range(0, items.size())
                .mapToObj(i -> submit(keys.get(i % keys.size()), items.get(i))).toList();
        await().pollDelay(Duration.ofMillis(100)).until(() -> true);
        assertThat(first).as("a caller returns only once its batch committed").isNotDone();
        assertThat(waiting).noneMatch(CompletableFuture::isDone);
        firstCommitMayFinish.countDown();
        assertThat(first.join()).isEqualTo("inbox:first");
        return waiting;
    }

    @Test
    void itemsSubmittedDuringACommitAreCommittedTogetherAndEachCallerGetsItsOwnResult() throws Exception {
        List<CompletableFuture<String>> results = submitDuringACommit(List.of("inbox"), List.of("a", "b", "c", "d"));

        assertThat(results.stream().map(CompletableFuture::join)).containsExactly("inbox:a", "inbox:b", "inbox:c", "inbox:d");
        assertThat(committedBatches).hasSize(2);
        assertThat(committedBatches.get(1)).containsExactlyInAnyOrder("a", "b", "c", "d");
    }

    @Test
    void aBatchHoldsOneKeyAndAtMostItsSize() throws Exception {
        List<String> items = IntStream.range(0, 12).mapToObj(i -> "m" + i).toList();

        List<CompletableFuture<String>> results = submitDuringACommit(List.of("one", "two"), items);

        results.forEach(CompletableFuture::join);

        assertThat(results.get(0).join()).isEqualTo("one:m0");
        assertThat(results.get(1).join()).isEqualTo("two:m1");
        assertThat(committedBatches).allSatisfy(batch -> assertThat(batch).hasSizeLessThanOrEqualTo(5));
        assertThat(committedBatches.stream().skip(1).flatMap(List::stream)).hasSize(12);
        assertThat(committedBatches).noneSatisfy(batch -> assertThat(batch).contains("m0", "m1"));
    }

    @Test
    void aFailingBatchIsStoredOneByOneSoOnlyTheBadItemsCallerFails() throws Exception {
        List<CompletableFuture<String>> results = submitDuringACommit(List.of("inbox"), List.of("good-1", "bad", "good-2"));

        assertThat(results.get(0).join()).isEqualTo("inbox:good-1 (alone)");
        assertThat(results.get(2).join()).isEqualTo("inbox:good-2 (alone)");
        assertThatThrownBy(() -> results.get(1).join()).hasCauseInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bad item");
    }

    @Test
    void lanesCommitSideBySideAndOneLaneValueStaysInOrderInOneLane() throws Exception {
        // Lane by the item's first letter: "a…" and "b…" items hash to different lanes of two.
        CountDownLatch bothLanesCommitting = new CountDownLatch(2);
        List<String> stored = new CopyOnWriteArrayList<>();
        GroupCommit<String, String, String> lanes = new GroupCommit<>("test-lanes", 2, item -> item.charAt(0) - 'a',
                (key, items) -> {
                    bothLanesCommitting.countDown();
                    try {
                        // A single worker would wait here forever: the other lane's batch could never start.
                        assertThat(bothLanesCommitting.await(10, TimeUnit.SECONDS)).as("the other lane commits meanwhile").isTrue();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    stored.addAll(items);
                    return items;
                }, (key, item) -> item + " (alone)", 1, Duration.ZERO);
        try {
            CompletableFuture<String> a = CompletableFuture.supplyAsync(() -> lanes.submit("inbox", "a1"), callers);
            CompletableFuture<String> b = CompletableFuture.supplyAsync(() -> lanes.submit("inbox", "b1"), callers);
            assertThat(a.get(15, TimeUnit.SECONDS)).isEqualTo("a1");
            assertThat(b.get(15, TimeUnit.SECONDS)).isEqualTo("b1");

            List<String> sameCustomer = IntStream.range(0, 20).mapToObj(i -> "a" + i).toList();
            sameCustomer.forEach(item -> lanes.submit("inbox", item));
            assertThat(stored.stream().filter(item -> item.startsWith("a")).skip(1))
                    .as("one lane value: stored in the order submitted").containsExactlyElementsOf(sameCustomer);
        } finally {
            lanes.stop();
        }
    }
}

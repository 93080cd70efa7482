package fr.ozcar.insitu.web.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A lane runs a bounded number of jobs, queues a bounded number more, and refuses the rest at once. */
class WorkLaneTest {

    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    private static WorkLane lane(int concurrency, int queue, int perClient, Duration maxWait) {
        return new WorkLane("sparql", new WorkLane.Limits(concurrency, queue, perClient, maxWait, Duration.ofSeconds(7)));
    }

    @Test
    void whenEverySlotIsTakenAndTheQueueIsFullTheNextIsRefusedAtOnce() throws Exception {
        WorkLane lane = lane(1, 1, 5, Duration.ofSeconds(30));
        WorkLane.Permit running = lane.enter("10.0.0.1");
        CountDownLatch queued = new CountDownLatch(1);
        Future<?> waiting = threads.submit(() -> {
            queued.countDown();
            lane.enter("10.0.0.2").close();
            return null;
        });
        queued.await();
        Thread.sleep(200); // the second is waiting in the queue
        long start = System.nanoTime();
        assertThatThrownBy(() -> lane.enter("10.0.0.3")).isInstanceOfSatisfying(WorkLane.Busy.class, busy -> {
            assertThat(busy.perClient()).isFalse();
            assertThat(busy.retryAfterSeconds()).isEqualTo(7);
        });
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
        running.close();
        waiting.get(); // the queued one ran once the slot was free
        assertThat(lane.running()).isZero();
    }

    @Test
    void oneClientGetsAtMostItsShareWhileOthersStillGetIn() {
        WorkLane lane = lane(4, 4, 2, Duration.ofSeconds(30));
        WorkLane.Permit first = lane.enter("10.0.0.1");
        WorkLane.Permit second = lane.enter("10.0.0.1");
        assertThatThrownBy(() -> lane.enter("10.0.0.1"))
                .isInstanceOfSatisfying(WorkLane.Busy.class, busy -> assertThat(busy.perClient()).isTrue());
        lane.enter("10.0.0.2").close();
        first.close();
        first.close(); // closing twice gives the slot back once
        lane.enter("10.0.0.1").close();
        second.close();
        assertThat(lane.running()).isZero();
    }

    @Test
    void aQueuedJobGivesUpAfterTheLongestWait() {
        WorkLane lane = lane(1, 4, 5, Duration.ofMillis(300));
        WorkLane.Permit running = lane.enter("10.0.0.1");
        assertThatThrownBy(() -> lane.enter("10.0.0.2")).isInstanceOf(WorkLane.Busy.class).hasMessageContaining("no slot freed");
        running.close();
        assertThat(lane.running()).isZero();
    }
}

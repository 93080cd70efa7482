package fr.ozcar.insitu.web.work;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded lane for one kind of heavy blocking work (SPARQL, SensorThings reads, exports, deposits):
 * at most {@code concurrency} run at once, at most {@code queue} more wait (each at most
 * {@code maxWait}) and one client has at most {@code perClient} in the lane, running or waiting.
 * Beyond any of these the work is refused at once with {@link Busy}, which the web layer answers
 * with 503 (or 429 for the per-client limit) and {@code Retry-After}, rather than letting threads,
 * CPU or database connections pile up until every other request waits.
 *
 * <p>The caller must already be off the Netty event loop ({@code @ExecuteOn(TaskExecutors.BLOCKING)}):
 * waiting for a slot blocks the calling thread.
 */
public final class WorkLane {

    private final String name;
    private final Limits limits;
    private final Semaphore running;
    private final AtomicInteger waiting = new AtomicInteger();
    private final ConcurrentHashMap<String, Integer> perClient = new ConcurrentHashMap<>();

    /** The limits of a lane; {@code retryAfter} is what a refused client is told to wait. */
    public record Limits(int concurrency, int queue, int perClient, Duration maxWait, Duration retryAfter) {
        public Limits {
            if (concurrency < 1 || queue < 0 || perClient < 1) {
                throw new IllegalArgumentException("a lane needs concurrency >= 1, queue >= 0 and perClient >= 1");
            }
        }
    }

    /** A slot in the lane, given back by {@link #close}, exactly once. */
    public interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    public WorkLane(String name, Limits limits) {
        this.name = name;
        this.limits = limits;
        this.running = new Semaphore(limits.concurrency(), true);
    }

    public String name() {
        return name;
    }

    public Limits limits() {
        return limits;
    }

    /** How many slots are taken now (for monitoring and tests). */
    public int running() {
        return limits.concurrency() - running.availablePermits();
    }

    /**
     * Takes a slot for {@code client} (its address), waiting in the queue if every slot is taken.
     *
     * @throws Busy when the client has its share already, the queue is full, or no slot freed in time
     */
    public Permit enter(String client) {
        if (perClient.merge(client, 1, Integer::sum) > limits.perClient()) {
            leave(client);
            throw new Busy(this, true, name + ": this client already has " + limits.perClient()
                    + " requests running or waiting here; retry when one has finished");
        }
        boolean acquired = running.tryAcquire();
        if (!acquired) {
            if (waiting.incrementAndGet() > limits.queue()) {
                waiting.decrementAndGet();
                leave(client);
                throw new Busy(this, false, name + ": every slot is taken and the queue is full");
            }
            try {
                acquired = running.tryAcquire(limits.maxWait().toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                waiting.decrementAndGet();
            }
            if (!acquired) {
                leave(client);
                throw new Busy(this, false, name + ": no slot freed within " + limits.maxWait().toMillis() + " ms");
            }
        }
        return new Permit() {
            private boolean closed;

            @Override
            public synchronized void close() {
                if (!closed) {
                    closed = true;
                    running.release();
                    leave(client);
                }
            }
        };
    }

    /** Runs {@code work} in a slot of this lane. */
    public <T> T run(String client, Work<T> work) throws Exception {
        try (Permit permit = enter(client)) {
            return work.call();
        }
    }

    /** Work that may throw, like {@link java.util.concurrent.Callable}. */
    @FunctionalInterface
    public interface Work<T> {
        T call() throws Exception;
    }

    private void leave(String client) {
        // a client back to zero is forgotten: no entry per address ever seen
        perClient.computeIfPresent(client, (c, count) -> count == 1 ? null : count - 1);
    }

    /** Work refused by a lane; {@code perClient} when this client's share was the limit. */
    public static final class Busy extends RuntimeException {
        private final transient WorkLane lane;
        private final boolean perClient;

        Busy(WorkLane lane, boolean perClient, String message) {
            super(message, null, false, false);
            this.lane = lane;
            this.perClient = perClient;
        }

        public boolean perClient() {
            return perClient;
        }

        public long retryAfterSeconds() {
            return Math.max(1, lane.limits.retryAfter().toSeconds());
        }
    }
}

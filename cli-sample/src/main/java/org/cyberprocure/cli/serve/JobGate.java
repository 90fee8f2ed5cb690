package org.cyberprocure.cli.serve;

import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bounds CPU-bound work: at most {@code maxJobs} run at once (the rule engine and PDF writing use a core each),
 * at most {@code maxWaiting} more wait for a slot; beyond that a request is refused at once with 503 instead of
 * piling up threads and memory. Light requests (the catalog, the OpenAPI document, pages) do not pass the gate.
 */
public final class JobGate {
    private final Semaphore slots;
    private final int maxJobs;
    private final int maxWaiting;
    private final AtomicInteger waiting = new AtomicInteger();

    JobGate(int maxJobs, int maxWaiting) {
        this.slots = new Semaphore(maxJobs, true);
        this.maxJobs = maxJobs;
        this.maxWaiting = maxWaiting;
    }

    /** Work that runs once it has a slot. */
    @FunctionalInterface
    public interface Job<T> {
        T run() throws Exception;
    }

    /** Thrown when every slot is busy and the waiting line is full: the server answers 503 with Retry-After. */
    public static final class Busy extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Busy() {
            super("the server is busy with other evaluations; try again shortly");
        }
    }

    /** Runs a job in a slot, waiting for one if needed; {@link Busy} when too many wait already. */
    public <T> T run(Job<T> job) throws Exception {
        if (!slots.tryAcquire()) {
            if (waiting.incrementAndGet() > maxWaiting) {
                waiting.decrementAndGet();
                throw new Busy();
            }
            try {
                slots.acquire();
            } finally {
                waiting.decrementAndGet();
            }
        }
        try {
            return job.run();
        } finally {
            slots.release();
        }
    }

    /** Jobs running now. */
    public int running() {
        return maxJobs - slots.availablePermits();
    }

    /** Requests waiting for a slot now. */
    public int waiting() {
        return waiting.get();
    }
}

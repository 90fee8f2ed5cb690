package org.cyberprocure.cli.serve.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Batch uploads evaluated in the background, so that the officer sees a progress page instead of a request that
 * hangs. One batch runs at a time (the checker is shared and the machine small); later batches wait their turn.
 */
public final class Jobs implements AutoCloseable {
    private static final int KEPT = 50;

    /** An uploaded file: its name and bytes. */
    public record Upload(String name, byte[] content) {
    }

    /**
     * A file of a batch: added to the lot ({@code offer}: evaluated, or refused with its problems), or not added
     * ({@code failure}: the lot's folder could not be written, or the server was too busy).
     */
    public record Outcome(String name, LotOffer offer, String failure) {
        public boolean added() {
            return failure == null;
        }
    }

    /** One batch: how far it is, and each file's outcome when done. */
    public static final class Job {
        private final String id;
        private final String lotId;
        private final int total;
        private final List<Outcome> done = new ArrayList<>();
        private volatile boolean finished;

        Job(String id, String lotId, int total) {
            this.id = id;
            this.lotId = lotId;
            this.total = total;
        }

        public String id() {
            return id;
        }

        public String lotId() {
            return lotId;
        }

        public int total() {
            return total;
        }

        /** How many files are evaluated. */
        public synchronized int count() {
            return done.size();
        }

        /** The files handled so far, in order. */
        public synchronized List<Outcome> done() {
            return List.copyOf(done);
        }

        public boolean finished() {
            return finished;
        }

        synchronized void add(Outcome outcome) {
            done.add(outcome);
        }
    }

    /** Where each file's evaluation runs: the server's gate for CPU-bound work. */
    @FunctionalInterface
    public interface Gate {
        void run(Runnable work) throws Exception;
    }

    private final Gate gate;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "cyberprocure-workbench-batch");
        t.setDaemon(true);
        return t;
    });
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<String, Job> jobs = new LinkedHashMap<>();

    public Jobs(Gate gate) {
        this.gate = gate;
    }

    /** Starts evaluating the uploads into the lot; the job reports progress. */
    public synchronized Job start(Lot lot, List<Upload> uploads) {
        Job job = new Job(String.valueOf(ids.incrementAndGet()), lot.id(), uploads.size());
        jobs.put(job.id(), job);
        while (jobs.size() > KEPT) {
            jobs.remove(jobs.keySet().iterator().next());
        }
        executor.execute(() -> {
            try {
                for (Upload upload : uploads) {
                    LotOffer[] added = new LotOffer[1];
                    try {
                        gate.run(() -> {
                            try {
                                added[0] = lot.addOffer(upload.name(), upload.content());
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        });
                    } catch (Exception e) {
                        // The lot's folder failed, or a bug: the file is named as not added, the batch goes on.
                        job.add(new Outcome(upload.name(), null, String.valueOf(e.getMessage())));
                        continue;
                    }
                    job.add(new Outcome(upload.name(), added[0], null));
                }
            } finally {
                job.finished = true;
            }
        });
        return job;
    }

    public synchronized Optional<Job> find(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}

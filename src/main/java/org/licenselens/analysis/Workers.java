package org.licenselens.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;

/**
 * The one worker pool of a run: {@code identify} and {@code scan} both analyse their files through it. Threads take
 * the next item as they finish one, so a long file never leaves the others idle behind a fixed share.
 */
public final class Workers {
    private Workers() {}

    /**
     * Runs {@code task} for every index in {@code 0..count-1}, in that order of taking, on the calling thread and
     * {@code threads - 1} others; returns when all are done and rethrows what any task threw.
     *
     * @param threads how many threads at most (1: the calling thread alone)
     * @param count   how many items
     * @param task    what to do with item {@code i}; must store its result itself (e.g. at index {@code i})
     */
    public static void run(int threads, int count, IntConsumer task) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                task.accept(i);
            }
        };
        List<Thread> helpers = new ArrayList<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        for (int t = 1; t < Math.min(threads, count); t++) {
            helpers.add(Thread.ofPlatform().name("licenselens-worker-" + t).daemon().start(() -> {
                try {
                    worker.run();
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            }));
        }
        try {
            worker.run();
        } catch (RuntimeException | Error e) {
            failure.compareAndSet(null, e);
        }
        joinAll(helpers);
        Throwable thrown = failure.get();
        if (thrown instanceof RuntimeException e) {
            throw e;
        }
        if (thrown instanceof Error e) {
            throw e;
        }
        if (thrown != null) {
            throw new IllegalStateException("analysis failed", thrown);
        }
    }

    private static void joinAll(List<Thread> helpers) {
        boolean interrupted = false;
        for (Thread helper : helpers) {
            while (true) {
                try {
                    helper.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}

package org.virtfx.ui.core;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.virtfx.ui.api.AnyThread;

/**
 * The one thread that makes every libvirt call of one connection (virt-manager's tick thread,
 * made per connection): a slow or dead host then delays only its own work.
 *
 * <p>Thread-safe. Tasks run in submission order.
 */
@AnyThread
public final class ConnectionWorker implements AutoCloseable {
    private final ScheduledExecutorService executor;

    /**
     * Starts the worker thread.
     *
     * @param name the thread's name, conventionally {@code libvirt-<uri>}
     */
    public ConnectionWorker(String name) {
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Runs work on the worker.
     *
     * @param <T> the result
     * @param work the work
     * @return completes, on the worker thread, with the work's result or failure
     */
    public <T> CompletableFuture<T> submit(Callable<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        try {
            executor.execute(() -> {
                try {
                    result.complete(work.call());
                } catch (Throwable e) {
                    result.completeExceptionally(e);
                }
            });
        } catch (RuntimeException rejected) {
            result.completeExceptionally(new IllegalStateException("the connection is closed", rejected));
        }
        return result;
    }

    /**
     * Runs a task on the worker; a task that throws is logged. After {@link #close()} it is dropped.
     *
     * @param task the task
     */
    public void execute(Runnable task) {
        try {
            executor.execute(() -> runLogged(task));
        } catch (RuntimeException rejected) {
            // Closed: nothing is left to update.
        }
    }

    /**
     * Runs a task once on the worker after a delay.
     *
     * @param task the task
     * @param delayMillis the delay
     * @return cancels it, or null when the worker is closed
     */
    public ScheduledFuture<?> schedule(Runnable task, long delayMillis) {
        try {
            return executor.schedule(() -> runLogged(task), delayMillis, TimeUnit.MILLISECONDS);
        } catch (RuntimeException rejected) {
            return null;
        }
    }

    private static void runLogged(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            System.getLogger("org.virtfx.ui.core").log(System.Logger.Level.WARNING, "worker task failed", e);
        }
    }

    /** Lets queued tasks finish, then ends the thread; returns at once. */
    @Override
    public void close() {
        executor.shutdown();
    }

    /**
     * Waits for the thread to end after {@link #close()}.
     *
     * @param millis how long to wait at most
     * @return true when it ended
     * @throws InterruptedException when interrupted
     */
    public boolean awaitTermination(long millis) throws InterruptedException {
        return executor.awaitTermination(millis, TimeUnit.MILLISECONDS);
    }
}

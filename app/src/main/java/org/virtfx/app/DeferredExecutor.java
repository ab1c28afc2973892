package org.virtfx.app;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * The JavaFX thread's executor before the toolkit is up: tasks queue, in order, until
 * {@link #start} hands them and every later task to the real executor. It lets connections open
 * (and libvirt parse a large host) while the toolkit starts, instead of after.
 *
 * <p>Thread-safe.
 */
final class DeferredExecutor implements Executor {
    private final List<Runnable> queued = new ArrayList<>();
    private Executor target;

    @Override
    public synchronized void execute(Runnable task) {
        if (target != null) {
            target.execute(task);
        } else {
            queued.add(task);
        }
    }

    /**
     * Runs the queued tasks, in order, on the real executor, and every later task too.
     *
     * @param real the real executor: {@code Platform::runLater}
     */
    synchronized void start(Executor real) {
        target = real;
        queued.forEach(real::execute);
        queued.clear();
    }
}

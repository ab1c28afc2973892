package org.virtfx.libvirt;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test class that leaves a handle unclosed: the binding's leak detector (a Cleaner)
 * reports every handle collected without {@code close()}, and this extension turns a report into
 * a failure of the class that caused it.
 *
 * <p>Registered for every test class of the module by JUnit's extension auto-detection
 * ({@code META-INF/services} plus {@code junit-platform.properties}). A test that leaks on purpose
 * (the stress test's chained calls on temporaries) takes its reports with {@link #drain()}.
 */
public final class LeakGuard implements BeforeAllCallback, AfterAllCallback {
    private static final ConcurrentLinkedQueue<String> REPORTS = new ConcurrentLinkedQueue<>();

    static {
        install();
    }

    /** Makes the binding report leaks here again, after a test that listened itself. */
    static void install() {
        Libvirt.setLeakListener(REPORTS::add);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        collectGarbage();
        REPORTS.clear(); // a report from an earlier class was already charged to it
    }

    @Override
    public void afterAll(ExtensionContext context) throws InterruptedException {
        collectGarbage();
        List<String> leaks = drain();
        if (!leaks.isEmpty()) {
            fail(context.getDisplayName() + " left " + leaks.size() + " handle(s) unclosed: " + leaks);
        }
    }

    /**
     * Takes the reports made so far.
     *
     * @return the reports, oldest first
     */
    static List<String> drain() {
        List<String> out = new ArrayList<>();
        for (String s = REPORTS.poll(); s != null; s = REPORTS.poll()) {
            out.add(s);
        }
        return out;
    }

    /**
     * Collects garbage until the binding's Cleaner has caught up: a sentinel registered with it
     * after the handles becomes unreachable with them, and its action runs after theirs.
     */
    static void collectGarbage() {
        CountDownLatch cleaned = new CountDownLatch(1);
        Handle.CLEANER.register(new Object(), cleaned::countDown);
        try {
            for (int i = 0; i < 500 && cleaned.getCount() > 0; i++) {
                System.gc();
                cleaned.await(10, TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

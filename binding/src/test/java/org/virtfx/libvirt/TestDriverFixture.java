package org.virtfx.libvirt;

import java.util.ArrayDeque;
import java.util.Deque;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the integration tests that run each test on a fresh connection to one test-driver
 * fixture: opens {@link #conn} before each test and closes it after, together with the handles
 * the test class registered with {@link #closeAfter}, newest first, before the connection.
 *
 * <p>JUnit runs these callbacks around the subclass's own: a subclass's {@code @BeforeEach} sees
 * the connection open, and its {@code @AfterEach} runs while it still is.
 */
abstract class TestDriverFixture {
    private final String resource;
    private final Deque<AutoCloseable> toClose = new ArrayDeque<>();
    /** The running test's connection to its own copy of the fixture. */
    Connect conn;

    /** Uses the default fixture, {@code /testdriver.xml}. */
    TestDriverFixture() {
        this("/testdriver.xml");
    }

    /** @param resource a test-driver XML file among the test resources, such as {@code /net-testdriver.xml} */
    TestDriverFixture(String resource) {
        this.resource = resource;
    }

    @BeforeEach
    final void openFixture() {
        conn = TestDriver.open(resource);
    }

    /**
     * Closes a handle after the test, before the connection.
     *
     * @param handle a handle the test class keeps for every test, such as a looked-up domain
     * @return {@code handle}
     */
    final <T extends AutoCloseable> T closeAfter(T handle) {
        toClose.push(handle);
        return handle;
    }

    @AfterEach
    final void closeFixture() throws Exception {
        Exception failure = null;
        while (!toClose.isEmpty()) {
            try {
                toClose.pop().close();
            } catch (Exception e) {
                failure = add(failure, e);
            }
        }
        if (conn != null) {
            try {
                conn.close();
            } catch (RuntimeException e) {
                failure = add(failure, e);
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private static Exception add(Exception first, Exception next) {
        if (first == null) {
            return next;
        }
        first.addSuppressed(next);
        return first;
    }
}

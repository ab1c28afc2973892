package org.virtfx.libvirt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.jna.Pointer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The close/free protocol of handles, with a counting free function instead of libvirt. */
class HandleStateTest {
    private final AtomicInteger frees = new AtomicInteger();
    private final List<String> leaks = new ArrayList<>();

    private HandleState newState() {
        Libvirt.setLeakListener(leaks::add);
        return new HandleState(new Pointer(0x1000), "Domain", p -> frees.incrementAndGet(), p -> "vm1");
    }

    @AfterEach
    void restoreLeakListener() {
        LeakGuard.install();
    }

    @Test
    void closeFreesOnceAndIsIdempotent() {
        // given an idle handle
        HandleState state = newState();
        state.markClosedByOwner();
        // when closed twice (the Cleanable runs its action once; run() is what it calls)
        state.run();
        // then it was freed once, and is closed
        assertThat(frees).hasValue(1);
        assertThat(state.isClosed()).isTrue();
        assertThat(leaks).isEmpty();
    }

    @Test
    void useAfterCloseThrowsIllegalState() {
        HandleState state = newState();
        state.markClosedByOwner();
        state.run();
        assertThatThrownBy(state::acquire).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }

    @Test
    void closeDuringACallFreesWhenTheCallReturns() {
        // given a call in flight
        HandleState state = newState();
        state.acquire();
        // when the handle is closed meanwhile
        state.markClosedByOwner();
        state.run();
        // then nothing is freed under the call, and the call's end frees
        assertThat(frees).hasValue(0);
        state.release();
        assertThat(frees).hasValue(1);
    }

    @Test
    void aHandleNeverClosedIsReportedAsALeak() {
        // given a handle its owner never closed
        HandleState state = newState();
        // when the Cleaner runs its action
        state.run();
        // then the leak is reported with the object's name, and it is freed
        assertThat(leaks).singleElement().asString().contains("Domain 'vm1' was not closed");
        assertThat(frees).hasValue(1);
    }

    @Test
    void concurrentCallsAndCloseFreeExactlyOnce() throws InterruptedException {
        // given 8 threads making calls while another closes
        HandleState state = newState();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            Thread thread = new Thread(() -> {
                awaitQuietly(start);
                for (int i = 0; i < 100_000; i++) {
                    try {
                        state.acquire();
                    } catch (IllegalStateException closed) {
                        return;
                    }
                    state.release();
                }
            });
            thread.start();
            threads.add(thread);
        }
        start.countDown();
        state.markClosedByOwner();
        state.run();
        for (Thread t : threads) {
            t.join();
        }
        // then exactly one free happened
        assertThat(frees).hasValue(1);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

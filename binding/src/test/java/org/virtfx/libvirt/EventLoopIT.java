package org.virtfx.libvirt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.jna.Library;
import com.sun.jna.Native;
import java.util.EnumSet;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link EventLoop}: the default loop, its timers and file-handle watches. */
class EventLoopIT {
    private static final long WAIT_SECONDS = 20;

    /** Just what the handle test needs from the C library. */
    public interface LibC extends Library {
        int pipe(int[] fds);

        long write(int fd, byte[] data, long count);

        int close(int fd);
    }

    @BeforeAll
    static void startLoop() {
        TestDriver.requireLibvirt();
        EventLoop.start();
    }

    @Test
    void startIsIdempotentAndRunsADaemonThread() {
        EventLoop.start();
        EventLoop.start();
        assertThat(EventLoop.isRunning()).isTrue();
        assertThat(Thread.getAllStackTraces().keySet()).filteredOn(t -> t.getName().equals("libvirt-event-loop"))
                .singleElement().satisfies(t -> assertThat(t.isDaemon()).isTrue());
    }

    @Test
    void aTimeoutFiresOnTheLoopThreadAndStopsWhenRemoved() throws InterruptedException {
        CountDownLatch fired = new CountDownLatch(3);
        AtomicReference<String> thread = new AtomicReference<>();
        int[] timerSeen = new int[1];
        int timer = EventLoop.addTimeout(10, t -> {
            thread.set(Thread.currentThread().getName());
            timerSeen[0] = t;
            fired.countDown();
        });
        try {
            assertThat(fired.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
            assertThat(thread.get()).isEqualTo("libvirt-event-loop");
            assertThat(timerSeen[0]).isEqualTo(timer);
        } finally {
            EventLoop.removeTimeout(timer);
        }
        assertThatThrownBy(() -> EventLoop.removeTimeout(timer)).isInstanceOf(LibvirtException.class);
    }

    @Test
    void aDisabledTimeoutFiresOnceEnabled() throws InterruptedException {
        CountDownLatch fired = new CountDownLatch(1);
        int timer = EventLoop.addTimeout(-1, t -> fired.countDown());
        try {
            assertThat(fired.getCount()).isEqualTo(1);
            EventLoop.updateTimeout(timer, 0);
            assertThat(fired.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
        } finally {
            EventLoop.removeTimeout(timer);
        }
    }

    @Test
    void aThrowingTimeoutCallbackDoesNotStopTheLoop() throws InterruptedException {
        CountDownLatch calls = new CountDownLatch(2);
        int timer = EventLoop.addTimeout(5, t -> {
            calls.countDown();
            throw new IllegalStateException("listener bug");
        });
        try {
            assertThat(calls.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
        } finally {
            EventLoop.removeTimeout(timer);
        }
    }

    @Test
    void aHandleWatchSeesAPipeBecomeReadable() throws InterruptedException {
        LibC libc = Native.load("c", LibC.class);
        int[] fds = new int[2];
        assertThat(libc.pipe(fds)).isZero();
        BlockingQueue<EventLoop.HandleEvent> seen = new LinkedBlockingQueue<>();
        int watch = EventLoop.addHandle(fds[0], EnumSet.of(EventHandleType.READABLE), ev -> {
            seen.add(ev);
            // Pause the watch: the byte is never read, so it would fire again and again.
            EventLoop.updateHandle(ev.watch(), EnumSet.noneOf(EventHandleType.class));
        });
        try {
            assertThat(libc.write(fds[1], new byte[] {42}, 1)).isEqualTo(1);
            EventLoop.HandleEvent ev = seen.poll(WAIT_SECONDS, TimeUnit.SECONDS);
            assertThat(ev).isNotNull();
            assertThat(ev.watch()).isEqualTo(watch);
            assertThat(ev.fd()).isEqualTo(fds[0]);
            assertThat(ev.events()).contains(EventHandleType.READABLE);
        } finally {
            EventLoop.removeHandle(watch);
            libc.close(fds[0]);
            libc.close(fds[1]);
        }
        assertThatThrownBy(() -> EventLoop.removeHandle(watch)).isInstanceOf(LibvirtException.class);
    }

    @Test
    void validatesArguments() {
        assertThatThrownBy(() -> EventLoop.addTimeout(-2, t -> { })).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EventLoop.addTimeout(10, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> EventLoop.addHandle(-1, EnumSet.of(EventHandleType.READABLE), e -> { }))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EventLoop.updateTimeout(1, -7)).isInstanceOf(IllegalArgumentException.class);
    }
}

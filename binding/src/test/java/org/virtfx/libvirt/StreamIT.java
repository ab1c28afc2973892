package org.virtfx.libvirt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.virtfx.libvirt.TestDriver.assertNoSupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * {@link Stream} as far as the test driver allows: its streams have no driver behind them, so
 * every data call fails with NO_SUPPORT, but creation, abort, close, argument checks and the
 * Java handler plumbing of the {@code *All} calls can be tested.
 */
class StreamIT extends TestDriverFixture {

    StreamIT() {
        super("/storage-testdriver.xml");
    }

    @Test
    void createsAbortsAndClosesStreams() {
        Stream st = conn.newStream();
        st.abort(); // a stream never used for a transfer aborts without error
        assertThat(st.isClosed()).isFalse();
        st.close();
        st.close();
        assertThat(st.isClosed()).isTrue();
        assertThatThrownBy(st::abort).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(st::finish).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> st.recv(new byte[4], 0, 4)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> st.sendAll((b, n) -> 0)).isInstanceOf(IllegalStateException.class);
        try (Stream nonBlocking = conn.newStream(EnumSet.of(StreamFlags.NONBLOCK))) {
            nonBlocking.abort();
        }
    }

    @Test
    void aRefOutlivesTheOriginal() {
        Stream ref;
        try (Stream st = conn.newStream()) {
            ref = st.ref();
        }
        try (Stream r = ref) {
            r.abort();
        }
    }

    @Test
    void dataCallsWithoutADriverReportNoSupport() {
        try (Stream st = conn.newStream()) {
            assertNoSupport(() -> st.send(new byte[] {1, 2, 3}, 0, 3), "virStreamSend");
            assertNoSupport(() -> st.send(ByteBuffer.wrap(new byte[] {1})), "virStreamSend");
            assertNoSupport(() -> st.send(ByteBuffer.allocateDirect(8)), "virStreamSend");
            assertNoSupport(() -> st.recv(new byte[8], 0, 8), "virStreamRecv");
            assertNoSupport(() -> st.recv(ByteBuffer.allocateDirect(8)), "virStreamRecv");
            assertNoSupport(() -> st.recvFlags(new byte[8], 0, 8, EnumSet.of(StreamRecvFlagsValues.STOP_AT_HOLE)),
                    "virStreamRecvFlags");
            assertNoSupport(() -> st.recvFlags(ByteBuffer.allocate(8), Set.of()), "virStreamRecv");
            assertNoSupport(st::recvHole, "virStreamRecvHole");
            assertNoSupport(() -> st.sendHole(4096), "virStreamSendHole");
            assertNoSupport(st::finish, "virStreamFinish");
            assertNoSupport(() -> st.eventUpdateCallback(EnumSet.of(StreamEventType.READABLE)),
                    "virStreamEventUpdateCallback");
            assertNoSupport(st::eventRemoveCallback, "virStreamEventRemoveCallback");
        }
    }

    @Test
    void aFailedEventRegistrationKeepsNothing() {
        int before = StreamEvents.registered();
        try (Stream st = conn.newStream(EnumSet.of(StreamFlags.NONBLOCK))) {
            assertNoSupport(() -> st.eventAddCallback(EnumSet.of(StreamEventType.READABLE), (s, e) -> { }),
                    "virStreamEventAddCallback");
            assertThatThrownBy(() -> st.eventAddCallback(Set.of(), null)).isInstanceOf(NullPointerException.class);
        }
        assertThat(StreamEvents.registered()).isEqualTo(before);
    }

    @Test
    void emptyAndInvalidRangesAreCheckedBeforeAnyNativeCall() {
        Stream st = conn.newStream();
        st.close();
        // Validation comes first: even a closed stream reports the bad argument, not its state.
        assertThatThrownBy(() -> st.send(new byte[4], 3, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> st.send(new byte[4], -1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> st.send(new byte[4], 0, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> st.send(new byte[4], 2, Integer.MAX_VALUE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> st.recv(new byte[4], 0, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> st.recvFlags(new byte[4], 5, 0, Set.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> st.send((byte[]) null, 0, 0)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> st.sendHole(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> st.recv(ByteBuffer.allocate(4).asReadOnlyBuffer()))
                .isInstanceOf(java.nio.ReadOnlyBufferException.class);
        assertThatThrownBy(() -> st.sendAll(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> st.sparseRecvAll((b, o, n) -> { }, null)).isInstanceOf(NullPointerException.class);
        try (Stream open = conn.newStream()) {
            // A zero-length send sends nothing: libvirt would read an empty message as the end.
            assertThat(open.send(new byte[0], 0, 0)).isZero();
            assertThat(open.send(ByteBuffer.allocateDirect(0))).isZero();
        }
    }

    @Test
    void aSourceExceptionAbortsAndIsRethrownAsIs() {
        IOException boom = new IOException("disk on fire");
        AtomicInteger calls = new AtomicInteger();
        try (Stream st = conn.newStream()) {
            assertThatThrownBy(() -> st.sendAll((buf, n) -> {
                calls.incrementAndGet();
                throw boom;
            })).isSameAs(boom);
            RuntimeException unchecked = new IllegalStateException("bug in source");
            assertThatThrownBy(() -> st.sendAll((buf, n) -> {
                throw unchecked;
            })).isSameAs(unchecked);
            assertThatThrownBy(() -> st.sendAll((buf, n) -> n + 1))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("returned");
        }
        assertThat(calls).hasValue(1);
        assertThat(StreamTransfer.active()).isZero();
    }

    @Test
    void sendAllHandsTheSourceLibvirtsBufferAndReportsLibvirtsError() throws IOException {
        AtomicInteger asked = new AtomicInteger();
        try (Stream st = conn.newStream()) {
            // The source supplies data; virStreamSend inside virStreamSendAll then fails (no driver).
            assertNoSupport(() -> st.sendAll((buf, n) -> {
                asked.set(n);
                buf[0] = 42;
                return 1;
            }), "virStreamSendAll");
            assertThat(asked.get()).isPositive();
            // An empty source ends at once: nothing to send, so sendAll succeeds.
            st.sendAll((buf, n) -> -1);
        }
        assertThat(StreamTransfer.active()).isZero();
    }

    @Test
    void recvAllAndSparseCallsReportLibvirtsError() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Stream st = conn.newStream()) {
            assertNoSupport(() -> st.recvAll(out::write), "virStreamRecvAll");
            assertThatThrownBy(() -> st.sparseRecvAll(out::write, len -> { }))
                    .isInstanceOf(LibvirtException.class);
        }
        assertThat(out.size()).isZero();
    }

    @Test
    void sparseSendAllRethrowsAHoleHandlersException() {
        IOException boom = new IOException("cannot seek");
        try (Stream st = conn.newStream()) {
            assertThatThrownBy(() -> st.sparseSendAll((b, n) -> 0, () -> {
                throw boom;
            }, len -> { })).isSameAs(boom);
        }
        assertThat(StreamTransfer.active()).isZero();
    }

    @Test
    void aSendAllOnANonBlockingStreamFails() {
        try (Stream st = conn.newStream(EnumSet.of(StreamFlags.NONBLOCK))) {
            assertThatThrownBy(() -> st.sendAll((b, n) -> 0)).isInstanceOfSatisfying(LibvirtException.class,
                    e -> assertThat(e.function()).isEqualTo("virStreamSendAll"));
        }
    }
}

package org.virtfx.libvirt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Decoding of the host structs and event masks, against hand-built native memory. */
class HostStructsTest {

    @Test
    void nodeInfoIsReadAtCOffsets() {
        // char model[32]; unsigned long memory; unsigned int cpus, mhz, nodes, sockets, cores, threads
        assertThat(NodeInfo.SIZE).isEqualTo(32 + Native.LONG_SIZE + 6 * 4);
        try (Memory m = new Memory(NodeInfo.SIZE)) {
            m.clear();
            byte[] model = "x86_64".getBytes(StandardCharsets.US_ASCII);
            m.write(0, model, 0, model.length);
            m.setLong(32, 16_777_216L);
            int[] ints = {8, 2400, 1, 1, 4, 2};
            m.write(32 + Native.LONG_SIZE, ints, 0, ints.length);
            assertThat(NodeInfo.read(m)).isEqualTo(new NodeInfo("x86_64", 16_777_216L, 8, 2400, 1, 1, 4, 2));
        }
    }

    @Test
    void securityModelReadsTwoFixedBuffers() {
        try (Memory m = new Memory(SecurityModel.SIZE)) {
            m.clear();
            m.setString(0, "selinux", "UTF-8");
            m.setString(SecurityModel.MODEL_BUFLEN, "0", "UTF-8");
            assertThat(SecurityModel.read(m)).isEqualTo(new SecurityModel("selinux", "0"));
        }
    }

    @Test
    void handleEventMasksDecodeToSets() {
        assertThat(EventLoop.decode(1 | 8)).containsExactlyInAnyOrder(EventHandleType.READABLE, EventHandleType.HANGUP);
        assertThat(EventLoop.decode(0)).isEmpty();
        assertThat(EventLoop.decode(BitFlag.mask(EnumSet.allOf(EventHandleType.class))))
                .containsExactlyInAnyOrder(EventHandleType.values());
    }

    @Test
    void memoryFailureFlagsDecode() {
        assertThat(DomainEvents.memoryFailureFlags(3)).containsExactlyInAnyOrder(DomainMemoryFailureFlags.values());
        assertThat(DomainEvents.memoryFailureFlags(0)).isEmpty();
    }

    @Test
    void recordsCopyTheirCollections() {
        BitSet bits = new BitSet();
        bits.set(1);
        NodeCPUMap map = new NodeCPUMap(2, bits, 1);
        bits.set(0);
        assertThat(map.online().cardinality()).isEqualTo(1);
        assertThatThrownBy(() -> new DomainEventMemoryFailure("d", "u", DomainMemoryFailureRecipientType.GUEST,
                DomainMemoryFailureActionType.IGNORE, Set.of()).flags().add(DomainMemoryFailureFlags.RECURSIVE))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void connectAuthNeedsKnownTypesAndACallback() {
        assertThatThrownBy(() -> new ConnectAuth(Set.of(ConnectCredentialType.UNKNOWN), c -> { }))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ConnectAuth(Set.of(ConnectCredentialType.AUTHNAME), null))
                .isInstanceOf(NullPointerException.class);
    }
}

package org.virtfx.libvirt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The C array and raw UUID plumbing of the devices area, without libvirt. */
class DevicesNativeTest {

    @Test
    void rawUuidBytesAreInTextOrder() {
        UUID id = UUID.fromString("00112233-4455-6677-8899-aabbccddeeff");
        byte[] raw = Uuids.toBytes(id);
        assertThat(raw).containsExactly(0x00, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77,
                0x88, 0x99, 0xaa, 0xbb, 0xcc, 0xdd, 0xee, 0xff);
        assertThat(Uuids.fromBytes(raw)).isEqualTo(id);
    }

    @Test
    void aRawUuidMustHave16Bytes() {
        assertThatThrownBy(() -> Uuids.fromBytes(new byte[15])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void takesTheNamesStoredAndFreesThem() {
        // given a listing that stores two names in an array of three
        List<String> names = HandleArrays.names("virTestList", 3, (array, max) -> {
            assertThat(max).isEqualTo(3);
            array.setPointer(0, mallocString("pci_0000_00_1f_2"));
            array.setPointer(Native.POINTER_SIZE, mallocString("scsi_host1"));
            return 2;
        });
        // then both come back, in order
        assertThat(names).containsExactly("pci_0000_00_1f_2", "scsi_host1");
    }

    @Test
    void noSlotsMeansNoCall() {
        assertThat(HandleArrays.names("virTestList", 0, (array, max) -> {
            throw new AssertionError("called");
        })).isEmpty();
    }

    @Test
    void takesEveryHandleAndFreesTheArray() {
        long array = Native.malloc(3L * Native.POINTER_SIZE);
        Pointer p = new Pointer(array);
        p.setPointer(0, new Pointer(0x1000));
        p.setPointer(Native.POINTER_SIZE, new Pointer(0x2000));
        p.setPointer(2L * Native.POINTER_SIZE, null);
        List<Pointer> wrapped = new ArrayList<>();
        try (HandleList<AutoCloseable> handles = HandleArrays.take(p, 2, ptr -> {
            wrapped.add(ptr);
            return () -> { };
        })) {
            assertThat(handles).hasSize(2);
        }
        assertThat(wrapped).extracting(Pointer::nativeValue).containsExactly(0x1000L, 0x2000L);
    }

    @Test
    void anEmptyListMayComeWithoutAnArray() {
        assertThat(HandleArrays.take(null, 0, ptr -> () -> { })).isEmpty();
    }

    private static Pointer mallocString(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        Pointer p = new Pointer(Native.malloc(b.length + 1));
        p.write(0, b, 0, b.length);
        p.setByte(b.length, (byte) 0);
        return p;
    }
}

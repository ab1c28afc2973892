package org.virtfx.libvirt;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.virtfx.libvirt.internal.NativeStrings;
import org.virtfx.libvirt.internal.StructLayout;

/** Layouts and decoding of the structs that {@link DomainGuest} reads. Thread-safe: no state. */
final class GuestStructs {
    // struct _virDomainFSInfo { char *mountpoint; char *name; char *fstype; size_t ndevAlias; char **devAlias; }
    private static final int FS_MOUNTPOINT;
    private static final int FS_NAME;
    private static final int FS_FSTYPE;
    private static final int FS_NDEVALIAS;
    private static final int FS_DEVALIAS;
    // struct _virDomainInterface { char *name; char *hwaddr; unsigned int naddrs; virDomainIPAddressPtr addrs; }
    private static final int IF_NAME;
    private static final int IF_HWADDR;
    private static final int IF_NADDRS;
    private static final int IF_ADDRS;
    // struct _virDomainIPAddress { int type; char *addr; unsigned int prefix; }
    private static final int IP_TYPE;
    private static final int IP_ADDR;
    private static final int IP_PREFIX;
    private static final int IP_SIZE;

    static {
        StructLayout f = new StructLayout();
        FS_MOUNTPOINT = f.addPointer();
        FS_NAME = f.addPointer();
        FS_FSTYPE = f.addPointer();
        FS_NDEVALIAS = f.add(Native.SIZE_T_SIZE);
        FS_DEVALIAS = f.addPointer();
        StructLayout i = new StructLayout();
        IF_NAME = i.addPointer();
        IF_HWADDR = i.addPointer();
        IF_NADDRS = i.addInt();
        IF_ADDRS = i.addPointer();
        StructLayout a = new StructLayout();
        IP_TYPE = a.addInt();
        IP_ADDR = a.addPointer();
        IP_PREFIX = a.addInt();
        IP_SIZE = a.size();
    }

    private GuestStructs() {
    }

    static DomainFSInfo fsInfo(Pointer p) {
        long n = Native.SIZE_T_SIZE == 8 ? p.getLong(FS_NDEVALIAS) : p.getInt(FS_NDEVALIAS) & 0xffff_ffffL;
        Pointer aliases = p.getPointer(FS_DEVALIAS);
        List<String> devs = new ArrayList<>();
        for (long k = 0; aliases != null && k < n; k++) {
            devs.add(NativeStrings.borrowUtf8(aliases.getPointer(k * Native.POINTER_SIZE)));
        }
        return new DomainFSInfo(str(p, FS_MOUNTPOINT), str(p, FS_NAME), str(p, FS_FSTYPE), List.copyOf(devs));
    }

    static DomainInterface iface(Pointer p) {
        int n = p.getInt(IF_NADDRS);
        Pointer addrs = p.getPointer(IF_ADDRS);
        List<DomainIPAddress> list = new ArrayList<>(Math.max(n, 0));
        for (int k = 0; addrs != null && k < n; k++) {
            long b = (long) k * IP_SIZE;
            list.add(new DomainIPAddress(IPAddrType.of(addrs.getInt(b + IP_TYPE)),
                    NativeStrings.borrowUtf8(addrs.getPointer(b + IP_ADDR)), addrs.getInt(b + IP_PREFIX)));
        }
        return new DomainInterface(str(p, IF_NAME), NativeStrings.borrowUtf8(p.getPointer(IF_HWADDR)), List.copyOf(list));
    }

    private static String str(Pointer p, int offset) {
        String s = NativeStrings.borrowUtf8(p.getPointer(offset));
        return s == null ? "" : s;
    }

    /**
     * Reads an array of {@code n} pointers to libvirt-allocated structs, then frees each struct
     * with {@code free} and the array.
     */
    static <T> List<T> takeArray(Pointer array, int n, java.util.function.Function<Pointer, T> read,
            Consumer<Pointer> free) {
        if (array == null) {
            return List.of();
        }
        List<T> out = new ArrayList<>(n);
        try {
            for (int k = 0; k < n; k++) {
                out.add(read.apply(array.getPointer((long) k * Native.POINTER_SIZE)));
            }
        } finally {
            for (int k = 0; k < n; k++) {
                free.accept(array.getPointer((long) k * Native.POINTER_SIZE));
            }
            Native.free(Pointer.nativeValue(array));
        }
        return List.copyOf(out);
    }

    /** Native strings and the {@code char *} array pointing at them; close after the call. */
    static final class StringArray implements AutoCloseable {
        final Memory array;
        final int count;
        private final List<Memory> strings = new ArrayList<>();

        StringArray(List<String> values) {
            count = values.size();
            array = count == 0 ? null : new Memory((long) count * Native.POINTER_SIZE);
            for (int k = 0; k < count; k++) {
                byte[] b = values.get(k).getBytes(StandardCharsets.UTF_8);
                Memory s = new Memory(b.length + 1L);
                s.write(0, b, 0, b.length);
                s.setByte(b.length, (byte) 0);
                strings.add(s);
                array.setPointer((long) k * Native.POINTER_SIZE, s);
            }
        }

        @Override
        public void close() {
            if (array != null) {
                array.close();
            }
            strings.forEach(Memory::close);
        }
    }
}

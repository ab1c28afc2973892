package org.virtfx.libvirt;

import com.sun.jna.Pointer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.virtfx.libvirt.internal.StructLayout;

/**
 * One end of a graphics connection ({@code virDomainEventGraphicsAddress}). Immutable.
 *
 * @param family IPv4, IPv6 or UNIX
 * @param node the address (IP address or UNIX socket path)
 * @param service the port, if any
 */
public record DomainEventGraphicsAddress(DomainEventGraphicsAddressType family, String node,
                                         Optional<String> service) {
    // struct _virDomainEventGraphicsAddress { int family; char *node; char *service; }
    private static final int FAMILY;
    private static final int NODE;
    private static final int SERVICE;
    // struct _virDomainEventGraphicsSubject { int nidentity; virDomainEventGraphicsSubjectIdentityPtr identities; }
    private static final int S_COUNT;
    private static final int S_IDENTITIES;
    // struct _virDomainEventGraphicsSubjectIdentity { char *type; char *name; }
    private static final int I_TYPE;
    private static final int I_NAME;
    private static final int I_SIZE;

    static {
        StructLayout a = new StructLayout();
        FAMILY = a.addInt();
        NODE = a.addPointer();
        SERVICE = a.addPointer();
        StructLayout s = new StructLayout();
        S_COUNT = s.addInt();
        S_IDENTITIES = s.addPointer();
        StructLayout i = new StructLayout();
        I_TYPE = i.addPointer();
        I_NAME = i.addPointer();
        I_SIZE = i.size();
    }

    /**
     * One authenticated identity of a graphics client ({@code virDomainEventGraphicsSubjectIdentity}).
     *
     * @param type the kind of identity, e.g. {@code x509dname} or {@code saslUsername}
     * @param name its value
     */
    public record Identity(String type, String name) {
    }

    static DomainEventGraphicsAddress read(Pointer p) {
        if (p == null) {
            return new DomainEventGraphicsAddress(DomainEventGraphicsAddressType.UNKNOWN, "", Optional.empty());
        }
        return new DomainEventGraphicsAddress(DomainEventGraphicsAddressType.of(p.getInt(FAMILY)),
                DomainEvents.str(p.getPointer(NODE)), DomainEvents.opt(p.getPointer(SERVICE)));
    }

    static List<Identity> subject(Pointer p) {
        List<Identity> out = new ArrayList<>();
        if (p == null) {
            return out;
        }
        int n = p.getInt(S_COUNT);
        Pointer ids = p.getPointer(S_IDENTITIES);
        for (int k = 0; ids != null && k < n; k++) {
            long base = (long) k * I_SIZE;
            out.add(new Identity(DomainEvents.str(ids.getPointer(base + I_TYPE)),
                    DomainEvents.str(ids.getPointer(base + I_NAME))));
        }
        return out;
    }
}

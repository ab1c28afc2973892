package org.virtfx.libvirt;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.util.Objects;
import java.util.UUID;
import org.virtfx.libvirt.internal.Scratch;

/**
 * A port of a virtual network ({@code virNetworkPortPtr}): the link of one guest interface to
 * the network.
 *
 * <p>Thread-safe. The caller owns the handle and must {@link #close()} it.
 *
 * @see <a href="https://libvirt.org/html/libvirt-libvirt-network.html">libvirt-network</a>
 */
public final class NetworkPort extends Handle {
    /** {@code VIR_NETWORK_PORT_BANDWIDTH_IN_AVERAGE}: inbound average rate, KiB/s (UINT). */
    public static final String BANDWIDTH_IN_AVERAGE = "inbound.average";
    /** {@code VIR_NETWORK_PORT_BANDWIDTH_IN_PEAK}: inbound peak rate, KiB/s (UINT). */
    public static final String BANDWIDTH_IN_PEAK = "inbound.peak";
    /** {@code VIR_NETWORK_PORT_BANDWIDTH_IN_BURST}: inbound burst size, KiB (UINT). */
    public static final String BANDWIDTH_IN_BURST = "inbound.burst";
    /** {@code VIR_NETWORK_PORT_BANDWIDTH_IN_FLOOR}: inbound guaranteed minimum rate, KiB/s (UINT). */
    public static final String BANDWIDTH_IN_FLOOR = "inbound.floor";
    /** {@code VIR_NETWORK_PORT_BANDWIDTH_OUT_AVERAGE}: outbound average rate, KiB/s (UINT). */
    public static final String BANDWIDTH_OUT_AVERAGE = "outbound.average";
    /** {@code VIR_NETWORK_PORT_BANDWIDTH_OUT_PEAK}: outbound peak rate, KiB/s (UINT). */
    public static final String BANDWIDTH_OUT_PEAK = "outbound.peak";
    /** {@code VIR_NETWORK_PORT_BANDWIDTH_OUT_BURST}: outbound burst size, KiB (UINT). */
    public static final String BANDWIDTH_OUT_BURST = "outbound.burst";

    NetworkPort(Pointer pointer) {
        super(pointer, "NetworkPort", CNetwork::virNetworkPortFree, NetworkPort::describe);
    }

    /** For the leak report: the port's UUID, which libvirt reads from the handle itself. */
    private static String describe(Pointer p) {
        try (Memory buf = new Memory(Uuids.STRING_BUFLEN)) {
            buf.clear();
            return CNetwork.virNetworkPortGetUUIDString(p, buf) == 0 ? Uuids.readString(buf) : "?";
        }
    }

    /**
     * Returns a second, independent handle to this port.
     *
     * <p>Wraps {@code virNetworkPortRef}.
     *
     * @return a handle the caller closes on its own
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-network.html#virNetworkPortRef">virNetworkPortRef</a>
     */
    @Wraps("virNetworkPortRef")
    public NetworkPort ref() {
        return call(p -> {
            ErrorCapture.check(CNetwork.virNetworkPortRef(p), "virNetworkPortRef");
            return new NetworkPort(p);
        });
    }

    /**
     * Returns the network this port belongs to.
     *
     * <p>Wraps {@code virNetworkPortGetNetwork}, whose result is borrowed: the binding takes a
     * reference of its own ({@code virNetworkRef}).
     *
     * @return the network; the caller closes it, independently of this port
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-network.html#virNetworkPortGetNetwork">virNetworkPortGetNetwork</a>
     */
    @Wraps("virNetworkPortGetNetwork")
    public Network getNetwork() {
        return call(p -> {
            Pointer net = ErrorCapture.check(CNetwork.virNetworkPortGetNetwork(p), "virNetworkPortGetNetwork");
            ErrorCapture.check(CNetwork.virNetworkRef(net), "virNetworkRef");
            return new Network(net);
        });
    }

    /**
     * Returns the port's UUID.
     *
     * <p>Wraps {@code virNetworkPortGetUUID}.
     *
     * @return the UUID
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-network.html#virNetworkPortGetUUID">virNetworkPortGetUUID</a>
     */
    @Wraps("virNetworkPortGetUUID")
    public UUID getUuid() {
        return call(p -> {
            Pointer buf = Scratch.get(Uuids.BUFLEN);
            ErrorCapture.check(CNetwork.virNetworkPortGetUUID(p, buf), "virNetworkPortGetUUID");
            return Uuids.read(buf);
        });
    }

    /**
     * Returns the port's UUID as text.
     *
     * <p>Wraps {@code virNetworkPortGetUUIDString}.
     *
     * @return the UUID, 36 characters
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-network.html#virNetworkPortGetUUIDString">virNetworkPortGetUUIDString</a>
     */
    @Wraps("virNetworkPortGetUUIDString")
    public String getUuidString() {
        return call(p -> {
            Pointer buf = Scratch.get(Uuids.STRING_BUFLEN);
            ErrorCapture.check(CNetwork.virNetworkPortGetUUIDString(p, buf), "virNetworkPortGetUUIDString");
            return Uuids.readString(buf);
        });
    }

    /**
     * Returns the port's XML description ({@code <networkport>}).
     *
     * <p>Wraps {@code virNetworkPortGetXMLDesc}.
     *
     * @return the XML
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-network.html#virNetworkPortGetXMLDesc">virNetworkPortGetXMLDesc</a>
     */
    @Wraps("virNetworkPortGetXMLDesc")
    public String getXmlDesc() {
        return callString("virNetworkPortGetXMLDesc", p -> CNetwork.virNetworkPortGetXMLDesc(p, 0));
    }

    /**
     * Returns the port's tunable parameters: its bandwidth limits, named by the
     * {@code BANDWIDTH_*} constants of this class.
     *
     * <p>Wraps {@code virNetworkPortGetParameters}; the binding frees libvirt's array.
     *
     * @return the parameters libvirt reports
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-network.html#virNetworkPortGetParameters">virNetworkPortGetParameters</a>
     */
    @Wraps("virNetworkPortGetParameters")
    public TypedParams getParameters() {
        return call(p -> {
            Pointer out = Scratch.get(Native.POINTER_SIZE + 4);
            ErrorCapture.check(CNetwork.virNetworkPortGetParameters(p, out, out.share(Native.POINTER_SIZE), 0),
                    "virNetworkPortGetParameters");
            return TypedParamsCodec.take(out.getPointer(0), out.getInt(Native.POINTER_SIZE));
        });
    }

    /**
     * Changes the port's tunable parameters (its bandwidth limits).
     *
     * <p>Wraps {@code virNetworkPortSetParameters}.
     *
     * @param params the parameters to change, built with {@link TypedParams#builder()} and the
     *     {@code BANDWIDTH_*} field names, all as UINT
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-network.html#virNetworkPortSetParameters">virNetworkPortSetParameters</a>
     */
    @Wraps("virNetworkPortSetParameters")
    public void setParameters(TypedParams params) {
        Objects.requireNonNull(params, "params");
        try (TypedParamsCodec.Packed packed = TypedParamsCodec.pack(params)) {
            callInt("virNetworkPortSetParameters",
                    p -> CNetwork.virNetworkPortSetParameters(p, packed.pointer(), packed.count(), 0));
        }
    }

    /**
     * Deletes the port from its network. The handle stays valid until closed.
     *
     * <p>Wraps {@code virNetworkPortDelete}.
     *
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-network.html#virNetworkPortDelete">virNetworkPortDelete</a>
     */
    @Wraps("virNetworkPortDelete")
    public void delete() {
        callInt("virNetworkPortDelete", p -> CNetwork.virNetworkPortDelete(p, 0));
    }
}

package org.virtfx.libvirt;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.virtfx.libvirt.internal.NativeStrings;
import org.virtfx.libvirt.internal.Scratch;

/**
 * A secret ({@code virSecretPtr}): a password or key that libvirt keeps for volumes, Ceph or
 * iSCSI pools, TLS or vTPMs, addressed by UUID or by its usage.
 *
 * <p>Values are binary ({@code byte[]}), never strings. The binding zeroes every native copy of a
 * value it makes or receives before freeing it; the Java arrays belong to the caller, who should
 * clear them when done.
 *
 * <p>Thread-safe. The caller owns the handle and must {@link #close()} it ({@code virSecretFree}).
 */
public final class Secret extends Handle {

    Secret(Pointer pointer) {
        super(pointer, "Secret", CSecret::virSecretFree, p -> NativeStrings.borrowUtf8(CSecret.virSecretGetUsageID(p)));
    }

    /**
     * Returns a second, independent handle to this secret.
     *
     * <p>Wraps {@code virSecretRef}.
     *
     * @return a handle the caller closes on its own
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-secret.html#virSecretRef">virSecretRef</a>
     */
    @Wraps("virSecretRef")
    public Secret ref() {
        return call(p -> {
            ErrorCapture.check(CSecret.virSecretRef(p), "virSecretRef");
            return new Secret(p);
        });
    }

    /**
     * Returns the secret's UUID.
     *
     * <p>Wraps {@code virSecretGetUUID}.
     *
     * @return the UUID
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-secret.html#virSecretGetUUID">virSecretGetUUID</a>
     */
    @Wraps("virSecretGetUUID")
    public UUID getUuid() {
        return DevicesNative.getRawUuid(this, "virSecretGetUUID", CSecret::virSecretGetUUID);
    }

    /**
     * Returns the secret's UUID as text.
     *
     * <p>Wraps {@code virSecretGetUUIDString}.
     *
     * @return the UUID, 36 characters
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-secret.html#virSecretGetUUIDString">virSecretGetUUIDString</a>
     */
    @Wraps("virSecretGetUUIDString")
    public String getUuidString() {
        return DevicesNative.getUuidString(this, "virSecretGetUUIDString", CSecret::virSecretGetUUIDString);
    }

    /**
     * Returns what kind of object uses the secret.
     *
     * <p>Wraps {@code virSecretGetUsageType}.
     *
     * @return the usage type; {@link SecretUsageType#UNKNOWN} for one from a newer libvirt
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-secret.html#virSecretGetUsageType">virSecretGetUsageType</a>
     */
    @Wraps("virSecretGetUsageType")
    public SecretUsageType getUsageType() {
        return SecretUsageType.of(callInt("virSecretGetUsageType", CSecret::virSecretGetUsageType));
    }

    /**
     * Returns the identity of the object that uses the secret: a volume's path, a Ceph or iSCSI
     * name, and so on, depending on {@link #getUsageType()}.
     *
     * <p>Wraps {@code virSecretGetUsageID}.
     *
     * @return the usage ID, or empty for a secret whose usage type is {@code NONE}
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-secret.html#virSecretGetUsageID">virSecretGetUsageID</a>
     */
    @Wraps("virSecretGetUsageID")
    public Optional<String> getUsageId() {
        return call(p -> {
            Pointer id = CSecret.virSecretGetUsageID(p);
            if (id != null) {
                return Optional.of(NativeStrings.borrowUtf8(id));
            }
            // A secret without usage has no ID, and libvirt then returns NULL without an error.
            if (CError.virGetLastErrorCode() == 0) {
                return Optional.empty();
            }
            throw ErrorCapture.lastError("virSecretGetUsageID");
        });
    }

    /**
     * Returns the secret's XML description (never its value).
     *
     * <p>Wraps {@code virSecretGetXMLDesc}.
     *
     * @return the XML
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-secret.html#virSecretGetXMLDesc">virSecretGetXMLDesc</a>
     */
    @Wraps("virSecretGetXMLDesc")
    public String getXmlDesc() {
        return callString("virSecretGetXMLDesc", p -> CSecret.virSecretGetXMLDesc(p, 0));
    }

    /**
     * Returns the secret's value. The native copy is zeroed before it is freed.
     *
     * <p>Wraps {@code virSecretGetValue}.
     *
     * @return a new array with the value; the caller should clear it when done
     * @throws LibvirtException when the secret is private or has no value
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-secret.html#virSecretGetValue">virSecretGetValue</a>
     */
    @Wraps("virSecretGetValue")
    public byte[] getValue() {
        return call(p -> {
            Pointer size = Scratch.get(8);
            Pointer value = ErrorCapture.check(CSecret.virSecretGetValue(p, size, 0), "virSecretGetValue");
            long n = Native.SIZE_T_SIZE == 8 ? size.getLong(0) : size.getInt(0) & 0xffff_ffffL;
            try {
                if (n > Integer.MAX_VALUE - 8) {
                    throw new IllegalStateException("secret value of " + n + " bytes is too big for a Java array");
                }
                return value.getByteArray(0, (int) n);
            } finally {
                value.setMemory(0, n, (byte) 0);
                Native.free(Pointer.nativeValue(value));
            }
        });
    }

    /**
     * Sets the secret's value. The binding's native copy is zeroed before it is freed; the
     * caller's array is left as it is.
     *
     * <p>Wraps {@code virSecretSetValue}.
     *
     * @param value the value; may be empty
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-secret.html#virSecretSetValue">virSecretSetValue</a>
     */
    @Wraps("virSecretSetValue")
    public void setValue(byte[] value) {
        Objects.requireNonNull(value, "value");
        try (Memory copy = new Memory(Math.max(1, value.length))) {
            try {
                copy.write(0, value, 0, value.length);
                callInt("virSecretSetValue", p -> CSecret.virSecretSetValue(p, copy, value.length, 0));
            } finally {
                copy.clear();
            }
        }
    }

    /**
     * Deletes the secret and its value. This handle stays open and must still be closed.
     *
     * <p>Wraps {@code virSecretUndefine}.
     *
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-secret.html#virSecretUndefine">virSecretUndefine</a>
     */
    @Wraps("virSecretUndefine")
    public void undefine() {
        callInt("virSecretUndefine", CSecret::virSecretUndefine);
    }

    /**
     * Returns the connection this secret belongs to, as a new handle.
     *
     * <p>Wraps {@code virSecretGetConnect} (and {@code virConnectRef}, since libvirt lends the pointer).
     *
     * @return the connection; the caller closes it
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-secret.html#virSecretGetConnect">virSecretGetConnect</a>
     */
    @Wraps("virSecretGetConnect")
    public Connect getConnect() {
        return call(p -> Connect.borrowed(ErrorCapture.check(CSecret.virSecretGetConnect(p), "virSecretGetConnect")));
    }
}

package org.virtfx.libvirt;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.virtfx.libvirt.internal.Scratch;

/**
 * What the guest agent offers: time, users, file systems, addresses, guest info.
 *
 * <p>One layer of {@link Domain}'s API: the methods are public and reached through
 * {@code Domain}; the class is package-private so that each area of libvirt gets a file of its
 * own. Thread-safe. Most of these need a running guest agent and fail with
 * {@link ErrorNumber#AGENT_UNRESPONSIVE} or {@link ErrorNumber#ARGUMENT_UNSUPPORTED} without one.
 */
abstract class DomainGuest extends DomainStats {

    DomainGuest(Pointer pointer) {
        super(pointer);
    }

    /**
     * Freezes guest file systems for a consistent snapshot. Wraps {@code virDomainFSFreeze}.
     *
     * @param mountpoints the mount points; empty for all
     * @return how many file systems were frozen
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainFSFreeze">virDomainFSFreeze</a>
     */
    @Wraps("virDomainFSFreeze")
    public int fsFreeze(List<String> mountpoints) {
        List<String> mounts = List.copyOf(mountpoints);
        try (GuestStructs.StringArray a = new GuestStructs.StringArray(mounts)) {
            return callInt("virDomainFSFreeze", p -> CDomain.virDomainFSFreeze(p, a.array, a.count, 0));
        }
    }

    /**
     * Thaws guest file systems. Wraps {@code virDomainFSThaw}.
     *
     * @param mountpoints the mount points; empty for all
     * @return how many file systems were thawed
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainFSThaw">virDomainFSThaw</a>
     */
    @Wraps("virDomainFSThaw")
    public int fsThaw(List<String> mountpoints) {
        List<String> mounts = List.copyOf(mountpoints);
        try (GuestStructs.StringArray a = new GuestStructs.StringArray(mounts)) {
            return callInt("virDomainFSThaw", p -> CDomain.virDomainFSThaw(p, a.array, a.count, 0));
        }
    }

    /**
     * Discards unused blocks of guest file systems. Wraps {@code virDomainFSTrim}.
     *
     * @param mountPoint the mount point, or null for all
     * @param minimum the smallest free range to discard, in bytes
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainFSTrim">virDomainFSTrim</a>
     */
    @Wraps("virDomainFSTrim")
    public void fsTrim(String mountPoint, long minimum) {
        requireNonNegative(minimum, "minimum");
        callInt("virDomainFSTrim", p -> CDomain.virDomainFSTrim(p, mountPoint, minimum, 0));
    }

    /**
     * Lists the guest's mounted file systems. Wraps {@code virDomainGetFSInfo}; the binding frees
     * the result with {@code virDomainFSInfoFree}.
     *
     * @return the file systems
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainGetFSInfo">virDomainGetFSInfo</a>
     */
    @Wraps({"virDomainGetFSInfo", "virDomainFSInfoFree"})
    public List<DomainFSInfo> getFsInfo() {
        return call(p -> {
            Pointer out = Scratch.get(Native.POINTER_SIZE);
            int n = ErrorCapture.check(CDomain.virDomainGetFSInfo(p, out, 0), "virDomainGetFSInfo");
            return GuestStructs.takeArray(out.getPointer(0), n, GuestStructs::fsInfo, CDomain::virDomainFSInfoFree);
        });
    }

    /**
     * Returns the guest's network interfaces and addresses. Wraps
     * {@code virDomainInterfaceAddresses}; the binding frees the result with
     * {@code virDomainInterfaceFree}.
     *
     * @param source where to learn them: DHCP leases, the guest agent or the host's ARP table
     * @return the interfaces
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainInterfaceAddresses">virDomainInterfaceAddresses</a>
     */
    @Wraps({"virDomainInterfaceAddresses", "virDomainInterfaceFree"})
    public List<DomainInterface> interfaceAddresses(DomainInterfaceAddressesSource source) {
        Objects.requireNonNull(source, "source");
        if (source == DomainInterfaceAddressesSource.UNKNOWN) {
            throw new IllegalArgumentException("UNKNOWN is not an address source");
        }
        return call(p -> {
            Pointer out = Scratch.get(Native.POINTER_SIZE);
            int n = ErrorCapture.check(CDomain.virDomainInterfaceAddresses(p, out, source.value(), 0),
                    "virDomainInterfaceAddresses");
            return GuestStructs.takeArray(out.getPointer(0), n, GuestStructs::iface, CDomain::virDomainInterfaceFree);
        });
    }

    /**
     * Returns what the guest agent knows of the guest. Wraps {@code virDomainGetGuestInfo}.
     *
     * @param types the groups; empty for all
     * @return flat parameters such as {@code user.count}, {@code os.id}, {@code hostname},
     *     {@code fs.0.mountpoint}, {@code if.0.name}
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainGetGuestInfo">virDomainGetGuestInfo</a>
     */
    @Wraps("virDomainGetGuestInfo")
    public TypedParams getGuestInfo(Set<DomainGuestInfoTypes> types) {
        int mask = BitFlag.mask(types);
        return call(p -> {
            Pointer out = Scratch.get(Native.POINTER_SIZE + 4);
            Pointer n = out.share(Native.POINTER_SIZE);
            ErrorCapture.check(CDomain.virDomainGetGuestInfo(p, mask, out, n, 0), "virDomainGetGuestInfo");
            return TypedParamsCodec.take(out.getPointer(0), n.getInt(0));
        });
    }

    /**
     * Returns the guest's view of its vCPUs. Wraps {@code virDomainGetGuestVcpus}.
     *
     * @return {@code vcpus}, {@code online} and {@code offlinable}, in libvirt's list syntax
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainGetGuestVcpus">virDomainGetGuestVcpus</a>
     */
    @Wraps("virDomainGetGuestVcpus")
    public TypedParams getGuestVcpus() {
        return call(p -> {
            Pointer out = Scratch.get(Native.POINTER_SIZE + 4);
            Pointer n = out.share(Native.POINTER_SIZE);
            ErrorCapture.check(CDomain.virDomainGetGuestVcpus(p, out, n, 0), "virDomainGetGuestVcpus");
            return TypedParamsCodec.take(out.getPointer(0), n.getInt(0));
        });
    }

    /**
     * Turns vCPUs on or off inside the guest. Wraps {@code virDomainSetGuestVcpus}.
     *
     * @param cpuMap the vCPUs, in libvirt's list syntax such as {@code "1-3"}
     * @param enable true to bring them online, false to take them offline
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainSetGuestVcpus">virDomainSetGuestVcpus</a>
     */
    @Wraps("virDomainSetGuestVcpus")
    public void setGuestVcpus(String cpuMap, boolean enable) {
        Objects.requireNonNull(cpuMap, "cpuMap");
        callInt("virDomainSetGuestVcpus", p -> CDomain.virDomainSetGuestVcpus(p, cpuMap, enable ? 1 : 0, 0));
    }

    /**
     * Returns the guest's host name.
     *
     * @return the host name
     * @see #getHostname(Set)
     */
    public String getHostname() {
        return getHostname(Set.of());
    }

    /**
     * Returns the guest's host name. Wraps {@code virDomainGetHostname}.
     *
     * @param flags where to learn it (agent or DHCP lease); empty lets the driver choose
     * @return the host name
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainGetHostname">virDomainGetHostname</a>
     */
    @Wraps("virDomainGetHostname")
    public String getHostname(Set<DomainGetHostnameFlags> flags) {
        int mask = BitFlag.mask(flags);
        return callString("virDomainGetHostname", p -> CDomain.virDomainGetHostname(p, mask));
    }

    /**
     * Returns the guest's clock. Wraps {@code virDomainGetTime}.
     *
     * @return the guest's time
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainGetTime">virDomainGetTime</a>
     */
    @Wraps("virDomainGetTime")
    public Instant getTime() {
        return call(p -> {
            Pointer out = Scratch.get(16);
            ErrorCapture.check(CDomain.virDomainGetTime(p, out, out.share(8), 0), "virDomainGetTime");
            return Instant.ofEpochSecond(out.getLong(0), out.getInt(8) & 0xffff_ffffL);
        });
    }

    /**
     * Sets the guest's clock. Wraps {@code virDomainSetTime}.
     *
     * @param time the time to set; ignored with {@code SYNC}, which resyncs from the RTC
     * @param flags {@code SYNC} or none
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainSetTime">virDomainSetTime</a>
     */
    @Wraps("virDomainSetTime")
    public void setTime(Instant time, Set<DomainSetTimeFlags> flags) {
        Objects.requireNonNull(time, "time");
        int mask = BitFlag.mask(flags);
        callInt("virDomainSetTime", p -> CDomain.virDomainSetTime(p, time.getEpochSecond(), time.getNano(), mask));
    }

    /**
     * Sets a guest user's password. Wraps {@code virDomainSetUserPassword}.
     *
     * @param user the user
     * @param password the password, or its crypt(3) hash with {@code ENCRYPTED}
     * @param flags {@code ENCRYPTED} or none
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainSetUserPassword">virDomainSetUserPassword</a>
     */
    @Wraps("virDomainSetUserPassword")
    public void setUserPassword(String user, String password, Set<DomainSetUserPasswordFlags> flags) {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        int mask = BitFlag.mask(flags);
        callInt("virDomainSetUserPassword", p -> CDomain.virDomainSetUserPassword(p, user, password, mask));
    }

    /**
     * Returns a guest user's authorized SSH keys. Wraps {@code virDomainAuthorizedSSHKeysGet}.
     *
     * @param user the user
     * @return the keys, one line each
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainAuthorizedSSHKeysGet">virDomainAuthorizedSSHKeysGet</a>
     */
    @Wraps("virDomainAuthorizedSSHKeysGet")
    public List<String> authorizedSshKeysGet(String user) {
        Objects.requireNonNull(user, "user");
        return call(p -> {
            Pointer out = Scratch.get(Native.POINTER_SIZE);
            int n = ErrorCapture.check(CDomain.virDomainAuthorizedSSHKeysGet(p, user, out, 0),
                    "virDomainAuthorizedSSHKeysGet");
            return DomainStatsStructs.takeStrings(out.getPointer(0), n);
        });
    }

    /**
     * Adds, replaces or removes a guest user's authorized SSH keys. Wraps
     * {@code virDomainAuthorizedSSHKeysSet}.
     *
     * @param user the user
     * @param keys the keys
     * @param flags {@code APPEND} to add, {@code REMOVE} to remove; none replaces all
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainAuthorizedSSHKeysSet">virDomainAuthorizedSSHKeysSet</a>
     */
    @Wraps("virDomainAuthorizedSSHKeysSet")
    public void authorizedSshKeysSet(String user, List<String> keys, Set<DomainAuthorizedSSHKeysSetFlags> flags) {
        Objects.requireNonNull(user, "user");
        List<String> k = List.copyOf(keys);
        int mask = BitFlag.mask(flags);
        try (GuestStructs.StringArray a = new GuestStructs.StringArray(k)) {
            callInt("virDomainAuthorizedSSHKeysSet", p -> CDomain.virDomainAuthorizedSSHKeysSet(p, user, a.array, a.count,
                    mask));
        }
    }
}

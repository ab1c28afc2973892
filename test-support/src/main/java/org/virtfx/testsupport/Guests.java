package org.virtfx.testsupport;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * Domain XML for the smallest useful real guest: no disk and no network, so it needs no image
 * and no host network set-up, and boots into SeaBIOS, which shows its boot screen on the VNC
 * display and then keeps retrying "No bootable device". That is enough for lifecycle, console,
 * display and event tests. With KVM it is running in well under a second.
 *
 * <p>The guest has 64 MiB, one vCPU of the named model {@code qemu64} (host-passthrough fails on
 * hosts that hide CPU features), VNC on 127.0.0.1 with a port chosen by libvirt, a serial console
 * on a pty, and a virtio-serial channel {@value #CHANNEL} on a unix socket. It cannot shut down
 * gracefully (there is no OS to answer ACPI): use destroy.
 *
 * <p>Thread-safe: stateless apart from an atomic counter.
 */
public final class Guests {
    /** The name of the guest's virtio-serial channel, for {@code virDomainOpenChannel}. */
    public static final String CHANNEL = "org.virtfx.test.0";

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]{1,50}");
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private Guests() {
    }

    /**
     * A name no other guest of any test or run has: libvirt names guests' log files, folders
     * and (with cgroups) cgroups after them.
     *
     * @param prefix a readable prefix, such as the test's name
     * @return e.g. {@code console-3-5f1c2a}
     */
    public static String uniqueName(String prefix) {
        return prefix + "-" + COUNTER.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 6);
    }

    /**
     * @return {@code "kvm"} when this process can open {@code /dev/kvm} read-write, else
     *         {@code "qemu"} (TCG, software emulation: slower but fine for a BIOS screen)
     */
    public static String domainType() {
        return kvmUsable() ? "kvm" : "qemu";
    }

    /** @return whether this process can open {@code /dev/kvm} read-write, as QEMU must */
    public static boolean kvmUsable() {
        // An existing, writable-looking device is not enough (no permission in a container,
        // or no virtualisation in a nested VM): only opening it tells.
        try {
            new RandomAccessFile("/dev/kvm", "rw").close();
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * @param name the guest's name, e.g. from {@link #uniqueName(String)}
     * @return domain XML for a transient ({@code virDomainCreateXML}) or persistent guest
     */
    public static String biosGuest(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("guest names here are 1-50 of [A-Za-z0-9_.-]: " + name);
        }
        return """
                <domain type='%s'>
                  <name>%s</name>
                  <memory unit='MiB'>64</memory>
                  <vcpu>1</vcpu>
                  <os>
                    <type arch='x86_64' machine='pc'>hvm</type>
                    <boot dev='hd'/>
                  </os>
                  <features><acpi/></features>
                  <cpu mode='custom' match='exact' check='none'>
                    <model fallback='forbid'>qemu64</model>
                  </cpu>
                  <clock offset='utc'/>
                  <on_poweroff>destroy</on_poweroff>
                  <on_reboot>restart</on_reboot>
                  <on_crash>destroy</on_crash>
                  <devices>
                    <serial type='pty'><target port='0'/></serial>
                    <console type='pty'><target type='serial' port='0'/></console>
                    <controller type='virtio-serial' index='0'/>
                    <channel type='unix'>
                      <target type='virtio' name='%s'/>
                    </channel>
                    <graphics type='vnc' autoport='yes'>
                      <listen type='address' address='127.0.0.1'/>
                    </graphics>
                    <video><model type='vga'/></video>
                    <memballoon model='none'/>
                  </devices>
                </domain>
                """.formatted(domainType(), name, CHANNEL);
    }

    /**
     * The guest of {@link #biosGuest(String)} with more devices, such as a disk or an empty
     * CD-ROM drive for device and block-job tests.
     *
     * @param name       the guest's name, e.g. from {@link #uniqueName(String)}
     * @param devicesXml device elements added at the end of {@code <devices>}, as they are
     * @return domain XML for a transient or persistent guest
     */
    public static String biosGuestWith(String name, String devicesXml) {
        String xml = biosGuest(name);
        int end = xml.lastIndexOf("</devices>");
        return xml.substring(0, end) + devicesXml + "\n  " + xml.substring(end);
    }

    /**
     * Device XML of a guest-agent channel ({@code org.qemu.guest_agent.0}): libvirt then
     * expects an agent, which a BIOS-only guest never starts.
     *
     * @return a {@code <channel>} element
     */
    public static String agentChannel() {
        return "<channel type='unix'><target type='virtio' name='org.qemu.guest_agent.0'/></channel>";
    }
}

package org.virtfx.app.connect;

/** The hypervisors the Add Connection dialog offers, each with its libvirt URI scheme and path. */
public enum Hypervisor {
    /** The system QEMU/KVM daemon, where virt-manager's machines live. */
    QEMU_SYSTEM("QEMU/KVM", "qemu", "/system"),
    /** The calling user's own QEMU session. */
    QEMU_SESSION("QEMU/KVM user session", "qemu", "/session"),
    /** Linux containers. */
    LXC("LXC (Linux Containers)", "lxc", "/system"),
    /** Xen through libxl. */
    XEN("Xen", "xen", "/system"),
    /** libvirt's test driver loaded from a file: the path is the file's. */
    TEST_FILE("Test driver file", "test", ""),
    /** Any URI, typed by the user and passed to libvirt unchanged. */
    CUSTOM("Custom URI", "", "");

    private final String label;
    private final String scheme;
    private final String path;

    Hypervisor(String label, String scheme, String path) {
        this.label = label;
        this.scheme = scheme;
        this.path = path;
    }

    /** @return what the dialog shows */
    public String label() {
        return label;
    }

    /** @return the URI scheme without transport, e.g. {@code qemu}; empty for {@link #CUSTOM} */
    public String scheme() {
        return scheme;
    }

    /** @return the URI path, e.g. {@code /system}; empty where the user supplies it */
    public String path() {
        return path;
    }

    @Override
    public String toString() {
        return label;
    }
}

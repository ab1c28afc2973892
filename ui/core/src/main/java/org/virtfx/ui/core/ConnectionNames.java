package org.virtfx.ui.core;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Names for connections as virt-manager shows them: {@code QEMU/KVM}, {@code QEMU/KVM: host}. */
public final class ConnectionNames {
    private ConnectionNames() {
    }

    /**
     * Derives a short name from a libvirt URI.
     *
     * @param uri the URI, e.g. {@code qemu+ssh://root@server/system}
     * @return e.g. {@code QEMU/KVM: server}
     */
    public static String displayName(String uri) {
        URI parsed;
        try {
            parsed = new URI(uri);
        } catch (URISyntaxException e) {
            return uri;
        }
        String scheme = parsed.getScheme() == null ? "" : parsed.getScheme().toLowerCase(Locale.ROOT);
        String driver = scheme.contains("+") ? scheme.substring(0, scheme.indexOf('+')) : scheme;
        String name = switch (driver) {
            case "qemu" -> "QEMU/KVM";
            case "lxc" -> "LXC";
            case "xen" -> "Xen";
            case "test" -> "Test";
            case "ch" -> "Cloud Hypervisor";
            case "bhyve" -> "bhyve";
            case "vz" -> "Virtuozzo";
            default -> driver.isEmpty() ? uri : driver;
        };
        String path = parsed.getPath() == null ? "" : parsed.getPath();
        if (driver.equals("qemu") && path.equals("/session")) {
            name += " User session";
        }
        String host = parsed.getHost();
        if (host != null && !host.isEmpty() && !host.equals("localhost")) {
            name += ": " + host;
        }
        return name;
    }
}

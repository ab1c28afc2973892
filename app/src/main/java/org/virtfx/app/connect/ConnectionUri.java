package org.virtfx.app.connect;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What the user chose in the Add Connection dialog, and the libvirt URI it makes. Pure: no
 * JavaFX, no libvirt, so every combination is unit-tested.
 *
 * <p>The URI is {@code scheme[+transport]://[user@][host][:port]/path}: the path is the
 * hypervisor's ({@code /system}, {@code /session}) or the test-driver file's; the host is put
 * in brackets when it is an IPv6 address; the port only when it is not the transport's default;
 * the user only for transports that carry one (SSH, TLS). A custom URI is passed through as
 * typed (trimmed): libvirt is the judge of it.
 *
 * @param hypervisor the driver
 * @param testFile the test-driver file's absolute path, for {@link Hypervisor#TEST_FILE}
 * @param customUri the URI typed by the user, for {@link Hypervisor#CUSTOM}
 * @param remote how to reach a remote host, or empty for this machine
 * @param user the remote user name, or empty
 * @param host the remote host name or address
 * @param port the remote port as typed, or empty for the transport's default
 */
public record ConnectionUri(Hypervisor hypervisor, String testFile, String customUri, Optional<Transport> remote,
                            String user, String host, String port) {

    /** Nulls become empty strings, so the dialog can pass its fields as they are. */
    public ConnectionUri {
        hypervisor = hypervisor == null ? Hypervisor.QEMU_SYSTEM : hypervisor;
        testFile = testFile == null ? "" : testFile.trim();
        customUri = customUri == null ? "" : customUri.trim();
        remote = remote == null ? Optional.empty() : remote;
        user = user == null ? "" : user.trim();
        host = host == null ? "" : host.trim();
        port = port == null ? "" : port.trim();
    }

    /** @param hypervisor the driver @return a connection to it on this machine */
    public static ConnectionUri local(Hypervisor hypervisor) {
        return new ConnectionUri(hypervisor, "", "", Optional.empty(), "", "", "");
    }

    /** @param path the file's absolute path @return a test-driver connection on this machine */
    public static ConnectionUri testFile(String path) {
        return new ConnectionUri(Hypervisor.TEST_FILE, path, "", Optional.empty(), "", "", "");
    }

    /** @param uri a URI @return that URI, unchanged */
    public static ConnectionUri custom(String uri) {
        return new ConnectionUri(Hypervisor.CUSTOM, "", uri, Optional.empty(), "", "", "");
    }

    /**
     * @param transport how to reach the host
     * @param user the user name, or empty
     * @param host the host name or address
     * @param port the port as typed, or empty
     * @return this choice, on a remote host
     */
    public ConnectionUri over(Transport transport, String user, String host, String port) {
        return new ConnectionUri(hypervisor, testFile, customUri, Optional.of(transport), user, host, port);
    }

    /**
     * Builds the URI. Also for an incomplete choice, so the preview follows every keystroke;
     * {@link #problem()} says whether it can be opened.
     *
     * @return the libvirt URI
     */
    public String toUri() {
        if (hypervisor == Hypervisor.CUSTOM) {
            return customUri;
        }
        StringBuilder uri = new StringBuilder(hypervisor.scheme());
        remote.ifPresent(t -> uri.append('+').append(t.suffix()));
        uri.append("://");
        remote.ifPresent(t -> uri.append(authority(t)));
        uri.append(hypervisor == Hypervisor.TEST_FILE ? encode(testFile, PATH_SAFE) : hypervisor.path());
        return uri.toString();
    }

    private String authority(Transport transport) {
        StringBuilder a = new StringBuilder();
        if (transport.carriesUser() && !user.isEmpty()) {
            a.append(encode(user, USER_SAFE)).append('@');
        }
        a.append(isIpv6(host) ? "[" + host + "]" : host);
        portNumber().filter(p -> p != transport.defaultPort()).ifPresent(p -> a.append(':').append(p));
        return a.toString();
    }

    /**
     * @return why this choice cannot be opened yet, in words for the dialog; empty when it can
     */
    public Optional<String> problem() {
        if (hypervisor == Hypervisor.CUSTOM) {
            return customUri.isEmpty() ? Optional.of("Type a libvirt URI.") : Optional.empty();
        }
        if (hypervisor == Hypervisor.TEST_FILE) {
            if (testFile.isEmpty()) {
                return Optional.of("Choose a test-driver file.");
            }
            if (!testFile.startsWith("/")) {
                return Optional.of("The test-driver file needs an absolute path.");
            }
        }
        if (remote.isEmpty()) {
            return Optional.empty();
        }
        if (host.isEmpty()) {
            return Optional.of("Type the remote host's name or address.");
        }
        if (host.chars().anyMatch(c -> Character.isWhitespace(c) || c == '/' || c == '@' || c == '?' || c == '#')) {
            return Optional.of("The host name cannot contain spaces, '/', '@', '?' or '#'.");
        }
        if (host.indexOf(':') >= 0 && !isIpv6(host) && !(host.startsWith("[") && host.endsWith("]"))) {
            return Optional.of("Put the port in the Port field.");
        }
        if (!port.isEmpty() && portNumber().isEmpty()) {
            return Optional.of("The port is a number from 1 to 65535.");
        }
        return Optional.empty();
    }

    /** @return the port, when one is typed and valid */
    private Optional<Integer> portNumber() {
        if (port.isEmpty() || !port.chars().allMatch(c -> c >= '0' && c <= '9') || port.length() > 5) {
            return Optional.empty();
        }
        int p = Integer.parseInt(port);
        return p >= 1 && p <= 65535 ? Optional.of(p) : Optional.empty();
    }

    /** An IPv6 address has two colons at least (a name never does); bracketed ones are left alone. */
    private static boolean isIpv6(String host) {
        return !host.startsWith("[") && host.indexOf(':') != host.lastIndexOf(':');
    }

    // RFC 3986: what may stay as it is in a path segment (plus '/') and in the user part.
    private static final String SUB_DELIMS = "!$&'()*+,;=";
    private static final String PATH_SAFE = SUB_DELIMS + ":@/";
    private static final String USER_SAFE = SUB_DELIMS;

    /** Percent-encodes what a URI cannot hold as it is (spaces, '%', '?', '#', non-ASCII). */
    private static String encode(String text, String alsoSafe) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            boolean unreserved = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || c == '-' || c == '.' || c == '_' || c == '~';
            if (unreserved || c < 0x80 && alsoSafe.indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}

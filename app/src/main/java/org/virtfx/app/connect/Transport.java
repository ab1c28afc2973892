package org.virtfx.app.connect;

/** How a remote host is reached, with the port libvirt uses when the URI names none. */
public enum Transport {
    /** libvirt's remote protocol tunnelled through SSH: the usual choice. */
    SSH("SSH", "ssh", 22),
    /** The daemon's TLS socket (x509 certificates). */
    TLS("TLS", "tls", 16514),
    /** The daemon's plain TCP socket (SASL, or nothing). */
    TCP("TCP", "tcp", 16509);

    private final String label;
    private final String suffix;
    private final int defaultPort;

    Transport(String label, String suffix, int defaultPort) {
        this.label = label;
        this.suffix = suffix;
        this.defaultPort = defaultPort;
    }

    /** @return the word after {@code +} in the scheme, e.g. {@code ssh} */
    public String suffix() {
        return suffix;
    }

    /** @return the port libvirt assumes when the URI names none */
    public int defaultPort() {
        return defaultPort;
    }

    /** @return whether the URI carries the user name: SSH logs in as it, TLS hands it to SASL */
    public boolean carriesUser() {
        return this != TCP;
    }

    @Override
    public String toString() {
        return label;
    }
}

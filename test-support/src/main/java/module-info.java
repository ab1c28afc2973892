/**
 * VirtFX test support: a private, throw-away libvirt daemon for integration tests, domain XML
 * for small real QEMU guests, and the rule for missing system dependencies.
 *
 * <p>Only tests use this module. It knows nothing of the binding or JavaFX, so every other
 * module's tests can depend on it.
 */
module org.virtfx.testsupport {
    requires org.junit.jupiter.api;

    exports org.virtfx.testsupport;
}

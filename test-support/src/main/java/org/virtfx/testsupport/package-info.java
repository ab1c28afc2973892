/**
 * Test support for VirtFX: a private libvirt daemon with real QEMU guests
 * ({@link org.virtfx.testsupport.LibvirtDaemon}), domain XML for small guests that boot to the
 * BIOS screen ({@link org.virtfx.testsupport.Guests}), and the rule for missing system
 * dependencies ({@link org.virtfx.testsupport.SystemDependency}): skipped locally, failed in CI.
 *
 * <p>Used by other modules' tests only, with test scope. Depends on JUnit's API and the JDK.
 */
package org.virtfx.testsupport;

/**
 * Test support for VirtFX: domain XML for small real guests that boot to the BIOS screen
 * ({@link org.virtfx.testsupport.Guests}), and the rule for missing system dependencies
 * ({@link org.virtfx.testsupport.SystemDependency}): skipped locally, failed in CI.
 *
 * <p>Used by other modules' tests only, with test scope. Depends on JUnit's API and the JDK.
 */
package org.virtfx.testsupport;

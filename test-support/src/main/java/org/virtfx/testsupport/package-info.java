/**
 * Test support for VirtFX: the rule for missing system dependencies
 * ({@link org.virtfx.testsupport.SystemDependency}): skipped locally, failed in CI.
 *
 * <p>Used by other modules' tests only, with test scope. Depends on JUnit's API and the JDK.
 */
package org.virtfx.testsupport;

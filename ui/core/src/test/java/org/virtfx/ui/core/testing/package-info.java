/**
 * Test support shared by every UI module's tests through ui/core's test jar: the FX-thread guard
 * extension, and the plugin context plugins' tests run their plugin in.
 */
package org.virtfx.ui.core.testing;

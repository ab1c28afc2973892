/**
 * Test support shared by every UI module's tests through ui/core's test jar: the FX-thread guard
 * extension.
 */
package org.virtfx.ui.core.testing;

/**
 * The application's entry: {@link org.virtfx.app.Main} parses the command line and starts
 * {@link org.virtfx.app.VirtFxApp}, which builds everything else.
 */
package org.virtfx.app;

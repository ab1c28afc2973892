/**
 * The light and dark themes (AtlantaFX Primer), the user's choice in View &gt; Theme, and the
 * desktop's own preference, read once at start off the JavaFX thread.
 */
package org.virtfx.app.theme;

/**
 * Widgets and presentation helpers that plugins share, so that a state, an icon or a size looks
 * the same in every view.
 */
package org.virtfx.ui.core.widgets;

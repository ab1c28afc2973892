/**
 * The user's saved connections ({@code connections.properties} in the settings folder) and the
 * atomic file writes they and the settings share.
 *
 * <p>A saved connection list is precious: it is written atomically (a complete temporary file,
 * flushed to disk, then renamed over the old one), and a file that cannot be fully read is moved
 * aside and reported, while every entry that could be read is still returned.
 */
package org.virtfx.ui.core.saved;

/**
 * Settings in {@code $XDG_CONFIG_HOME/virtfx/}: written atomically; a damaged file is kept aside
 * and reported, never silently dropped.
 */
package org.virtfx.app.settings;

/**
 * The main window's shell: menus, toolbar and context menus built from plugin actions, the
 * plugins' main views, and the status bar that also serves as the notifier.
 */
package org.virtfx.app.window;

/**
 * Edit &gt; Preferences: the window ({@code PreferencesDialog}) that shows the application's own
 * pages (General: the theme; Polling: the live model's interval and graph length) beside the pages
 * plugins contribute at {@code ContributionPoint.PREFERENCES_PAGE}. Values apply as they change.
 */
package org.virtfx.app.preferences;

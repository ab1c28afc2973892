/**
 * The {@code host} plugin: {@link org.virtfx.ui.host.HostPlugin} (entry: the Connection Details
 * commands and the Overview page), DetailsWindows (one window per connection), DetailsWindow (a
 * window's pages, created when first shown), OverviewPage (the live host facts, graphs and
 * counts) with HostFacts (what the live model does not hold, read once on the worker) and
 * HostTexts (how they read).
 */
package org.virtfx.ui.host;

/**
 * Live models of libvirt connections: one {@link org.virtfx.ui.core.ConnectionWorker} thread
 * per connection makes every libvirt call for it; results are diffed by UUID on that thread and
 * applied to the JavaFX models in one batch.
 */
package org.virtfx.ui.core;

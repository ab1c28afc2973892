/**
 * Live models of libvirt connections: domains, networks, storage pools and volumes, host devices
 * and the host. One {@link org.virtfx.ui.core.ConnectionWorker} thread per connection makes every
 * libvirt call for it; libvirt's events mark what changed, a tick reads everything with one bulk
 * call, results are diffed on the worker and applied to the JavaFX models in one batch per
 * reading. {@link org.virtfx.ui.core.LiveConnection} reconnects by itself after a drop. See
 * docs/decisions/0002-live-model.md.
 */
package org.virtfx.ui.core;

/**
 * File &gt; Add Connection: the pure URI builder ({@link org.virtfx.app.connect.ConnectionUri}),
 * the dialog that drives it with a live preview, and the opener that connects and reports
 * libvirt's error.
 */
package org.virtfx.app.connect;

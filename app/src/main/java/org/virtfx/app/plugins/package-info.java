/**
 * The plugin host: discovery through {@link java.util.ServiceLoader}, start in dependency order,
 * isolation of failures, and the contributions plugins register.
 */
package org.virtfx.app.plugins;

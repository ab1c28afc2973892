package org.virtfx.ui.core;

/**
 * What one reading saw of one virtual network: immutable, made on the worker, applied on the FX
 * thread.
 *
 * @param uuid the UUID, the identity
 * @param name the name
 * @param active whether it runs
 * @param persistent whether it has a saved definition
 * @param autostart whether it starts with the host
 * @param bridgeName the host bridge, or an empty string when it has none
 */
record NetworkSnapshot(String uuid, String name, boolean active, boolean persistent, boolean autostart,
                       String bridgeName) {
}

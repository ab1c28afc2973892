package org.virtfx.libvirt;

/**
 * A host device's configuration changed ({@code VIR_NODE_DEVICE_EVENT_ID_UPDATE}). Immutable.
 *
 * @param deviceName the device's name
 */
public record NodeDeviceEventUpdate(String deviceName) {
}

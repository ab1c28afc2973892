package org.virtfx.libvirt;

/**
 * A host device appeared, disappeared, was defined or undefined
 * ({@code VIR_NODE_DEVICE_EVENT_ID_LIFECYCLE}). An immutable copy made on the event-loop thread.
 *
 * @param deviceName the device's name, e.g. {@code scsi_host7}
 * @param event what happened
 * @param detail more about it; 0 for now
 */
public record NodeDeviceEventLifecycle(String deviceName, NodeDeviceEventLifecycleType event, int detail) {
}

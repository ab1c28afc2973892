package org.virtfx.libvirt;

/**
 * A network was defined, undefined, started or stopped ({@code VIR_NETWORK_EVENT_ID_LIFECYCLE}).
 * An immutable copy made on the event-loop thread.
 *
 * @param networkName the network's name
 * @param networkUuid the network's UUID
 * @param event what happened
 * @param detail more about it; 0 for now
 */
public record NetworkEventLifecycle(String networkName, String networkUuid, NetworkEventLifecycleType event,
                                    int detail) {
}

package org.virtfx.ui.core;

/**
 * The parts of one connection's live model, each with its worker half and its FX half.
 *
 * @param domains the domains
 * @param networks the virtual networks
 * @param storage the storage pools and their volumes
 * @param devices the host's devices
 * @param host the host's facts and graphs
 */
record ModelSyncs(DomainSync domains, NetworkSync networks, StorageSync storage, NodeDeviceSync devices, HostSync host) {
}

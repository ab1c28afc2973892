package org.virtfx.ui.core;

/**
 * What libvirt's events mean to a live model. Called on the libvirt event-loop thread: an
 * implementation only records what is dirty and hands the work to the connection's worker.
 */
interface ModelEvents {

    /** @param uuid a domain whose state, devices, metadata or memory changed, or which came or went */
    void domainChanged(String uuid);

    /** @param name a virtual network that was defined, started, stopped or undefined */
    void networkChanged(String name);

    /** @param name a storage pool that changed or was refreshed */
    void storagePoolChanged(String name);

    /** @param name a node device that was created or deleted */
    void nodeDeviceChanged(String name);

    /** @param why libvirt's close reason, in words */
    void closed(String why);
}

package org.virtfx.ui.core;

import java.util.Objects;
import org.virtfx.libvirt.DomainState;

/**
 * What one reading found of one domain's listed values: immutable, made on the worker, applied
 * on the JavaFX thread. Two readings are equal when a table row would show the same thing, so
 * the diff notifies only rows that changed. (Graph samples travel separately.)
 *
 * @param uuid the UUID, the identity
 * @param name the name
 * @param state the state
 * @param vcpus the number of virtual CPUs
 * @param memoryKiB current memory in KiB
 * @param maxMemoryKiB maximum memory in KiB
 * @param title the short description users give it ({@code <title>}), or empty
 * @param persistent whether it has a persistent definition (else it goes when it stops)
 * @param managedSave whether a managed save image exists (Run then restores it)
 */
record DomainReading(String uuid, String name, DomainState state, int vcpus, long memoryKiB, long maxMemoryKiB,
                     String title, boolean persistent, boolean managedSave) {

    /*
     * Written out rather than the record's generated equals: that one goes through method handles,
     * which the app's C1-only JIT does not inline, and the worker compares every domain on every
     * tick (a few per cent of its time at 1000 domains).
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof DomainReading r && vcpus == r.vcpus && memoryKiB == r.memoryKiB
                && maxMemoryKiB == r.maxMemoryKiB && persistent == r.persistent && managedSave == r.managedSave
                && state == r.state && uuid.equals(r.uuid) && Objects.equals(name, r.name) && Objects.equals(title, r.title);
    }

    @Override
    public int hashCode() {
        return uuid.hashCode();
    }

    /** @return this reading with sizes from a statistics record, which are fresher than the details' */
    DomainReading withSizes(int vcpus, long memoryKiB, long maxMemoryKiB) {
        return new DomainReading(uuid, name, state, vcpus, memoryKiB, maxMemoryKiB, title, persistent, managedSave);
    }
}

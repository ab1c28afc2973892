package org.virtfx.libvirt;

/**
 * A secret was defined or undefined ({@code VIR_SECRET_EVENT_ID_LIFECYCLE}). An immutable copy
 * made on the event-loop thread.
 *
 * @param secretUuid the secret's UUID
 * @param usageType what the secret is for
 * @param usageId the usage's identifier (a volume path, a Ceph user, ...); "" when none
 * @param event what happened
 * @param detail more about it; 0 for now
 */
public record SecretEventLifecycle(String secretUuid, SecretUsageType usageType, String usageId,
                                   SecretEventLifecycleType event, int detail) {
}

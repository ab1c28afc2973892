package org.virtfx.libvirt;

/**
 * A secret's value changed ({@code VIR_SECRET_EVENT_ID_VALUE_CHANGED}). Immutable; the value is
 * not included.
 *
 * @param secretUuid the secret's UUID
 * @param usageType what the secret is for
 * @param usageId the usage's identifier; "" when none
 */
public record SecretEventValueChanged(String secretUuid, SecretUsageType usageType, String usageId) {
}

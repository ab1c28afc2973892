package org.virtfx.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PortSlotTest {
    @Test
    void daemonsRunningAtTheSameTimeGetDisjointPortRanges() {
        try (PortSlot first = PortSlot.acquire(); PortSlot second = PortSlot.acquire()) {
            assertThat(second.index()).isNotEqualTo(first.index());
            assertThat(Math.abs(second.firstPort() - first.firstPort())).isGreaterThanOrEqualTo(100);
        }
    }

    @Test
    void aReleasedSlotCanBeTakenAgain() {
        int index;
        try (PortSlot slot = PortSlot.acquire()) {
            index = slot.index();
        }
        try (PortSlot again = PortSlot.acquire()) {
            assertThat(again.index()).isLessThanOrEqualTo(index);
        }
    }
}

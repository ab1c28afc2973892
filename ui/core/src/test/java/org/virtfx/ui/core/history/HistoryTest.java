package org.virtfx.ui.core.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.NoSuchElementException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HistoryTest {

    private static DomainPoint point(double cpu, long memoryKiB) {
        return new DomainPoint(cpu, cpu / 4, memoryKiB, memoryKiB < 0 ? Double.NaN : 50, 1, 2, 3, 4);
    }

    @Test
    void aDomainHistoryAppendsEveryValueOfAPointToItsSeries() {
        DomainHistory h = new DomainHistory(2);
        h.append(point(10, 100));
        h.append(point(20, -1));
        h.append(point(40, 300));
        assertThat(h.size()).isEqualTo(2);
        assertThat(h.cpu().toArray()).containsExactly(20, 40);
        assertThat(h.hostCpu().toArray()).containsExactly(5, 10);
        assertThat(h.memory().get(0)).isNaN();
        assertThat(h.memory().latest()).isEqualTo(300.0);
        assertThat(h.memoryPercent().latest()).isEqualTo(50.0);
        assertThat(h.diskRead().latest()).isEqualTo(1.0);
        assertThat(h.diskWrite().latest()).isEqualTo(2.0);
        assertThat(h.netRx().latest()).isEqualTo(3.0);
        assertThat(h.netTx().latest()).isEqualTo(4.0);
    }

    @Test
    void seriesAreNamedInAFixedOrder() {
        DomainHistory h = new DomainHistory(3);
        assertThat(h.names()).containsExactly("cpu", "hostCpu", "memory", "memoryPercent", "diskRead",
                "diskWrite", "netRx", "netTx");
        assertThat(h.series(DomainHistory.NET_TX)).isSameAs(h.netTx());
        assertThatThrownBy(() -> h.series("nope")).isInstanceOf(NoSuchElementException.class);
        assertThat(new HostHistory(3).names()).containsExactly("cpu", "memory", "memoryPercent");
    }

    @Test
    void resizeAndClearApplyToEverySeries() {
        DomainHistory h = new DomainHistory(3);
        for (int i = 1; i <= 5; i++) {
            h.append(point(i, i));
        }
        h.resize(2);
        assertThat(h.capacity()).isEqualTo(2);
        for (String name : h.names()) {
            assertThat(h.series(name).capacity()).as(name).isEqualTo(2);
            assertThat(h.series(name).size()).as(name).isEqualTo(2);
        }
        assertThat(h.cpu().toArray()).containsExactly(4, 5);
        assertThat(h.memory().toArray()).containsExactly(4, 5);
        h.clear();
        assertThat(h.size()).isZero();
        assertThat(h.netRx().size()).isZero();
        assertThat(h.capacity()).isEqualTo(2);
    }

    @Test
    void aHostHistoryKeepsCpuAndMemory() {
        HostHistory h = new HostHistory(120);
        h.append(new HostPoint(Double.NaN, 8_000_000, 50));
        h.append(new HostPoint(12.5, -1, Double.NaN));
        assertThat(h.cpu().toArray()).containsExactly(Double.NaN, 12.5);
        assertThat(h.memory().toArray()).containsExactly(8_000_000, Double.NaN);
        assertThat(h.memoryPercent().toArray()).containsExactly(50, Double.NaN);
    }

    @Test
    void theCapacityComesFromThePreference() {
        assertThat(History.capacityFrom(Optional.empty())).isEqualTo(120);
        assertThat(History.capacityFrom(Optional.of("300"))).isEqualTo(300);
        assertThat(History.capacityFrom(Optional.of(" 60 "))).isEqualTo(60);
        assertThat(History.capacityFrom(Optional.of("lots"))).isEqualTo(120);
        assertThat(History.capacityFrom(Optional.of("1"))).isEqualTo(2);
        assertThat(History.capacityFrom(Optional.of("-5"))).isEqualTo(2);
        assertThat(History.capacityFrom(Optional.of("999999999"))).isEqualTo(86_400);
    }
}

package org.virtfx.libvirt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.jna.Pointer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Events fired by the in-process test driver for changes made through the same connection,
 * delivered by the {@link EventLoop}.
 */
class EventsIT extends TestDriverFixture {
    private static final long WAIT_SECONDS = 20;
    private static final String RUNNING_UUID = "aaaaaaaa-1111-4111-8111-111111111111";

    @BeforeAll
    static void startLoop() {
        TestDriver.requireLibvirt();
        EventLoop.start();
    }

    EventsIT() {
        super("/host-events-testdriver.xml");
    }

    private static <E> E next(BlockingQueue<E> queue) throws InterruptedException {
        E e = queue.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        assertThat(e).as("event within " + WAIT_SECONDS + " s").isNotNull();
        return e;
    }

    private Domain domain(String name) {
        return conn.lookupDomainByName(name);
    }

    @Test
    void lifecycleEventsArriveAsRecords() throws InterruptedException {
        BlockingQueue<DomainEventLifecycle> events = new LinkedBlockingQueue<>();
        try (EventRegistration reg = conn.domainEventLifecycleRegister(null, events::add);
             Domain dom = domain("ev-running")) {
            assertThat(reg.callbackId()).isNotNegative();
            dom.suspend();
            dom.resume();
            dom.destroy();
            DomainEventLifecycle suspended = next(events);
            assertThat(suspended).isEqualTo(new DomainEventLifecycle("ev-running", RUNNING_UUID,
                    DomainEventType.SUSPENDED, DomainEventSuspendedDetailType.PAUSED.value()));
            assertThat(next(events).event()).isEqualTo(DomainEventType.RESUMED);
            DomainEventLifecycle stopped = next(events);
            assertThat(stopped.event()).isEqualTo(DomainEventType.STOPPED);
            assertThat(stopped.detail()).isEqualTo(DomainEventStoppedDetailType.DESTROYED.value());
        }
    }

    @Test
    void aDomainFilterOnlyDeliversThatDomainsEvents() throws InterruptedException {
        BlockingQueue<DomainEventLifecycle> events = new LinkedBlockingQueue<>();
        try (Domain running = domain("ev-running"); Domain off = domain("ev-shutoff");
             EventRegistration reg = conn.domainEventLifecycleRegister(running, events::add)) {
            off.create();
            running.suspend();
            DomainEventLifecycle first = next(events);
            assertThat(first.domainName()).isEqualTo("ev-running");
            assertThat(first.event()).isEqualTo(DomainEventType.SUSPENDED);
        }
    }

    @Test
    void aListenerSurvivesGarbageCollection() throws InterruptedException {
        CountDownLatch latch = new CountDownLatch(1);
        // Only libvirt (through the binding's registry) holds the callback after this line.
        EventRegistration reg = conn.domainEventLifecycleRegister(null, e -> latch.countDown());
        for (int i = 0; i < 5; i++) {
            System.gc();
            byte[][] garbage = new byte[64][];
            for (int j = 0; j < garbage.length; j++) {
                garbage[j] = new byte[64 * 1024];
            }
        }
        try (Domain dom = domain("ev-running")) {
            dom.suspend();
        }
        assertThat(latch.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
        reg.close();
    }

    @Test
    void aThrowingListenerDoesNotStopLaterEvents() throws InterruptedException {
        AtomicInteger calls = new AtomicInteger();
        CountDownLatch second = new CountDownLatch(1);
        try (EventRegistration reg = conn.domainEventLifecycleRegister(null, e -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("listener bug");
            }
            second.countDown();
        }); Domain dom = domain("ev-running")) {
            dom.suspend();
            dom.resume();
            assertThat(second.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
            assertThat(calls.get()).isEqualTo(2);
        }
    }

    @Test
    void closingARegistrationStopsItsEvents() throws InterruptedException {
        AtomicInteger closedCalls = new AtomicInteger();
        EventRegistration closed = conn.domainEventLifecycleRegister(null, e -> closedCalls.incrementAndGet());
        closed.close();
        closed.close(); // idempotent
        assertThat(closed.isClosed()).isTrue();
        BlockingQueue<DomainEventLifecycle> events = new LinkedBlockingQueue<>();
        try (EventRegistration open = conn.domainEventLifecycleRegister(null, events::add);
             Domain dom = domain("ev-running")) {
            dom.suspend();
            next(events);
        }
        // Events are dispatched one registration after another on one thread: the closed one
        // would have been called before the open one returned the event.
        assertThat(closedCalls.get()).isZero();
    }

    @Test
    void deregisteringByIdClosesTheRegistration() {
        EventRegistration reg = conn.domainEventRebootRegister(null, e -> { });
        conn.domainEventDeregisterAny(reg.callbackId());
        assertThat(reg.isClosed()).isTrue();
        reg.close(); // nothing left to do
        assertThatThrownBy(() -> conn.domainEventDeregisterAny(reg.callbackId())).isInstanceOf(LibvirtException.class);
    }

    @Test
    void closingTheConnectionDeregistersAndReleasesCallbacks() {
        EventListener<DomainEventLifecycle> onDomain = e -> { };
        EventListener<NetworkEventLifecycle> onNetwork = e -> { };
        Connect other = TestDriver.open("/host-events-testdriver.xml");
        EventRegistration a;
        EventRegistration b;
        try {
            // Counted per listener: free callbacks of earlier tests may still be arriving.
            a = other.domainEventLifecycleRegister(null, onDomain);
            b = other.networkEventLifecycleRegister(null, onNetwork);
            assertThat(CallbackRegistry.isPinned(onDomain)).isTrue();
            assertThat(CallbackRegistry.isPinned(onNetwork)).isTrue();
        } finally {
            other.close();
        }
        assertThat(a.isClosed()).isTrue();
        assertThat(b.isClosed()).isTrue();
        a.close();
        // libvirt runs the free callbacks at once or on the loop thread right after.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while ((CallbackRegistry.isPinned(onDomain) || CallbackRegistry.isPinned(onNetwork))
                && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(CallbackRegistry.isPinned(onDomain)).isFalse();
        assertThat(CallbackRegistry.isPinned(onNetwork)).isFalse();
    }

    @Test
    void aCloseCallbackOnAnInProcessConnectionIsReleasedWhenUnregistered() {
        // The test driver accepts a close callback without keeping it, so libvirt never runs its
        // free callback: the binding must release the listener itself once unregistering worked.
        EventListener<ConnectCloseReason> onClose = r -> { };
        try (Connect other = TestDriver.open("/host-events-testdriver.xml")) {
            EventRegistration reg = other.registerCloseCallback(onClose);
            assertThat(CallbackRegistry.isPinned(onClose)).isTrue();
            reg.close();
            assertThat(CallbackRegistry.isPinned(onClose)).isFalse();
        }
    }

    @Test
    void metadataChangesArriveAsTypedEvents() throws InterruptedException {
        BlockingQueue<DomainEventMetadataChange> events = new LinkedBlockingQueue<>();
        try (EventRegistration reg = conn.domainEventMetadataChangeRegister(null, events::add);
             Domain dom = domain("ev-running")) {
            Pointer p = dom.acquire();
            try {
                assertThat(CDomain.virDomainSetMetadata(p, DomainMetadataType.TITLE.value(), "T", null, null, 0))
                        .isZero();
            } finally {
                dom.release();
            }
            DomainEventMetadataChange e = next(events);
            assertThat(e.domainName()).isEqualTo("ev-running");
            assertThat(e.type()).isEqualTo(DomainMetadataType.TITLE);
            assertThat(e.nsUri()).isEmpty();
        }
    }

    @Test
    void everyDomainEventIdCanBeRegisteredAndTheSealedTypeArrives() throws InterruptedException {
        BlockingQueue<DomainEvent> events = new LinkedBlockingQueue<>();
        List<EventRegistration> regs = new ArrayList<>();
        try {
            for (DomainEventID id : DomainEventID.values()) {
                if (id != DomainEventID.UNKNOWN) {
                    regs.add(conn.domainEventRegisterAny(null, id, events::add));
                }
            }
            assertThat(regs).hasSize(27).extracting(EventRegistration::callbackId).doesNotHaveDuplicates();
            try (Domain dom = domain("ev-running")) {
                dom.suspend();
            }
            assertThat(next(events)).isInstanceOfSatisfying(DomainEventLifecycle.class,
                    e -> assertThat(e.event()).isEqualTo(DomainEventType.SUSPENDED));
        } finally {
            regs.forEach(EventRegistration::close);
        }
        assertThatThrownBy(() -> conn.domainEventRegisterAny(null, DomainEventID.UNKNOWN, e -> { }))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theLegacyRegistrationDeliversLifecycleEvents() throws InterruptedException {
        BlockingQueue<DomainEventLifecycle> events = new LinkedBlockingQueue<>();
        EventRegistration reg = conn.domainEventRegister(events::add);
        assertThat(reg.callbackId()).isEqualTo(-1);
        try (Domain dom = domain("ev-shutoff")) {
            dom.create();
            DomainEventLifecycle e = next(events);
            assertThat(e.domainName()).isEqualTo("ev-shutoff");
            assertThat(e.event()).isEqualTo(DomainEventType.STARTED);
        } finally {
            reg.close();
        }
        assertThat(reg.isClosed()).isTrue();
    }

    @Test
    void networkLifecycleEvents() throws InterruptedException {
        BlockingQueue<NetworkEventLifecycle> events = new LinkedBlockingQueue<>();
        try (EventRegistration reg = conn.networkEventLifecycleRegister(null, events::add);
             Network net = new Network(conn.call(p -> ErrorCapture.check(CNetwork.virNetworkLookupByName(p, "ev-net"),
                     "virNetworkLookupByName")))) {
            assertThat(net.callInt("virNetworkDestroy", CNetwork::virNetworkDestroy)).isZero();
            assertThat(net.callInt("virNetworkCreate", CNetwork::virNetworkCreate)).isZero();
            assertThat(next(events)).isEqualTo(new NetworkEventLifecycle("ev-net",
                    "aaaaaaaa-6666-4666-8666-666666666666", NetworkEventLifecycleType.STOPPED, 0));
            assertThat(next(events).event()).isEqualTo(NetworkEventLifecycleType.STARTED);
        }
    }

    @Test
    void storagePoolLifecycleAndRefreshEvents() throws InterruptedException {
        BlockingQueue<StoragePoolEventLifecycle> lifecycle = new LinkedBlockingQueue<>();
        BlockingQueue<StoragePoolEventRefresh> refresh = new LinkedBlockingQueue<>();
        try (StoragePool pool = new StoragePool(conn.call(p -> ErrorCapture.check(
                     CStorage.virStoragePoolLookupByName(p, "ev-pool"), "virStoragePoolLookupByName")));
             EventRegistration a = conn.storagePoolEventLifecycleRegister(pool, lifecycle::add);
             EventRegistration b = conn.storagePoolEventRefreshRegister(null, refresh::add)) {
            assertThat(pool.callInt("virStoragePoolRefresh", p -> CStorage.virStoragePoolRefresh(p, 0))).isZero();
            assertThat(next(refresh)).isEqualTo(new StoragePoolEventRefresh("ev-pool",
                    "aaaaaaaa-7777-4777-8777-777777777777"));
            assertThat(pool.callInt("virStoragePoolDestroy", CStorage::virStoragePoolDestroy)).isZero();
            StoragePoolEventLifecycle stopped = next(lifecycle);
            assertThat(stopped.poolName()).isEqualTo("ev-pool");
            assertThat(stopped.event()).isEqualTo(StoragePoolEventLifecycleType.STOPPED);
        }
    }

    @Test
    void nodeDeviceLifecycleEvents() throws InterruptedException {
        BlockingQueue<NodeDeviceEventLifecycle> events = new LinkedBlockingQueue<>();
        String vhba = "<device><parent>scsi_host9</parent><capability type='scsi_host'><capability type='fc_host'>"
                + "<wwnn>2001001b32a9da4e</wwnn><wwpn>2101001b32a9da4e</wwpn></capability></capability></device>";
        try (EventRegistration reg = conn.nodeDeviceEventLifecycleRegister(null, events::add);
             EventRegistration upd = conn.nodeDeviceEventUpdateRegister(null, e -> { });
             NodeDevice dev = new NodeDevice(conn.call(p -> ErrorCapture.check(
                     CNodeDev.virNodeDeviceCreateXML(p, vhba, 0), "virNodeDeviceCreateXML")))) {
            NodeDeviceEventLifecycle created = next(events);
            assertThat(created.event()).isEqualTo(NodeDeviceEventLifecycleType.CREATED);
            assertThat(created.deviceName()).startsWith("scsi_host");
            assertThat(dev.callInt("virNodeDeviceDestroy", CNodeDev::virNodeDeviceDestroy)).isZero();
            assertThat(next(events)).isEqualTo(new NodeDeviceEventLifecycle(created.deviceName(),
                    NodeDeviceEventLifecycleType.DELETED, 0));
        }
    }

    @Test
    void secretEventsNeedADriverWithSecrets() {
        int before = CallbackRegistry.pinnedCount();
        assertThatThrownBy(() -> conn.secretEventLifecycleRegister(null, e -> { }))
                .isInstanceOfSatisfying(LibvirtException.class, e -> assertThat(e.is(ErrorNumber.NO_SUPPORT)).isTrue());
        assertThatThrownBy(() -> conn.secretEventValueChangedRegister(null, e -> { }))
                .isInstanceOf(LibvirtException.class);
        assertThat(CallbackRegistry.pinnedCount()).as("a failed registration unpins").isEqualTo(before);
        assertThatThrownBy(() -> conn.secretEventDeregisterAny(12345)).isInstanceOf(LibvirtException.class);
    }

    @Test
    void theCloseCallbackRegistersOnceAndUnregisters() {
        EventRegistration reg = conn.registerCloseCallback(reason -> { });
        assertThat(reg.callbackId()).isEqualTo(-1);
        conn.unregisterCloseCallback();
        assertThat(reg.isClosed()).isTrue();
        assertThatThrownBy(conn::unregisterCloseCallback).isInstanceOf(IllegalStateException.class);
        try (EventRegistration again = conn.registerCloseCallback(reason -> { })) {
            assertThat(again.isClosed()).isFalse();
        }
    }

    @Test
    void deregisteringUnknownIdsFails() {
        assertThatThrownBy(() -> conn.networkEventDeregisterAny(9999)).isInstanceOf(LibvirtException.class);
        assertThatThrownBy(() -> conn.storagePoolEventDeregisterAny(9999)).isInstanceOf(LibvirtException.class);
        assertThatThrownBy(() -> conn.nodeDeviceEventDeregisterAny(9999)).isInstanceOf(LibvirtException.class);
        EventRegistration pool = conn.storagePoolEventRefreshRegister(null, e -> { });
        conn.storagePoolEventDeregisterAny(pool.callbackId());
        EventRegistration net = conn.networkEventLifecycleRegister(null, e -> { });
        conn.networkEventDeregisterAny(net.callbackId());
        EventRegistration dev = conn.nodeDeviceEventUpdateRegister(null, e -> { });
        conn.nodeDeviceEventDeregisterAny(dev.callbackId());
        assertThat(List.of(pool, net, dev)).allMatch(EventRegistration::isClosed);
    }
}

package org.virtfx.libvirt.example;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.virtfx.libvirt.*;

/** The README's example, compiled and run so that it stays true. Keep the two the same. */
public final class Example {
    public static void main(String[] args) throws Exception {
        EventLoop.start(); // before opening connections that want events

        try (Connect conn = Connect.open("test:///default")) {
            // List every domain; the list closes the handles it holds.
            try (HandleList<Domain> domains = conn.listAllDomains()) {
                for (Domain d : domains) {
                    DomainInfo info = d.getInfo();
                    System.out.printf("%-12s %-8s %d vCPUs %d KiB%n",
                            d.getName(), info.state(), info.vcpus(), info.memoryKiB());
                }
            }

            // Listen to lifecycle events of every domain of this connection.
            CountDownLatch started = new CountDownLatch(1);
            try (EventRegistration reg = conn.domainEventLifecycleRegister(null, e -> {
                System.out.println(e.domainName() + ": " + e.event());
                if (e.event() == DomainEventType.STARTED) {
                    started.countDown();
                }
            })) {

                // Start a shut-off domain, or report why it cannot start.
                try (Domain d = conn.lookupDomainByName("test")) {
                    if (d.getState().state() == DomainState.RUNNING) {
                        d.destroy();
                    }
                    d.create();
                } catch (LibvirtException e) {
                    System.err.println(e.code() + ": " + e.getMessage());
                }
                // Events arrive on the event-loop thread.
                System.out.println("started event: " + started.await(5, TimeUnit.SECONDS));
            }
        }
    }
}

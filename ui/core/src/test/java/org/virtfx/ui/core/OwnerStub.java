package org.virtfx.ui.core;

import java.lang.reflect.Proxy;
import org.virtfx.ui.api.Connection;

/**
 * A stand-in for the connection that owns a model under test: the sync classes only hand it to
 * their models, so the tests need its identity and nothing else. A proxy rather than a class, so
 * that methods added to {@link Connection} need no change here.
 */
final class OwnerStub {
    private OwnerStub() {
    }

    static Connection connection() {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "toString" -> "owner stub";
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException("owner stub: " + method.getName());
                });
    }
}

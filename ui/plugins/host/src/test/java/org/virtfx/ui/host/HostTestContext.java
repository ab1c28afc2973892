package org.virtfx.ui.host;

import org.virtfx.ui.api.Connections;
import org.virtfx.ui.core.testing.PluginTestContext;

/** The host plugin's test context ({@link PluginTestContext}) with its fixture. */
final class HostTestContext extends PluginTestContext {

    HostTestContext(Connections connections) {
        super(new HostPlugin().descriptor(), connections);
    }

    /** @return the fixture's test:/// URI, {@code host-testdriver.xml} */
    static String fixtureUri() {
        return testDriverUri(HostTestContext.class, "/host-testdriver.xml");
    }
}

package org.virtfx.ui.domains;

import java.util.List;
import javafx.collections.ObservableList;
import org.virtfx.ui.api.Connections;
import org.virtfx.ui.api.ContributionPoint;
import org.virtfx.ui.api.PluginAction;
import org.virtfx.ui.core.testing.PluginTestContext;

/**
 * The domains plugin's test context ({@link PluginTestContext}) with its fixtures, and named
 * views of what it contributes.
 */
final class TestContext extends PluginTestContext {
    /** The actions the plugin contributed to the menus. */
    final List<PluginAction> actions = contributed(ContributionPoint.ACTION);
    /** What other plugins contributed to connection rows' menus; tests add to it. */
    final ObservableList<PluginAction> connectionActions = contributed(ContributionPoint.CONNECTION_ACTION);

    TestContext(Connections connections) {
        super(new DomainsPlugin().descriptor(), connections);
    }

    /** @param resource a test-driver file on the test class path @return its test:/// URI */
    static String uri(String resource) {
        return testDriverUri(TestContext.class, resource);
    }

    /** @return the fixture of the view-model tests, {@code domains-testdriver.xml} */
    static String fixtureUri() {
        return uri("/domains-testdriver.xml");
    }

    /** @return the fixture of the actions' tests, {@code actions-testdriver.xml} */
    static String actionsFixtureUri() {
        return uri("/actions-testdriver.xml");
    }
}

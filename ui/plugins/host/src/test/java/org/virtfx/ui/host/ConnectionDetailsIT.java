package org.virtfx.ui.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.virtfx.libvirt.Connect;
import org.virtfx.libvirt.NodeInfo;
import org.virtfx.testsupport.Wait;
import org.virtfx.ui.api.Connection;
import org.virtfx.ui.api.ConnectionState;
import org.virtfx.ui.api.ContributionPoint;
import org.virtfx.ui.api.PluginAction;
import org.virtfx.ui.core.ConnectionManager;
import org.virtfx.ui.core.LiveModelOptions;
import org.virtfx.ui.core.widgets.ActionNodes;
import org.virtfx.ui.core.widgets.Formats;

/**
 * The Connection Details window, opened by the plugin's command over a test-driver connection
 * ("Lab", {@code host-testdriver.xml}) with no ticks unless a test asks for them, so that what a
 * test reads holds still.
 */
class ConnectionDetailsIT {
    private static final long NO_TICKS = 3_600_000;

    private final FxRobot robot = new FxRobot();
    private ConnectionManager connections;
    private HostTestContext context;
    private HostPlugin plugin;
    private Connection lab;
    private String uri;

    @BeforeEach
    void open() throws Exception {
        Stage manager = FxToolkit.registerPrimaryStage();
        uri = HostTestContext.fixtureUri();
        start(NO_TICKS);
        onFx(() -> {
            // stands for the manager window, which the details windows belong to
            manager.setScene(new Scene(new StackPane(new Label("manager")), 300, 200));
            manager.show();
            return null;
        });
    }

    private void start(long pollMillis) {
        onFx(() -> {
            connections = new ConnectionManager(Platform::runLater,
                    LiveModelOptions.DEFAULTS.withPollMillis(pollMillis).withEvents(false).withHistoryLength(10), null);
            lab = connections.add(uri, "Lab", false);
            context = new HostTestContext(connections);
            plugin = new HostPlugin();
            plugin.start(context);
            return null;
        });
        onFx(lab::connect).orTimeout(10, TimeUnit.SECONDS).join();
        onFx(lab::refresh).orTimeout(10, TimeUnit.SECONDS).join();
    }

    @AfterEach
    void close() throws Exception {
        onFx(() -> {
            plugin.stop();
            connections.close();
            return null;
        });
        FxToolkit.cleanupStages();
    }

    @Test
    void theEditMenuItemOpensTheWindowWithTheHostsFacts() throws Exception {
        // given Lab selected, and Connection Details as the Edit menu shows it
        select(lab);
        PluginAction action = onFx(() -> context.at(ContributionPoint.ACTION).get(0));
        assertThat(action.placement().menu()).contains("_Edit");
        MenuItem item = onFx(() -> ActionNodes.menuItem(action, "menu-"));
        // when it is chosen
        onFx(() -> {
            item.fire();
            return null;
        });
        // then Lab's window shows its Overview, with the facts libvirt reports for the host
        Stage window = window(lab);
        assertThat(onFx(window::getTitle)).isEqualTo("Lab Connection Details");
        String hostname;
        NodeInfo info;
        String hypervisor;
        String libvirt;
        HostFacts facts;
        try (Connect c = Connect.open(uri)) {
            hostname = c.getHostname();
            info = c.getNodeInfo();
            hypervisor = c.getType() + " " + HostTexts.version(c.getVersion());
            libvirt = HostTexts.version(c.getLibVersion());
            facts = HostFacts.of(c.getVersion(), info, c.getCapabilities());
        }
        awaitText(window, "#host-cpus", info.cpus() + " (1 socket × 4 cores × 2 threads)");
        assertThat(text(window, "#host-hostname")).isEqualTo(hostname);
        assertThat(text(window, "#host-memory")).isEqualTo(Formats.memoryKiB(info.memoryKiB())).isEqualTo("12 GiB");
        assertThat(text(window, "#host-hypervisor")).isEqualTo(hypervisor).startsWith("TEST ");
        assertThat(text(window, "#host-libvirt")).isEqualTo(libvirt);
        assertThat(facts.architecture()).isNotEmpty();
        assertThat(text(window, "#host-architecture")).isEqualTo(facts.architecture());
        assertThat(text(window, "#host-uri")).isEqualTo(uri);
        assertThat(text(window, "#host-state")).isEqualTo("Connected");
        assertThat(text(window, "#host-domains")).isEqualTo("3: 1 Running, 1 Paused, 1 Shutoff");
        assertThat(text(window, "#host-networks")).isEqualTo("2 (2 active)");
        assertThat(text(window, "#host-pools")).isEqualTo("1 (1 active)");
        assertThat(onFx(() -> window.getScene().lookup("#host-demo-note"))).isNull();
        assertThat(onFx(window::getOwner)).isNotNull();
    }

    @Test
    void theCommandNeedsASelectedConnectionAndIsInTheConnectionRowsMenuToo() {
        PluginAction action = onFx(() -> context.at(ContributionPoint.ACTION).get(0));
        assertThat(onFx(() -> context.at(ContributionPoint.CONNECTION_ACTION))).containsExactly(action);
        assertThat(action.accelerator()).contains(HostPlugin.DETAILS_KEY);
        assertThat(onFx(() -> action.enabled().get())).isFalse();
        select(lab);
        assertThat(onFx(() -> action.enabled().get())).isTrue();
        // the Overview is the first page, contributed like any other plugin's
        assertThat(onFx(() -> context.at(ContributionPoint.HOST_DETAILS_PAGE).get(0).title())).isEqualTo("Overview");
    }

    @Test
    void aSecondDetailsRaisesTheOpenWindowAndClosingItLetsGo() throws Exception {
        Stage first = details(lab);
        Stage again = details(lab);
        assertThat(again).isSameAs(first);
        assertThat(onFx(() -> plugin.windows().count())).isEqualTo(1);
        OverviewPage page = overview(first);
        assertThat(onFx(() -> page.cpuGraph().isListening())).isTrue();
        // closed: the page lets go of the connection's model
        onFx(() -> {
            first.close();
            return null;
        });
        assertThat(onFx(() -> plugin.windows().count())).isZero();
        assertThat(onFx(() -> page.cpuGraph().isListening())).isFalse();
        CheckBox oldBox = onFx(() -> (CheckBox) page.node().lookup("#host-autoconnect"));
        onFx(() -> {
            lab.autoconnectProperty().set(true);
            return null;
        });
        assertThat(onFx(oldBox::isSelected)).isFalse();
        // Details once more: one new window
        Stage second = details(lab);
        assertThat(second).isNotSameAs(first);
        assertThat(onFx(second::isShowing)).isTrue();
        assertThat(onFx(() -> plugin.windows().count())).isEqualTo(1);
    }

    @Test
    void theAutoconnectBoxSetsTheConnectionsChoice() throws Exception {
        Stage window = details(lab);
        assertThat(onFx(() -> lab.autoconnectProperty().get())).isFalse();
        robot.clickOn(onFx(() -> window.getScene().lookup("#host-autoconnect")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> lab.autoconnectProperty().get())).isTrue();
        // and follows it when it changes elsewhere
        onFx(() -> {
            lab.autoconnectProperty().set(false);
            return null;
        });
        assertThat(onFx(() -> ((CheckBox) window.getScene().lookup("#host-autoconnect")).isSelected())).isFalse();
    }

    @Test
    void aDisconnectedHostShowsSoGreyedAndComesBack() throws Exception {
        Stage window = details(lab);
        awaitText(window, "#host-state", "Connected");
        onFx(lab::disconnect).orTimeout(10, TimeUnit.SECONDS).join();
        awaitText(window, "#host-state", "Disconnected");
        Node overview = onFx(() -> window.getScene().lookup(".host-overview"));
        assertThat(onFx(() -> overview.getPseudoClassStates())).contains(PseudoClass.getPseudoClass("stale"));
        // the last facts stay
        assertThat(text(window, "#host-memory")).isEqualTo("12 GiB");
        onFx(lab::connect).orTimeout(10, TimeUnit.SECONDS).join();
        awaitText(window, "#host-state", "Connected");
        assertThat(onFx(() -> overview.getPseudoClassStates())).doesNotContain(PseudoClass.getPseudoClass("stale"));
    }

    @Test
    void theDemoHostSaysItIsTheBuiltInDemo() throws Exception {
        Connection demo = onFx(() -> connections.add("test:///default", "Demo host", true));
        onFx(demo::connect).orTimeout(10, TimeUnit.SECONDS).join();
        Stage window = details(demo);
        assertThat(text(window, "#host-demo-note")).contains("built-in demo host");
        assertThat(onFx(() -> plugin.windows().count())).isEqualTo(1);
    }

    @Test
    void aDeletedConnectionTakesItsWindowAlong() throws Exception {
        Stage window = details(lab);
        onFx(() -> {
            connections.remove(lab);
            return null;
        });
        assertThat(onFx(window::isShowing)).isFalse();
        assertThat(onFx(() -> plugin.windows().count())).isZero();
    }

    @Test
    void theGraphsGetAPointEachTick() throws Exception {
        // given a connection that ticks
        onFx(() -> {
            plugin.stop();
            connections.close();
            return null;
        });
        start(100);
        Stage window = details(lab);
        OverviewPage page = overview(window);
        long samples = onFx(() -> lab.host().samplesProperty().get());
        long redraws = onFx(() -> page.cpuGraph().redrawCount());
        // when two more ticks come
        Wait.until("two ticks", Duration.ofSeconds(20), () -> onFx(() -> lab.host().samplesProperty().get()) >= samples + 2);
        WaitForAsyncUtils.waitForFxEvents();
        // then the CPU graph has drawn them, and the newest reading shows (none from the test
        // driver, whose CPU counters stand still)
        assertThat(onFx(() -> lab.host().graphs().cpu().size())).isGreaterThanOrEqualTo(2);
        assertThat(onFx(() -> page.cpuGraph().redrawCount())).isGreaterThan(redraws);
        assertThat(text(window, "#host-cpu-usage"))
                .isEqualTo(onFx(() -> HostTexts.cpuUsage(lab.host().graphs().cpu().latest())));
    }

    private void select(Connection c) {
        onFx(() -> {
            context.selection().connectionProperty().set(c);
            return null;
        });
    }

    /** Selects a connection and runs Connection Details. @return its window */
    private Stage details(Connection c) throws Exception {
        select(c);
        onFx(() -> {
            context.at(ContributionPoint.CONNECTION_ACTION).get(0).run();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        return window(c);
    }

    private Stage window(Connection c) {
        Stage s = onFx(() -> plugin.windows().windowOf(c).orElseThrow());
        assertThat(onFx(s::isShowing)).isTrue();
        return s;
    }

    private OverviewPage overview(Stage window) {
        return onFx(() -> (OverviewPage) plugin.windows().view(window, "host.overview").orElseThrow());
    }

    private static String text(Stage window, String id) {
        return onFx(() -> ((Label) window.getScene().lookup(id)).getText());
    }

    private static void awaitText(Stage window, String id, String expected) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> expected.equals(text(window, id)));
    }

    private static <T> T onFx(Callable<T> work) {
        return WaitForAsyncUtils.waitForAsyncFx(10_000, work);
    }
}

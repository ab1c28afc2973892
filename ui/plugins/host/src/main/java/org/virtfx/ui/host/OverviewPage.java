package org.virtfx.ui.host;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.Observable;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.virtfx.ui.api.Connection;
import org.virtfx.ui.api.ConnectionState;
import org.virtfx.libvirt.StoragePoolState;
import org.virtfx.ui.api.DomainModel;
import org.virtfx.ui.api.FxThread;
import org.virtfx.ui.api.HostModel;
import org.virtfx.ui.api.NetworkModel;
import org.virtfx.ui.api.StoragePoolModel;
import org.virtfx.ui.api.View;
import org.virtfx.ui.core.widgets.Sparkline;

/**
 * The Overview page of a connection's details: virt-manager's host overview (URI, hostname,
 * hypervisor, memory, CPUs, architecture, CPU and memory graphs, autoconnect), plus libvirt's
 * version, the connection's state and what the host holds. Everything comes from the live model
 * except {@link HostFacts}, read on the connection's worker once per (re)connection. When the
 * connection is not connected the page keeps the last values, greyed.
 */
@FxThread
final class OverviewPage implements View {
    private static final PseudoClass STALE = PseudoClass.getPseudoClass("stale");
    private static final double GRAPH_WIDTH = 300;
    private static final double GRAPH_HEIGHT = 60;

    private final Connection connection;
    private final HostModel host;
    private final ScrollPane root = new ScrollPane();
    private final VBox content = new VBox(12);
    private final Label hostname = value("host-hostname");
    private final Label hypervisor = value("host-hypervisor");
    private final Label libvirt = value("host-libvirt");
    private final Label state = value("host-state");
    private final Label memory = value("host-memory");
    private final Label cpus = value("host-cpus");
    private final Label cpuModel = value("host-cpu-model");
    private final Label architecture = value("host-architecture");
    private final Label domains = value("host-domains");
    private final Label networks = value("host-networks");
    private final Label pools = value("host-pools");
    private final Label cpuNow = value("host-cpu-usage");
    private final Label memoryNow = value("host-memory-usage");
    private final CheckBox autoconnect = new CheckBox("_Autoconnect when VirtFX starts");
    private final Sparkline cpuGraph = graph("host-cpu-graph");
    private final Sparkline memoryGraph = graph("host-memory-graph");
    private final List<Subscription> subscriptions = new ArrayList<>();
    private HostFacts facts = HostFacts.UNKNOWN;
    private boolean closed;

    /** @param connection the connection whose host the page shows */
    OverviewPage(Connection connection) {
        this.connection = connection;
        this.host = connection.host();
        autoconnect.setId("host-autoconnect");
        content.getChildren().addAll(header(), section("Connection", connectionGrid()),
                section("Host", hostGrid()), section("Usage", usage()), section("Contents", contentsGrid()));
        content.setPadding(new Insets(16));
        content.getStyleClass().add("host-overview");
        root.setContent(content);
        root.setFitToWidth(true);
        root.setId("host-overview");
        follow();
        refresh();
        readFacts();
    }

    @Override
    public Node node() {
        return root;
    }

    /** @return the CPU graph, for tests */
    Sparkline cpuGraph() {
        return cpuGraph;
    }

    /** Lets go of the connection: listeners, the autoconnect binding, the graphs. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        subscriptions.forEach(Subscription::unsubscribe);
        subscriptions.clear();
    }

    private void follow() {
        Observable[] watched = {connection.stateProperty(), connection.errorProperty(), host.hostnameProperty(),
            host.hypervisorProperty(), host.cpuModelProperty(), host.cpusProperty(), host.memoryKiBProperty(),
            host.libvirtVersionProperty(), host.samplesProperty(), connection.domains(), connection.networks(),
            connection.storagePools()};
        for (Observable o : watched) {
            // Domains' states, networks' and pools' activity change between list changes: the
            // tick's samples counter brings those in at most one tick late.
            subscriptions.add(o.subscribe(this::refresh));
        }
        // Facts that are read once per (re)connection are read again when it comes back.
        subscriptions.add(connection.stateProperty().subscribe((was, now) -> {
            if (now == ConnectionState.CONNECTED) {
                readFacts();
            }
        }));
        autoconnect.selectedProperty().bindBidirectional(connection.autoconnectProperty());
        subscriptions.add(() -> autoconnect.selectedProperty().unbindBidirectional(connection.autoconnectProperty()));
        cpuGraph.show(host.samplesProperty(), 100, host.graphs().cpu());
        memoryGraph.show(host.samplesProperty(), 100, host.graphs().memoryPercent());
        subscriptions.add(cpuGraph::clear);
        subscriptions.add(memoryGraph::clear);
    }

    private void readFacts() {
        if (connection.stateProperty().get() != ConnectionState.CONNECTED) {
            return;
        }
        // The hypervisor's version, the topology and the capabilities are libvirt calls: on the
        // connection's worker; the result comes back on the JavaFX thread.
        connection.call(HostFacts::read).thenAccept(read -> {
            if (!closed) {
                facts = read;
                refresh();
            }
        }).exceptionally(failure -> null);
    }

    private void refresh() {
        if (closed) {
            return;
        }
        ConnectionState now = connection.stateProperty().get();
        content.pseudoClassStateChanged(STALE, !now.isLive());
        state.setText(HostTexts.state(now, connection.errorProperty().get()));
        hostname.setText(orUnknown(host.hostnameProperty().get()));
        hypervisor.setText(HostTexts.hypervisor(host.hypervisorProperty().get(), facts.hypervisorVersion()));
        String lib = HostTexts.version(host.libvirtVersionProperty().get());
        libvirt.setText(lib.isEmpty() ? HostTexts.UNKNOWN : lib);
        memory.setText(HostTexts.memory(host.memoryKiBProperty().get()));
        cpus.setText(HostTexts.cpus(host.cpusProperty().get(), facts));
        cpuModel.setText(HostTexts.cpuModel(host.cpuModelProperty().get(), facts));
        architecture.setText(orUnknown(facts.architecture()));
        domains.setText(HostTexts.domains(connection.domains().stream().map(DomainModel::getState).toList()));
        networks.setText(HostTexts.counted(connection.networks().size(),
                (int) connection.networks().stream().filter(NetworkModel::isActive).count()));
        pools.setText(HostTexts.counted(connection.storagePools().size(),
                (int) connection.storagePools().stream().filter(OverviewPage::isActive).count()));
        cpuNow.setText(HostTexts.cpuUsage(host.graphs().cpu().latest()));
        memoryNow.setText(HostTexts.memoryUsage(host.graphs().memory().latest(), host.memoryKiBProperty().get()));
    }

    private Node header() {
        Label name = new Label(connection.displayName());
        name.setId("host-name");
        name.getStyleClass().add("host-title");
        HBox title = new HBox(8, name);
        VBox box = new VBox(4, title);
        if (connection.isDemo()) {
            Label badge = new Label("DEMO");
            badge.getStyleClass().add("demo-badge");
            title.getChildren().add(badge);
            Label note = new Label("The built-in demo host: libvirt's own test driver with sample machines, "
                    + "networks and storage. Nothing here touches a real machine.");
            note.setId("host-demo-note");
            note.setWrapText(true);
            note.getStyleClass().add("host-note");
            box.getChildren().add(note);
        }
        return box;
    }

    private Node connectionGrid() {
        Label uri = value("host-uri");
        uri.setText(connection.uri());
        GridPane g = grid();
        row(g, 0, "URI", uri);
        row(g, 1, "State", state);
        g.add(autoconnect, 1, 2);
        return g;
    }

    private Node hostGrid() {
        GridPane g = grid();
        row(g, 0, "Hostname", hostname);
        row(g, 1, "Hypervisor", hypervisor);
        row(g, 2, "libvirt", libvirt);
        row(g, 3, "Memory", memory);
        row(g, 4, "Logical CPUs", cpus);
        row(g, 5, "CPU model", cpuModel);
        row(g, 6, "Architecture", architecture);
        return g;
    }

    private Node contentsGrid() {
        GridPane g = grid();
        row(g, 0, "Virtual machines", domains);
        row(g, 1, "Virtual networks", networks);
        row(g, 2, "Storage pools", pools);
        return g;
    }

    private Node usage() {
        return new HBox(24, graphBox("CPU usage", cpuNow, cpuGraph), graphBox("Memory usage", memoryNow, memoryGraph));
    }

    private static Node graphBox(String title, Label now, Sparkline graph) {
        Label heading = new Label(title);
        heading.getStyleClass().add("field-name");
        VBox box = new VBox(4, new HBox(8, heading, now), graph);
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }

    private static Node section(String title, Node body) {
        Label heading = new Label(title);
        heading.getStyleClass().add("section-title");
        VBox box = new VBox(6, heading, body);
        box.getStyleClass().add("host-section");
        return box;
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(16);
        g.setVgap(6);
        g.setPadding(new Insets(0, 0, 0, 12));
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(120);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        g.getColumnConstraints().addAll(names, values);
        return g;
    }

    private static void row(GridPane g, int row, String name, Label value) {
        Label label = new Label(name);
        label.getStyleClass().add("field-name");
        label.setLabelFor(value);
        g.addRow(row, label, value);
    }

    private static Label value(String id) {
        Label l = new Label(HostTexts.UNKNOWN);
        l.setId(id);
        l.getStyleClass().add("field-value");
        // A long URI or reason wraps rather than widening the window.
        l.setWrapText(true);
        return l;
    }

    private static Sparkline graph(String id) {
        Sparkline s = new Sparkline();
        s.setId(id);
        s.setPrefSize(GRAPH_WIDTH, GRAPH_HEIGHT);
        s.setMinHeight(GRAPH_HEIGHT);
        s.setMaxWidth(Double.MAX_VALUE);
        return s;
    }

    private static boolean isActive(StoragePoolModel pool) {
        StoragePoolState s = pool.getState();
        return s == StoragePoolState.RUNNING || s == StoragePoolState.DEGRADED;
    }

    private static String orUnknown(String s) {
        return s == null || s.isEmpty() ? HostTexts.UNKNOWN : s;
    }
}

/**
 * The shared core of the VirtFX UI: live connection models (domains, networks, storage pools and
 * volumes, graph history), their worker threads, saved connections, and widgets that plugins
 * share (state icons, formats).
 */
module org.virtfx.ui.core {
    requires transitive org.virtfx.ui.api;
    requires transitive org.virtfx.icons;
    requires transitive javafx.controls;
    requires java.management;

    exports org.virtfx.ui.core;
    exports org.virtfx.ui.core.widgets;
    exports org.virtfx.ui.core.history;
    exports org.virtfx.ui.core.saved;

    opens org.virtfx.ui.core to javafx.graphics;
}

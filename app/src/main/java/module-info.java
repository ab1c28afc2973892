/**
 * The VirtFX application: the command line, the plugin host, the main window and the settings.
 * The only composition root: it installs the FX-thread guard on the binding, owns the
 * connections, and discovers and starts the plugins.
 */
module org.virtfx.app {
    requires org.virtfx.ui.core;
    requires atlantafx.base;
    requires java.xml;

    uses org.virtfx.ui.api.Plugin;

    exports org.virtfx.app to javafx.graphics;
}

/**
 * The contract that VirtFX plugins compile against: small and stable.
 *
 * <p>A plugin {@code provides org.virtfx.ui.api.Plugin}; the host finds it with
 * {@link java.util.ServiceLoader}, starts it with a {@link org.virtfx.ui.api.PluginContext},
 * and builds menus, toolbars and pages from what it contributes.
 */
module org.virtfx.ui.api {
    requires transitive org.virtfx.libvirt;
    requires transitive javafx.base;
    requires transitive javafx.graphics;

    exports org.virtfx.ui.api;

    uses org.virtfx.ui.api.Plugin;
}

/**
 * The built-in {@code host} plugin: the Connection Details window of a connection (Edit >
 * Connection Details, and a connection row's Details), with its Overview page; other plugins
 * add pages (networks, storage) through {@code ContributionPoint.HOST_DETAILS_PAGE}.
 */
module org.virtfx.ui.host {
    requires org.virtfx.ui.core;
    // the host's architecture and CPU model come from libvirt's capabilities XML
    requires java.xml;

    provides org.virtfx.ui.api.Plugin with org.virtfx.ui.host.HostPlugin;
}

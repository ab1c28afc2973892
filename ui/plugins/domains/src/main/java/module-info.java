/**
 * The built-in {@code domains} plugin: the manager window's list of virtual machines and their
 * actions (Run/Restore, Pause, Resume, the Shut Down group, Delete with its storage).
 */
module org.virtfx.ui.domains {
    requires org.virtfx.ui.core;
    // the Delete dialog reads each machine's disks from its domain XML
    requires java.xml;

    provides org.virtfx.ui.api.Plugin with org.virtfx.ui.domains.DomainsPlugin;
}

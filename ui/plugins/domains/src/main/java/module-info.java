/**
 * The built-in {@code domains} plugin: the manager window's list of virtual machines and their
 * lifecycle actions (Run, Pause, Resume, Shut Down, Force Off).
 */
module org.virtfx.ui.domains {
    requires org.virtfx.ui.core;

    provides org.virtfx.ui.api.Plugin with org.virtfx.ui.domains.DomainsPlugin;
}

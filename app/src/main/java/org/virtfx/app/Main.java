package org.virtfx.app;

import java.util.List;
import javafx.application.Application;
import org.virtfx.libvirt.EventLoop;

/** Starts VirtFX: {@code virtfx [--connect URI | --demo]}. */
public final class Main {
    /** The application's version. */
    public static final String VERSION = "0.1.0";

    private Main() {
    }

    /**
     * Parses the command line and starts the JavaFX application.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        CommandLine cli;
        try {
            cli = CommandLine.parse(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println("virtfx: " + e.getMessage());
            System.err.print(CommandLine.USAGE);
            System.exit(2);
            return;
        }
        if (cli.help()) {
            System.out.print(CommandLine.USAGE);
            return;
        }
        if (cli.version()) {
            System.out.println("VirtFX " + VERSION);
            return;
        }
        // Loading libvirt and opening the start-up connections (libvirt's test driver alone needs
        // seconds for a large host) take a while: they run on the connections' workers while the
        // toolkit starts, and their updates wait until the window is there.
        // libvirt's event loop shares GLib's default main context with GTK: its thread must not
        // iterate it before the toolkit's own loop does (VirtFxApp.start releases it).
        EventLoop.holdThread();
        EarlyStart.prepare(cli);
        Application.launch(VirtFxApp.class, args);
    }
}

package org.virtfx.app;

import java.util.List;
import java.util.Optional;

/**
 * The command line, with virt-manager's option names where they overlap.
 *
 * @param connect the URI of {@code --connect}/{@code -c}, if given
 * @param demo whether {@code --demo} asks for the built-in demo host
 * @param help whether {@code --help} was given
 * @param version whether {@code --version} was given
 */
public record CommandLine(Optional<String> connect, boolean demo, boolean help, boolean version) {

    /** The help text. */
    public static final String USAGE = """
            Usage: virtfx [OPTIONS]

            A desktop manager for virtual machines over libvirt.

              -c, --connect URI   connect to this libvirt URI (e.g. qemu:///system)
                  --demo          open the built-in demo host (libvirt's test driver)
                  --version       print the version and exit
              -h, --help          print this help and exit

            With no option, VirtFX opens qemu:///system when a libvirt daemon is running,
            and the built-in demo host otherwise.
            """;

    /**
     * Parses arguments.
     *
     * @param args the arguments
     * @return the parsed command line
     * @throws IllegalArgumentException with a message for the user on a bad argument
     */
    public static CommandLine parse(List<String> args) {
        String connect = null;
        boolean demo = false;
        boolean help = false;
        boolean version = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "-c", "--connect" -> {
                    if (i + 1 >= args.size() || args.get(i + 1).startsWith("-")) {
                        throw new IllegalArgumentException(a + " needs a URI, e.g. " + a + " qemu:///system");
                    }
                    connect = args.get(++i);
                }
                case "--demo" -> demo = true;
                case "-h", "--help" -> help = true;
                case "--version" -> version = true;
                default -> {
                    if (a.startsWith("--connect=")) {
                        connect = a.substring("--connect=".length());
                    } else {
                        throw new IllegalArgumentException("unknown option: " + a);
                    }
                }
            }
        }
        if (connect != null && demo) {
            throw new IllegalArgumentException("--connect and --demo exclude each other");
        }
        return new CommandLine(Optional.ofNullable(connect), demo, help, version);
    }
}

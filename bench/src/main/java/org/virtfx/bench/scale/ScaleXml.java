package org.virtfx.bench.scale;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.virtfx.bench.TestDriverXml;

/**
 * The scale run's test-driver file: {@link TestDriverXml}'s domains (60% running, 10% paused, 30%
 * shut off, as in the live-model runs) plus three networks and two storage pools, so that the
 * app's other lists have something to show, as on a real host.
 *
 * <p>Run as a program: {@code ScaleXml FILE COUNT} writes the file and prints its absolute path.
 */
public final class ScaleXml {

    /** The share of running domains. */
    public static final int RUNNING_PERCENT = 60;

    /** The share of paused domains; the rest are shut off. */
    public static final int PAUSED_PERCENT = 10;

    private static final String END = "</node>\n";

    private ScaleXml() {
    }

    /**
     * Writes the file named by the first argument with the count of domains given by the second.
     *
     * @param args the file and the count
     */
    public static void main(String[] args) {
        System.out.println(write(Path.of(args[0]), Integer.parseInt(args[1])));
    }

    /**
     * Writes the file (again, if it exists).
     *
     * @param file where to write
     * @param count how many domains
     * @return the absolute path written
     */
    public static Path write(Path file, int count) {
        Path abs = TestDriverXml.write(file, count, RUNNING_PERCENT, PAUSED_PERCENT);
        try (FileChannel ch = FileChannel.open(abs, StandardOpenOption.WRITE)) {
            // TestDriverXml ends the file with END: put the networks and pools before it.
            long size = ch.size();
            ch.truncate(size - END.length());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Files.writeString(abs, extras() + END, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return abs;
    }

    private static String extras() {
        return "  <network>\n"
                + "    <name>default</name>\n"
                + "    <uuid>5ca1e000-0000-4000-8000-000000000001</uuid>\n"
                + "    <forward mode='nat'/>\n"
                + "    <bridge name='virbr0' stp='on' delay='0'/>\n"
                + "    <ip address='192.168.122.1' netmask='255.255.255.0'>\n"
                + "      <dhcp><range start='192.168.122.2' end='192.168.122.254'/></dhcp>\n"
                + "    </ip>\n"
                + "  </network>\n"
                + "  <network>\n"
                + "    <name>isolated</name>\n"
                + "    <uuid>5ca1e000-0000-4000-8000-000000000002</uuid>\n"
                + "    <bridge name='virbr1' stp='on' delay='0'/>\n"
                + "    <ip address='10.10.10.1' netmask='255.255.255.0'/>\n"
                + "  </network>\n"
                + "  <network>\n"
                + "    <name>lab-bridge</name>\n"
                + "    <uuid>5ca1e000-0000-4000-8000-000000000003</uuid>\n"
                + "    <forward mode='bridge'/>\n"
                + "    <bridge name='br0'/>\n"
                + "  </network>\n"
                + pool("default", 1, "/var/lib/libvirt/images", "disk", 4)
                + pool("iso", 2, "/var/lib/libvirt/iso", "image", 2);
    }

    private static String pool(String name, int id, String path, String volumePrefix, int volumes) {
        StringBuilder s = new StringBuilder()
                .append("  <pool type='dir'>\n")
                .append("    <name>").append(name).append("</name>\n")
                .append("    <uuid>5ca1e000-0000-4000-8000-0000000001").append(String.format("%02d", id))
                .append("</uuid>\n")
                .append("    <target><path>").append(path).append("</path></target>\n");
        for (int i = 0; i < volumes; i++) {
            s.append("    <volume type='file'>\n")
                    .append("      <name>").append(volumePrefix).append('-').append(i).append(".qcow2</name>\n")
                    .append("      <capacity unit='GiB'>20</capacity>\n")
                    .append("      <allocation unit='GiB'>2</allocation>\n")
                    .append("      <target><format type='qcow2'/></target>\n")
                    .append("    </volume>\n");
        }
        return s.append("  </pool>\n").toString();
    }
}

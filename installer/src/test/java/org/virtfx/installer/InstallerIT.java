package org.virtfx.installer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.virtfx.testsupport.SystemDependency;

/**
 * Builds the installers the documented way ({@code installer/build.sh}, on the app this Maven build just packaged),
 * starts the packaged app headless in Xvfb up to its main window on the demo host, and checks the .deb: its control
 * data and the files a desktop needs.
 */
class InstallerIT {
    private static final Path ROOT = Path.of(System.getProperty("virtfx.root", "..")).toAbsolutePath().normalize();
    private static final Path OUT = ROOT.resolve("installer/target/installers");
    private static final Path IMAGE = OUT.resolve("VirtFX");
    private static final String APP_ID = "org.virtfx.VirtFX";
    private static final List<Integer> ICON_SIZES = List.of(16, 24, 32, 48, 64, 128, 256, 512);
    private static final Pattern SHOWN = Pattern.compile("virtfx-startup: shown (\\d+) domains (\\d+) ms");

    /** Programs build.sh and this test use, with the Debian package that brings each. */
    private static final Map<String, String> PROGRAMS = Map.of(
            "xvfb-run", "xvfb",
            "dpkg-deb", "dpkg",
            "dpkg-shlibdeps", "dpkg-dev",
            "fakeroot", "fakeroot",
            "appstreamcli", "appstream",
            "objcopy", "binutils");

    private static Path deb;

    @BeforeAll
    static void buildTheInstallers() throws Exception {
        PROGRAMS.forEach((program, pkg) -> SystemDependency.require(SystemDependency.findCommand(program).isPresent(),
                "command '" + program + "' (Debian package " + pkg + ")"));
        Path jdkBin = Path.of(System.getProperty("java.home"), "bin");
        SystemDependency.require(Files.isExecutable(jdkBin.resolve("jpackage")), "jpackage (a full JDK 17+)");

        // PATH first names this JDK, so that build.sh links the runtime from the JDK that built the app
        String path = jdkBin + ":" + System.getenv("PATH");
        // gzip instead of the release's xz: the same package, compressed in seconds instead of a minute
        Commands.run(ROOT, Map.of("PATH", path, "DEB_COMPRESSION", "gzip"), Duration.ofMinutes(6),
                List.of("installer/build.sh", "--no-build")).ok();

        try (var files = Files.list(OUT)) {
            deb = files.filter(p -> p.getFileName().toString().endsWith("_amd64.deb")).findFirst().orElseThrow();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"virtfx", "VirtFX"})
    void thePackagedAppStartsHeadlessUpToTheMainWindowFromItsCdsArchive(String launcher, @TempDir Path dir)
            throws Exception {
        // given the app-image's shell launcher (what the desktop entry runs) or jpackage's native one. The native
        // launcher hands -D options after the main class to main, so the probe's options go in JAVA_TOOL_OPTIONS.
        Path classLog = dir.resolve("classes.log");
        String options = "-Dvirtfx.startupProbe=true -Dvirtfx.config.dir=" + dir.resolve("config")
                + " -Xlog:class+load=info:file=" + classLog;

        // when it starts on the demo host in a real X server
        Commands.Result result = Commands.run(ROOT, Map.of("JAVA_TOOL_OPTIONS", options), Duration.ofMinutes(2),
                List.of("xvfb-run", "-a", "-s", "-screen 0 1280x800x24", IMAGE.resolve("bin/" + launcher).toString(),
                        "--demo"));

        // then it showed the demo machines, exited cleanly, and took the app's classes from its own CDS archive
        String output = result.ok();
        Matcher shown = SHOWN.matcher(output);
        assertThat(shown.find()).as(output).isTrue();
        assertThat(Integer.parseInt(shown.group(1))).as(output).isPositive();
        assertThat(output).as(output).doesNotContain("Exception");
        String classes = Files.readString(classLog, StandardCharsets.UTF_8);
        assertThat(classes).contains("org.virtfx.app.Main source: shared objects file (top)");
    }

    @Test
    void theDebNamesThePackageItsVersionAndItsDependencies() throws Exception {
        // given
        String version = System.getProperty("virtfx.version", "0.1.0-SNAPSHOT").replace("-SNAPSHOT", "~snapshot");

        // when
        String name = Commands.ok(ROOT, "dpkg-deb", "--field", deb.toString(), "Package").strip();
        String debVersion = Commands.ok(ROOT, "dpkg-deb", "--field", deb.toString(), "Version").strip();
        String arch = Commands.ok(ROOT, "dpkg-deb", "--field", deb.toString(), "Architecture").strip();
        List<String> depends = Arrays.stream(Commands.ok(ROOT, "dpkg-deb", "--field", deb.toString(), "Depends")
                .strip().split(",\\s*")).map(d -> d.replaceAll("\\s*\\(.*\\)", "")).toList();

        // then: libvirt0 is loaded by JNA and GTK by JavaFX at run time, so no linker would have named them
        assertThat(name).isEqualTo("virtfx");
        assertThat(debVersion).isEqualTo(version);
        assertThat(deb.getFileName().toString()).isEqualTo("virtfx_" + version + "_amd64.deb");
        assertThat(arch).isEqualTo("amd64");
        assertThat(depends).contains("libvirt0", "libgtk-3-0", "libc6").doesNotHaveDuplicates();
    }

    @Test
    void theDebHoldsTheLaunchersTheDesktopEntryTheIconsAndTheMetainfo() throws Exception {
        // given / when
        List<String> listing = Commands.ok(ROOT, "dpkg-deb", "--contents", deb.toString()).lines().toList();
        List<String> files = listing.stream().map(line -> line.replaceAll(" -> .*", ""))
                .map(line -> line.substring(line.lastIndexOf(' ') + 1)).toList();

        // then
        assertThat(files).contains("./opt/virtfx/bin/virtfx", "./opt/virtfx/bin/VirtFX",
                "./opt/virtfx/lib/app/VirtFX.cfg", "./opt/virtfx/lib/app/virtfx.jsa",
                "./opt/virtfx/lib/runtime/bin/java", "./usr/bin/virtfx",
                "./usr/share/applications/" + APP_ID + ".desktop",
                "./usr/share/metainfo/" + APP_ID + ".metainfo.xml",
                "./usr/share/icons/hicolor/scalable/apps/" + APP_ID + ".svg");
        assertThat(files).containsAll(ICON_SIZES.stream()
                .map(s -> "./usr/share/icons/hicolor/" + s + "x" + s + "/apps/" + APP_ID + ".png").toList());
        assertThat(listing).anySatisfy(line -> assertThat(line).endsWith("./usr/bin/virtfx -> /opt/virtfx/bin/virtfx"));
        assertThat(listing).allSatisfy(line -> assertThat(line).contains(" root/root "));
    }

    @Test
    void theInstalledFilesDescribeTheAppToTheDesktop(@TempDir Path dir) throws Exception {
        // given the package's files, unpacked
        Commands.ok(ROOT, "dpkg-deb", "--extract", deb.toString(), dir.toString());

        // when
        Map<String, String> desktop = Files.readAllLines(dir.resolve("usr/share/applications/" + APP_ID + ".desktop"))
                .stream().filter(l -> l.contains("=")).collect(Collectors.toMap(
                        l -> l.substring(0, l.indexOf('=')), l -> l.substring(l.indexOf('=') + 1)));
        String validation = Commands.ok(ROOT, "appstreamcli", "validate", "--no-net",
                dir.resolve("usr/share/metainfo/" + APP_ID + ".metainfo.xml").toString());

        // then: the entry runs the shell launcher on the PATH and names the hicolor icon, every icon has its size
        assertThat(desktop).containsEntry("Type", "Application").containsEntry("Name", "VirtFX")
                .containsEntry("Exec", "virtfx").containsEntry("Icon", APP_ID);
        assertThat(validation).contains("Validation was successful");
        for (int size : ICON_SIZES) {
            Path png = dir.resolve("usr/share/icons/hicolor/" + size + "x" + size + "/apps/" + APP_ID + ".png");
            assertThat(pngSize(png)).as(png.toString()).containsExactly(size, size);
        }
        assertThat(Files.isExecutable(dir.resolve("opt/virtfx/bin/virtfx"))).isTrue();
    }

    /** Reads a PNG file's width and height from its header chunk. */
    private static int[] pngSize(Path png) throws IOException {
        try (InputStream in = Files.newInputStream(png)) {
            ByteBuffer header = ByteBuffer.wrap(in.readNBytes(24));
            assertThat(header.getLong(0)).as("PNG signature").isEqualTo(0x89504E470D0A1A0AL);
            return new int[] {header.getInt(16), header.getInt(20)};
        }
    }
}

package org.virtfx.ui.core.saved;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SavedConnectionsTest {
    private static final Clock NOON = Clock.fixed(Instant.parse("2026-11-21T12:00:05Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("connections.properties");
    }

    private List<String> filesInDir() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aMissingFileIsAnEmptyListAndNoProblem() {
        SavedConnections.Loaded loaded = SavedConnections.load(dir.resolve("not-yet"));
        assertThat(loaded.connections()).isEmpty();
        assertThat(loaded.damagedCopy()).isEmpty();
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.damaged()).isFalse();
    }

    @Test
    void connectionsSurviveARoundTripInTheUsersOrder() throws Exception {
        List<SavedConnection> saved = List.of(
                new SavedConnection("qemu:///system", "This computer", true),
                new SavedConnection("test:///default", "", false),
                new SavedConnection("qemu+ssh://root@alpha/system", "Alpha", true));
        SavedConnections.save(dir.resolve("virtfx"), saved);
        SavedConnections.Loaded loaded = SavedConnections.load(dir.resolve("virtfx"));
        assertThat(loaded.connections()).containsExactlyElementsOf(saved);
        assertThat(loaded.problems()).isEmpty();
        // the order is the user's, not the URIs' sort order
        SavedConnections.save(dir, List.of(saved.get(2), saved.get(0)));
        assertThat(SavedConnections.load(dir).connections()).containsExactly(saved.get(2), saved.get(0));
    }

    @Test
    void specialCharactersInUrisAndNamesRoundTrip() throws Exception {
        List<SavedConnection> saved = List.of(
                new SavedConnection("qemu+ssh://u@h:2222/system?keyfile=/a b", "  Büro = #1 ! \\ : tab\there", false),
                new SavedConnection("qemu+tls://host/system?pkipath=C:\\pki&no_verify=1", "日本のホスト\nline two", true),
                new SavedConnection(" lead space", "trailing space ", true));
        SavedConnections.save(dir, saved);
        assertThat(SavedConnections.load(dir).connections()).containsExactlyElementsOf(saved);
        // and the file is plain ASCII, one key per line, readable by a human
        String text = Files.readString(file(), StandardCharsets.US_ASCII);
        assertThat(text).contains("connection.1.uri=qemu+ssh\\://u@h\\:2222/system?keyfile\\=/a b\n");
        assertThat(text.lines().filter(l -> !l.startsWith("#"))).hasSize(9);
    }

    @Test
    void aHandWrittenFileIsReadInIndexOrderWithDefaults() throws Exception {
        Files.writeString(file(), """
                # mine
                connection.10.uri = qemu:///session
                connection.2.uri=qemu:///system
                connection.2.autoconnect=true
                connection.10.name=Long \\
                    name
                """);
        SavedConnections.Loaded loaded = SavedConnections.load(dir);
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.connections()).containsExactly(
                new SavedConnection("qemu:///system", "", true),
                new SavedConnection("qemu:///session", "Long name", false));
    }

    @Test
    void aDamagedFileIsMovedAsideAndTheGoodEntriesAreReturned() throws Exception {
        String damaged = """
                connection.1.uri=qemu:///system
                connection.1.name=Local
                connection.2.uri=qemu+ssh://host/system
                connection.2.autoconnect=perhaps
                this line is not a key
                connection.3.name=No URI here
                connection.4.uri=bad\\uZZZZescape
                connection.5.uri=test:///default
                connection.5.uri=test:///other
                """;
        Files.writeString(file(), damaged);
        SavedConnections.Loaded loaded = SavedConnections.load(dir, NOON);
        // every entry that could be read
        assertThat(loaded.connections()).containsExactly(
                new SavedConnection("qemu:///system", "Local", false),
                new SavedConnection("qemu+ssh://host/system", "", false),
                new SavedConnection("test:///default", "", false));
        // each problem described, with its line
        assertThat(loaded.problems()).hasSize(5);
        assertThat(loaded.problems().get(0)).startsWith("line 4: autoconnect must be true or false");
        assertThat(loaded.problems().get(1)).isEqualTo("line 5: unknown key 'this'");
        assertThat(loaded.problems().get(2)).startsWith("line 7: ").contains("\\uxxxx");
        assertThat(loaded.problems().get(3)).startsWith("line 9: 'connection.5.uri' given twice");
        assertThat(loaded.problems().get(4)).isEqualTo("connection 3 has no URI; left out");
        // the original moved aside, intact, named with the time
        Path aside = dir.resolve("connections.properties.damaged-20261121-120005");
        assertThat(loaded.damagedCopy()).contains(aside);
        assertThat(Files.readString(aside)).isEqualTo(damaged);
        assertThat(filesInDir()).containsExactly("connections.properties.damaged-20261121-120005");
    }

    @Test
    void twoDamagedFilesInOneSecondAreBothKept() throws Exception {
        Files.writeString(file(), "junk\n");
        Path first = SavedConnections.load(dir, NOON).damagedCopy().orElseThrow();
        Files.writeString(file(), "more junk\n");
        Path second = SavedConnections.load(dir, NOON).damagedCopy().orElseThrow();
        assertThat(first.getFileName()).hasToString("connections.properties.damaged-20261121-120005");
        assertThat(second.getFileName()).hasToString("connections.properties.damaged-20261121-120005-2");
        assertThat(Files.readString(first)).isEqualTo("junk\n");
        assertThat(Files.readString(second)).isEqualTo("more junk\n");
    }

    @Test
    void bytesThatAreNotUtf8AreDamageButTheEntriesAreKept() throws Exception {
        byte[] latin1 = "connection.1.uri=qemu:///system\nconnection.1.name=B\u00fcro\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(file(), latin1);
        SavedConnections.Loaded loaded = SavedConnections.load(dir, NOON);
        assertThat(loaded.connections()).containsExactly(new SavedConnection("qemu:///system", "B\ufffdro", false));
        assertThat(loaded.problems()).containsExactly("the file is not valid UTF-8; unreadable characters were replaced");
        assertThat(Files.readAllBytes(loaded.damagedCopy().orElseThrow())).isEqualTo(latin1);
    }

    @Test
    void anUnreadableFileIsReportedAndMovedAside() throws Exception {
        // a folder where the file should be: reading it fails even for root
        Files.createDirectory(file());
        SavedConnections.Loaded loaded = SavedConnections.load(dir, NOON);
        assertThat(loaded.connections()).isEmpty();
        assertThat(loaded.problems()).singleElement().asString().startsWith("cannot read ");
        assertThat(loaded.damagedCopy()).contains(dir.resolve("connections.properties.damaged-20261121-120005"));
        // and the next save works
        SavedConnections.save(dir, List.of(new SavedConnection("test:///default", "t", false)));
        assertThat(SavedConnections.load(dir).connections()).hasSize(1);
    }

    @Test
    void aSavedConnectionNeedsAUri() {
        assertThatThrownBy(() -> new SavedConnection(" ", "n", false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SavedConnection(null, "n", false)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void savingAnEmptyListLeavesAnEmptyValidFile() throws Exception {
        SavedConnections.save(dir, List.of(new SavedConnection("test:///default", "", false)));
        SavedConnections.save(dir, List.of());
        SavedConnections.Loaded loaded = SavedConnections.load(dir);
        assertThat(loaded.connections()).isEmpty();
        assertThat(loaded.problems()).isEmpty();
        assertThat(filesInDir()).containsExactly("connections.properties");
    }
}

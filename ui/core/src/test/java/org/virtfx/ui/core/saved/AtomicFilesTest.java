package org.virtfx.ui.core.saved;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    private List<String> filesInDir() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesCreatesTheFolderAndReplaces() throws Exception {
        Path target = dir.resolve("a/b/file.txt");
        AtomicFiles.write(target, "one".getBytes(StandardCharsets.UTF_8));
        AtomicFiles.write(target, "two".getBytes(StandardCharsets.UTF_8));
        assertThat(Files.readString(target)).isEqualTo("two");
        try (Stream<Path> files = Files.list(target.getParent())) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aWriteThatFailsPartWayLeavesTheOldFileAndNoTemporaryFile() throws Exception {
        Path target = dir.resolve("file.txt");
        AtomicFiles.write(target, "complete old content".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write("half of the new".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).isInstanceOf(IOException.class).hasMessage("disk full");
        assertThat(Files.readString(target)).isEqualTo("complete old content");
        assertThat(filesInDir()).containsExactly("file.txt");
    }

    @Test
    void aWriterThatThrowsUncheckedAlsoLeavesNothingBehind() throws Exception {
        Path target = dir.resolve("file.txt");
        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write(1);
            throw new IllegalStateException("bug");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(filesInDir()).isEmpty();
    }

    @Test
    void concurrentSavesAndLoadsNeverSeeAPartialFile() throws Exception {
        // given four writers, each saving its own list of a different length, over and over,
        // while a reader loads the file as fast as it can
        int writers = 4;
        int rounds = 150;
        List<List<SavedConnection>> versions = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            List<SavedConnection> list = new ArrayList<>();
            for (int i = 0; i <= w * 20; i++) {
                list.add(new SavedConnection("qemu+ssh://user@host-" + w + "-" + i + "/system?keyfile=/a b",
                        "writer " + w + " entry " + i, i % 2 == 0));
            }
            versions.add(List.copyOf(list));
        }
        SavedConnections.save(dir, versions.get(0));
        ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
        CountDownLatch start = new CountDownLatch(1);
        AtomicBoolean writing = new AtomicBoolean(true);
        try {
            List<Future<?>> saves = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                List<SavedConnection> mine = versions.get(w);
                saves.add(pool.submit(() -> {
                    start.await();
                    for (int r = 0; r < rounds; r++) {
                        SavedConnections.save(dir, mine);
                    }
                    return null;
                }));
            }
            Future<Integer> reader = pool.submit(() -> {
                start.await();
                int loads = 0;
                while (writing.get() || loads == 0) {
                    SavedConnections.Loaded loaded = SavedConnections.load(dir);
                    // then every load is one complete version, never a mix or a truncation
                    assertThat(loaded.problems()).isEmpty();
                    assertThat(versions).contains(loaded.connections());
                    loads++;
                }
                return loads;
            });
            start.countDown();
            for (Future<?> f : saves) {
                f.get(2, TimeUnit.MINUTES);
            }
            writing.set(false);
            assertThat(reader.get(2, TimeUnit.MINUTES)).isPositive();
        } finally {
            writing.set(false);
            pool.shutdownNow();
        }
        // and no temporary file is left
        assertThat(filesInDir()).containsExactly("connections.properties");
    }
}

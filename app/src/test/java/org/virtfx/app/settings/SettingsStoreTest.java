package org.virtfx.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {
    @TempDir
    Path dir;

    @Test
    void valuesSurviveAReload() {
        SettingsStore store = SettingsStore.load(dir, Runnable::run);
        new ScopedPreferences(store, "domains").put("columns", "name,state");
        SettingsStore again = SettingsStore.load(dir, Runnable::run);
        assertThat(again.get("plugin.domains.columns")).contains("name,state");
        assertThat(new ScopedPreferences(again, "domains").get("columns")).contains("name,state");
        assertThat(new ScopedPreferences(again, "other").get("columns")).isEmpty();
    }

    @Test
    void writesLeaveNoTemporaryFiles() throws Exception {
        SettingsStore store = SettingsStore.load(dir, Runnable::run);
        store.put("a", "1");
        store.put("b", "2");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("settings.properties");
        }
    }

    @Test
    void aDamagedFileIsKeptAsideAndDefaultsAreUsed() throws Exception {
        // given a settings file with a broken escape
        Files.writeString(dir.resolve("settings.properties"), "good=1\nbad=\\uZZZZ\n");
        // when loaded
        SettingsStore store = SettingsStore.load(dir, Runnable::run);
        // then the damaged copy is kept, named, and the settings start empty
        assertThat(store.damagedCopy()).isPresent();
        assertThat(Files.readString(store.damagedCopy().get())).contains("bad=\\uZZZZ");
        assertThat(store.get("good")).isEmpty();
    }
}

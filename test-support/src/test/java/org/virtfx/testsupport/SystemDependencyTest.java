package org.virtfx.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

class SystemDependencyTest {
    @Test
    void aMissingDependencyFailsTheTestInCi() {
        assertThatThrownBy(() -> SystemDependency.require(false, "frobnicator", true))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("missing system dependency: frobnicator");
    }

    @Test
    void aMissingDependencySkipsTheTestOutsideCi() {
        assertThatThrownBy(() -> SystemDependency.require(false, "frobnicator", false))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("missing system dependency: frobnicator");
    }

    @Test
    void aPresentDependencyLetsTheTestRun() {
        assertThatCode(() -> SystemDependency.require(true, "sh", true)).doesNotThrowAnyException();
        assertThatCode(() -> SystemDependency.require(true, "sh", false)).doesNotThrowAnyException();
    }

    @Test
    void findsCommandsOnThePathAndInSbin() {
        assertThat(SystemDependency.findCommand("sh")).hasValueSatisfying(path -> assertThat(path).isAbsolute());
        assertThat(SystemDependency.findCommand("no-such-command-virtfx")).isEmpty();
    }
}

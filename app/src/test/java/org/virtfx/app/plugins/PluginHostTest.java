package org.virtfx.app.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.virtfx.ui.api.ContributionPoint;
import org.virtfx.ui.api.Plugin;
import org.virtfx.ui.api.PluginAction;
import org.virtfx.ui.api.PluginContext;
import org.virtfx.ui.api.PluginDescriptor;

/** The plugin host with small plugins made in the test (no ServiceLoader, no FX toolkit). */
class PluginHostTest {
    private final List<String> started = new ArrayList<>();
    private final PluginHost host = new PluginHost((d, contributions) -> new HostPluginContext(d, null, null, null,
            null, contributions, null));

    private Plugin plugin(String id, List<String> requires, Consumer<PluginContext> onStart) {
        PluginDescriptor d = new PluginDescriptor(id, "Plugin " + id, "1", "test plugin " + id, requires, 100);
        return new Plugin() {
            @Override
            public PluginDescriptor descriptor() {
                return d;
            }

            @Override
            public void start(PluginContext context) {
                onStart.accept(context);
                started.add(id);
            }
        };
    }

    private static PluginHost.Candidate candidate(Plugin p) {
        return new PluginHost.Candidate(p.getClass().getName(), () -> p);
    }

    private static PluginAction action(String id) {
        return PluginAction.builder(id).text(id).onAction(() -> { }).build();
    }

    private PluginStatus status(String id) {
        return host.statuses().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aPluginWhoseStartThrowsIsDisabledAndTheOthersGoOn() {
        // given a good plugin, and a bad one that contributes an action and then throws
        Plugin good = plugin("good", List.of(), ctx -> ctx.contributions().add(ContributionPoint.ACTION, action("good.a")));
        Plugin bad = plugin("bad", List.of(), ctx -> {
            ctx.contributions().add(ContributionPoint.ACTION, action("bad.a"));
            throw new IllegalStateException("boom");
        });
        // when both are started
        host.startAll(List.of(candidate(bad), candidate(good)));
        // then the bad one failed with its reason, its action was withdrawn, and the good one runs
        assertThat(status("bad").state()).isEqualTo(PluginStatus.State.FAILED);
        assertThat(status("bad").problem()).contains("boom");
        assertThat(status("bad").error()).containsInstanceOf(IllegalStateException.class);
        assertThat(status("good").state()).isEqualTo(PluginStatus.State.STARTED);
        assertThat(host.contributions().at(ContributionPoint.ACTION)).extracting(PluginAction::id)
                .containsExactly("good.a");
    }

    @Test
    void aProviderThatCannotBeCreatedIsReported() {
        PluginHost.Candidate broken = new PluginHost.Candidate("com.example.Broken", () -> {
            throw new NoClassDefFoundError("com/example/Missing");
        });
        host.startAll(List.of(broken, candidate(plugin("ok", List.of(), ctx -> { }))));
        assertThat(status("com.example.Broken").state()).isEqualTo(PluginStatus.State.FAILED);
        assertThat(status("com.example.Broken").problem()).contains("com/example/Missing");
        assertThat(started).containsExactly("ok");
    }

    @Test
    void requirementsStartFirstAndAFailedRequirementDisablesItsDependents() {
        // given c requires b requires a, and d requires the failing e
        host.startAll(List.of(
                candidate(plugin("c", List.of("b"), ctx -> { })),
                candidate(plugin("b", List.of("a"), ctx -> { })),
                candidate(plugin("a", List.of(), ctx -> { })),
                candidate(plugin("d", List.of("e"), ctx -> { })),
                candidate(plugin("e", List.of(), ctx -> {
                    throw new IllegalStateException("e fails");
                })),
                candidate(plugin("f", List.of("not-installed"), ctx -> { }))));
        // then a, b, c start in order; d and f are disabled with the reason
        assertThat(started).containsSubsequence("a", "b", "c").doesNotContain("d", "f");
        assertThat(status("d").state()).isEqualTo(PluginStatus.State.DISABLED);
        assertThat(status("d").problem()).contains("requires plugin 'e', which did not start");
        assertThat(status("f").problem()).contains("'not-installed', which is not installed");
    }

    @Test
    void aDuplicateIdIsRefusedWithBothSources() {
        Plugin first = plugin("same", List.of(), ctx -> { });
        Plugin second = plugin("same", List.of(), ctx -> { });
        host.startAll(List.of(new PluginHost.Candidate("com.example.First", () -> first),
                new PluginHost.Candidate("com.example.Second", () -> second)));
        assertThat(host.statuses()).hasSize(2);
        assertThat(host.statuses()).filteredOn(s -> s.state() == PluginStatus.State.DISABLED).singleElement()
                .satisfies(s -> assertThat(s.problem()).contains("com.example.First").contains("com.example.Second"));
        assertThat(started).containsExactly("same");
    }

    @Test
    void aRequirementCycleDisablesItsMembers() {
        host.startAll(List.of(candidate(plugin("x", List.of("y"), ctx -> { })),
                candidate(plugin("y", List.of("x"), ctx -> { }))));
        assertThat(started).isEmpty();
        assertThat(status("x").problem()).contains("cycle");
    }

    @Test
    void stoppingWithdrawsContributions() {
        host.startAll(List.of(candidate(plugin("p", List.of(), ctx ->
                ctx.contributions().add(ContributionPoint.ACTION, action("p.a"))))));
        host.stopAll();
        assertThat(host.contributions().at(ContributionPoint.ACTION)).isEmpty();
        assertThat(status("p").state()).isEqualTo(PluginStatus.State.STOPPED);
    }

    @Test
    void theBuiltInPluginsAreFoundByServiceLoader() {
        assertThat(PluginHost.discover()).extracting(PluginHost.Candidate::source)
                .contains("org.virtfx.ui.domains.DomainsPlugin", "org.virtfx.ui.host.HostPlugin");
    }

    @Test
    void aPluginReadsTheConnectionCommandsOfPluginsItDoesNotKnow() {
        // given a view plugin that keeps the live list of connection commands, started first
        List<javafx.collections.ObservableList<PluginAction>> seen = new ArrayList<>();
        Plugin view = plugin("view", List.of(), ctx -> seen.add(ctx.contributions().at(ContributionPoint.CONNECTION_ACTION)));
        Plugin details = plugin("details", List.of("view"), ctx ->
                ctx.contributions().add(ContributionPoint.CONNECTION_ACTION, action("details.show")));
        host.startAll(List.of(candidate(details), candidate(view)));
        // then the list it kept shows the later plugin's command, read-only, and loses it when it stops
        assertThat(seen.get(0)).extracting(PluginAction::id).containsExactly("details.show");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> seen.get(0).add(action("view.x")))
                .isInstanceOf(UnsupportedOperationException.class);
        host.stopAll();
        assertThat(seen.get(0)).isEmpty();
    }
}

package org.virtfx.icons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Checks the vector data of every {@link Icon} against the drawing rules in the {@code Icon} class comment. */
class IconTest {

    /**
     * Icons whose path data is allowed to be identical. None: every icon has its own drawing (the domain states share
     * only their ring, and each adds a different glyph).
     */
    private static final Set<Set<Icon>> INTENDED_SHARING = Set.of();

    /** Tolerance for coordinates written with two decimals and for flattened arcs. */
    private static final double EPSILON = 0.01;

    /** Padding the drawings keep inside the view box. */
    private static final double PADDING = 2;

    /** Samples per view-box unit when comparing the two fill rules. */
    private static final int SAMPLES_PER_UNIT = 4;

    @Test
    void viewBoxIs24Units() {
        // given / when
        int viewBox = Icon.VIEW_BOX;

        // then
        assertThat(viewBox).isEqualTo(24);
    }

    @ParameterizedTest
    @EnumSource(Icon.class)
    void pathDataIsSyntacticallyValid(Icon icon) {
        // given
        String data = icon.svgPath();

        // when / then
        assertThat(data).isNotBlank();
        assertThatCode(() -> PathData.parse(data)).as(icon.name()).doesNotThrowAnyException();
        assertThat(PathData.parse(data).subpaths()).as(icon.name()).isNotEmpty();
    }

    @ParameterizedTest
    @EnumSource(Icon.class)
    void everyTrackedCoordinateStaysInsideTheViewBox(Icon icon) {
        // given
        PathData path = PathData.parse(icon.svgPath());

        // when
        List<PathData.Point> points = path.trackedPoints();

        // then
        assertThat(points).as(icon.name()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.x()).as(icon.name() + " x").isBetween(0.0, (double) Icon.VIEW_BOX);
            assertThat(p.y()).as(icon.name() + " y").isBetween(0.0, (double) Icon.VIEW_BOX);
        });
    }

    @ParameterizedTest
    @EnumSource(Icon.class)
    void theOutlineKeepsThePadding(Icon icon) {
        // given
        PathData path = PathData.parse(icon.svgPath());

        // when: the flattened outline, which also covers the bulge of arcs between their end points
        List<PathData.Point> outline = path.subpaths().stream().flatMap(s -> s.polygon().stream()).toList();

        // then
        double min = PADDING - EPSILON;
        double max = Icon.VIEW_BOX - PADDING + EPSILON;
        assertThat(outline).as(icon.name()).allSatisfy(p -> {
            assertThat(p.x()).as(icon.name() + " x").isBetween(min, max);
            assertThat(p.y()).as(icon.name() + " y").isBetween(min, max);
        });
    }

    @ParameterizedTest
    @EnumSource(Icon.class)
    void everySubpathIsAClosedFilledOutline(Icon icon) {
        // given
        PathData path = PathData.parse(icon.svgPath());

        // when
        List<PathData.Subpath> subpaths = path.subpaths();

        // then
        assertThat(subpaths).as(icon.name()).allSatisfy(s -> assertThat(s.closed()).isTrue());
    }

    @ParameterizedTest
    @EnumSource(Icon.class)
    void holesAreCutByOrientationAndNoPartsOverlap(Icon icon) {
        // given
        PathData path = PathData.parse(icon.svgPath());
        int n = Icon.VIEW_BOX * SAMPLES_PER_UNIT;
        List<String> bad = new ArrayList<>();
        int filled = 0;

        // when: sampling the icon (off the grid lines, where edges lie) and taking winding numbers
        for (int row = 0; row < n; row++) {
            for (int col = 0; col < n; col++) {
                double sx = (col + 0.5) / SAMPLES_PER_UNIT + 0.0013;
                double sy = (row + 0.5) / SAMPLES_PER_UNIT + 0.0017;
                int winding = path.winding(sx, sy);
                if (Math.abs(winding) > 1) {
                    bad.add("(" + sx + ", " + sy + ") winds " + winding);
                }
                if (winding != 0) {
                    filled++;
                }
            }
        }

        // then: a winding of 0 or +-1 everywhere means non-zero and even-odd paint exactly the same pixels
        assertThat(bad).as(icon.name() + ": overlapping parts or a hole with the wrong orientation").isEmpty();
        assertThat(filled).as(icon.name() + ": painted samples").isGreaterThan(n * n / 20);
    }

    @ParameterizedTest
    @EnumSource(Icon.class)
    void hasAToneAndADescription(Icon icon) {
        // given / when
        String description = icon.description();

        // then
        assertThat(icon.tone()).as(icon.name()).isNotNull();
        assertThat(description).as(icon.name()).isNotBlank().isEqualTo(description.strip());
    }

    @Test
    void descriptionsAreUnique() {
        // given
        List<Icon> icons = Arrays.asList(Icon.values());

        // when
        Map<String, List<Icon>> byDescription = icons.stream().collect(Collectors.groupingBy(Icon::description));

        // then
        assertThat(byDescription.values()).allSatisfy(group -> assertThat(group).hasSize(1));
    }

    @Test
    void noTwoIconsShareTheirPathDataUnlessIntended() {
        // given
        List<Icon> icons = Arrays.asList(Icon.values());

        // when
        Set<Set<Icon>> sharing = icons.stream()
                .collect(Collectors.groupingBy(Icon::svgPath, Collectors.toSet()))
                .values().stream()
                .filter(group -> group.size() > 1)
                .collect(Collectors.toSet());

        // then
        assertThat(sharing).isEqualTo(INTENDED_SHARING);
    }

    @Test
    void tonesFollowTheirMeaning() {
        // given
        Map<Icon, Tone> expected = Map.of(
                Icon.DOMAIN_RUNNING, Tone.SUCCESS,
                Icon.DOMAIN_PAUSED, Tone.WARNING,
                Icon.DOMAIN_SHUTOFF, Tone.MUTED,
                Icon.DOMAIN_CRASHED, Tone.DANGER,
                Icon.DOMAIN_PMSUSPENDED, Tone.ACCENT,
                Icon.ACTION_FORCE_OFF, Tone.DANGER,
                Icon.CONNECTION_DISCONNECTED, Tone.DANGER,
                Icon.CONNECTION_RECONNECTING, Tone.WARNING,
                Icon.ACTION_RESET, Tone.DANGER,
                Icon.DEMO, Tone.ACCENT);

        // when
        Map<Icon, Tone> actual = Arrays.stream(Icon.values())
                .collect(Collectors.toMap(Function.identity(), Icon::tone));

        // then
        expected.forEach((icon, tone) -> assertThat(actual.get(icon)).as(icon.name()).isEqualTo(tone));
        assertThat(actual).allSatisfy((icon, tone) -> {
            if (!expected.containsKey(icon)) {
                assertThat(tone).as(icon.name()).isEqualTo(Tone.NEUTRAL);
            }
        });
    }
}

package org.virtfx.icons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Checks the test helper {@link PathData}, so that {@link IconTest} can trust it. */
class PathDataTest {

    @Test
    void tokenizesCommandsAndCompactNumbers() {
        // given
        String data = "M1-2.5.5,3e1 1E-1Z";

        // when
        List<Object> tokens = PathData.tokenize(data);

        // then
        assertThat(tokens).containsExactly('M', 1.0, -2.5, 0.5, 30.0, 0.1, 'Z');
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",                          // nothing at all
        "L1 2",                      // does not start with a move-to
        "M1",                        // incomplete pair
        "M1 2 L3",                   // incomplete pair
        "M1 2 X3 4",                 // unknown command
        "M1 2 L3 4 Z 5",             // a number after close-path
        "M1 2 A1 1 0 2 0 3 3 Z",     // arc flag neither 0 nor 1
        "M1 2 A0 1 0 0 0 3 3 Z",     // arc radius not positive
        "M1 2 L3 4e Z",              // malformed exponent
        "M1 2 L3 . Z"                // a dot is no number
    })
    void rejectsMalformedData(String data) {
        // given / when / then
        assertThatThrownBy(() -> PathData.parse(data)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tracksRelativeAndImplicitCoordinates() {
        // given: a relative line-to, H and V, then implicit line-tos after a move-to
        String data = "M1 1l2 3h4v-1zM10 10 12 10 12 12Z";

        // when
        PathData path = PathData.parse(data);

        // then
        assertThat(path.trackedPoints()).containsExactly(
                new PathData.Point(1, 1), new PathData.Point(3, 4), new PathData.Point(7, 4),
                new PathData.Point(7, 3), new PathData.Point(1, 1),
                new PathData.Point(10, 10), new PathData.Point(12, 10), new PathData.Point(12, 12),
                new PathData.Point(10, 10));
        assertThat(path.subpaths()).hasSize(2).allSatisfy(s -> assertThat(s.closed()).isTrue());
    }

    @Test
    void tracksControlPointsOfCurves() {
        // given
        String data = "M0 0C1 2 3 4 5 6S7 8 9 10Q11 12 13 14T15 16Z";

        // when
        PathData path = PathData.parse(data);

        // then: the reflected first control points of S and T, (7,8) and (15,16) here, are tracked too
        assertThat(path.trackedPoints()).contains(
                new PathData.Point(1, 2), new PathData.Point(3, 4), new PathData.Point(7, 8),
                new PathData.Point(11, 12), new PathData.Point(15, 16));
    }

    @Test
    void reportsAnOpenSubpath() {
        // given
        String data = "M1 1L5 1L5 5";

        // when
        PathData path = PathData.parse(data);

        // then
        assertThat(path.subpaths()).singleElement().satisfies(s -> assertThat(s.closed()).isFalse());
    }

    @Test
    void windingCountsClockwiseOutlinesPositiveAndCutsCounterClockwiseHoles() {
        // given: a clockwise square with a counter-clockwise square hole, and one with a clockwise "hole"
        PathData ring = PathData.parse("M2 2H22V22H2ZM8 8V16H16V8Z");
        PathData doubled = PathData.parse("M2 2H22V22H2ZM8 8H16V16H8Z");

        // when / then
        assertThat(ring.winding(4, 4)).isEqualTo(1);
        assertThat(ring.winding(12, 12)).isZero();
        assertThat(ring.winding(23, 12)).isZero();
        assertThat(doubled.winding(12, 12)).isEqualTo(2);
    }

    @Test
    void flattensArcsAlongTheRightCircle() {
        // given: a circle of radius 10 around (12,12), drawn as two half arcs, clockwise
        PathData circle = PathData.parse("M12 2A10 10 0 1 1 12 22A10 10 0 1 1 12 2Z");

        // when
        List<PathData.Point> outline = circle.subpaths().get(0).polygon();

        // then
        assertThat(outline).allSatisfy(p -> assertThat(Math.hypot(p.x() - 12, p.y() - 12)).isCloseTo(10, within(1e-9)));
        assertThat(outline).anySatisfy(p -> assertThat(p.x()).isCloseTo(22, within(0.01)));
        assertThat(circle.winding(12, 12)).isEqualTo(1);
        assertThat(circle.winding(3, 3)).isZero();
    }
}

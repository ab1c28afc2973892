package org.virtfx.icons;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rasterizes every {@link Icon} at the sizes the UI shows, 16 and 24&nbsp;px, the way a renderer with anti-aliasing
 * does (coverage per pixel, from sub-pixel samples), and checks that the drawings survive it: every filled part keeps
 * pixels of its own, every hole stays open, and no two icons turn into the same picture. The checks are about shape
 * only: the colours come from the theme (each {@link Tone}), so they hold in light and dark themes alike.
 */
class IconLegibilityTest {

    /** Sub-pixel samples per pixel side. */
    private static final int SAMPLES = 8;

    /** Coverage from which a pixel counts as painted, and up to which it counts as open. */
    private static final double SOLID = 0.6;
    private static final double CLEAR = 0.4;

    @ParameterizedTest
    @ValueSource(ints = {16, 24})
    void everyFilledPartKeepsPixelsOfItsOwnAndEveryHoleStaysOpen(int size) {
        // given
        List<String> lost = new ArrayList<>();

        // when: each subpath is a filled part (clockwise) or a hole (counter-clockwise)
        for (Icon icon : Icon.values()) {
            PathData path = PathData.parse(icon.svgPath());
            double[][] coverage = coverage(path, size);
            List<PathData.Subpath> subpaths = path.subpaths();
            for (int k = 0; k < subpaths.size(); k++) {
                List<PathData.Point> polygon = subpaths.get(k).polygon();
                boolean hole = signedArea(polygon) < 0;
                if (!hasPixel(polygon, coverage, size, hole)) {
                    lost.add(icon + (hole ? " hole " : " part ") + k);
                }
            }
        }

        // then
        assertThat(lost).as("parts or holes that vanish at " + size + " px").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {16, 24})
    void noTwoIconsLookTheSame(int size) {
        // given
        Map<String, Icon> byPicture = new HashMap<>();
        List<String> same = new ArrayList<>();

        // when: the picture of each icon, its pixels painted or not
        for (Icon icon : Icon.values()) {
            double[][] coverage = coverage(PathData.parse(icon.svgPath()), size);
            StringBuilder picture = new StringBuilder();
            for (double[] row : coverage) {
                for (double c : row) {
                    picture.append(c >= 0.5 ? '#' : '.');
                }
            }
            Icon earlier = byPicture.putIfAbsent(picture.toString(), icon);
            if (earlier != null) {
                same.add(earlier + " = " + icon);
            }
        }

        // then
        assertThat(same).isEmpty();
    }

    /** Coverage of each pixel, 0 to 1, from SAMPLES x SAMPLES winding-number samples. */
    private static double[][] coverage(PathData path, int size) {
        double[][] coverage = new double[size][size];
        double unit = (double) Icon.VIEW_BOX / size;
        for (int py = 0; py < size; py++) {
            for (int px = 0; px < size; px++) {
                int inside = 0;
                for (int sy = 0; sy < SAMPLES; sy++) {
                    for (int sx = 0; sx < SAMPLES; sx++) {
                        double x = (px + (sx + 0.5) / SAMPLES) * unit + 0.0013;
                        double y = (py + (sy + 0.5) / SAMPLES) * unit + 0.0017;
                        if (path.winding(x, y) != 0) {
                            inside++;
                        }
                    }
                }
                coverage[py][px] = (double) inside / (SAMPLES * SAMPLES);
            }
        }
        return coverage;
    }

    /** Whether a pixel whose centre lies inside the polygon is painted (a part) or open (a hole). */
    private static boolean hasPixel(List<PathData.Point> polygon, double[][] coverage, int size, boolean hole) {
        double unit = (double) Icon.VIEW_BOX / size;
        for (int py = 0; py < size; py++) {
            for (int px = 0; px < size; px++) {
                double c = coverage[py][px];
                boolean wanted = hole ? c <= CLEAR : c >= SOLID;
                if (wanted && contains(polygon, (px + 0.5) * unit, (py + 0.5) * unit)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean contains(List<PathData.Point> p, double x, double y) {
        boolean inside = false;
        for (int i = 0, j = p.size() - 1; i < p.size(); j = i++) {
            PathData.Point a = p.get(i);
            PathData.Point b = p.get(j);
            if ((a.y() > y) != (b.y() > y) && x < (b.x() - a.x()) * (y - a.y()) / (b.y() - a.y()) + a.x()) {
                inside = !inside;
            }
        }
        return inside;
    }

    /** Shoelace area; positive for clockwise outlines on screen (y down), as the drawing rules ask of filled parts. */
    private static double signedArea(List<PathData.Point> p) {
        double sum = 0;
        for (int i = 0; i < p.size(); i++) {
            PathData.Point a = p.get(i);
            PathData.Point b = p.get((i + 1) % p.size());
            sum += a.x() * b.y() - b.x() * a.y();
        }
        return sum / 2;
    }
}

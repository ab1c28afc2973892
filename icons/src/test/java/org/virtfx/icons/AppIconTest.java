package org.virtfx.icons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Checks the application icon's files: every PNG size exists, is what it says, and was rendered from the SVG. */
class AppIconTest {

    static Iterable<Integer> sizes() {
        return AppIcon.SIZES;
    }

    @ParameterizedTest
    @MethodSource("sizes")
    void eachPngHasItsSizeATransparentCornerAndAnOpaqueCentre(int size) throws IOException {
        // given / when
        BufferedImage image;
        try (InputStream in = AppIcon.png(size).openStream()) {
            image = ImageIO.read(in);
        }

        // then: the rounded tile leaves the corner transparent and covers the centre
        assertThat(image.getWidth()).isEqualTo(size);
        assertThat(image.getHeight()).isEqualTo(size);
        assertThat(image.getColorModel().hasAlpha()).isTrue();
        assertThat(alpha(image, 0, 0)).isZero();
        assertThat(alpha(image, size / 2, size / 2)).isEqualTo(255);
    }

    @Test
    void thePngFilesWereRenderedFromTheCurrentSvg() throws Exception {
        // given: render-app-icon.sh records the SVG's SHA-256 when it renders the PNG files
        byte[] svg;
        try (InputStream in = AppIcon.svg().openStream()) {
            svg = in.readAllBytes();
        }
        String recorded;
        try (InputStream in = AppIcon.class.getResourceAsStream("app/virtfx.svg.sha256")) {
            recorded = new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip();
        }

        // when
        String actual = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(svg));

        // then
        assertThat(actual).as("virtfx.svg changed: run icons/render-app-icon.sh and commit the PNG files")
                .isEqualTo(recorded);
        assertThat(new String(svg, StandardCharsets.UTF_8)).contains("viewBox=\"0 0 256 256\"");
    }

    @Test
    void theNearestSizeIsChosenAndUnknownSizesAreRefused() {
        // given / when / then
        assertThat(AppIcon.pngNearest(20)).isEqualTo(AppIcon.png(24));
        assertThat(AppIcon.pngNearest(1000)).isEqualTo(AppIcon.png(512));
        assertThat(AppIcon.pngNearest(1)).isEqualTo(AppIcon.png(16));
        assertThatThrownBy(() -> AppIcon.png(20)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("20");
    }

    private static int alpha(BufferedImage image, int x, int y) {
        return image.getRGB(x, y) >>> 24;
    }
}

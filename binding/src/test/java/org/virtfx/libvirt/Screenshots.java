package org.virtfx.libvirt;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * Checks that a screenshot's bytes are one whole image in the format its MIME type names: a
 * PNG's chunks (each CRC-checked) run exactly to the IEND chunk at the end; a binary PPM has
 * exactly the pixel bytes its header promises.
 */
final class Screenshots {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private Screenshots() {
    }

    /** An image's size in pixels. */
    record Image(int width, int height) {
    }

    static Image parse(String mimeType, byte[] data) {
        return switch (mimeType) {
            case "image/png" -> png(data);
            case "image/x-portable-pixmap" -> ppm(data);
            default -> throw new AssertionError("unexpected screenshot type " + mimeType);
        };
    }

    private static Image png(byte[] data) {
        ByteBuffer in = ByteBuffer.wrap(data); // PNG is big-endian, as ByteBuffer is
        byte[] signature = new byte[PNG_SIGNATURE.length];
        in.get(signature);
        assertThat(signature).containsExactly(PNG_SIGNATURE);
        Image image = null;
        String type = "";
        while (!type.equals("IEND")) {
            int length = in.getInt();
            assertThat(length).isBetween(0, in.remaining() - 8);
            byte[] typeAndData = new byte[4 + length];
            in.get(typeAndData);
            type = new String(typeAndData, 0, 4, StandardCharsets.US_ASCII);
            CRC32 crc = new CRC32();
            crc.update(typeAndData);
            assertThat(in.getInt()).as("CRC of %s", type).isEqualTo((int) crc.getValue());
            if (type.equals("IHDR")) {
                ByteBuffer header = ByteBuffer.wrap(typeAndData, 4, length);
                image = new Image(header.getInt(), header.getInt());
            }
        }
        assertThat(in.remaining()).as("bytes after IEND").isZero();
        assertThat(image).as("IHDR chunk").isNotNull();
        return image;
    }

    private static Image ppm(byte[] data) {
        assertThat(new String(data, 0, 2, StandardCharsets.US_ASCII)).isEqualTo("P6");
        int[] fields = new int[3];
        int pos = 2;
        for (int i = 0; i < 3; i++) {
            while (Character.isWhitespace(data[pos])) {
                pos++;
            }
            int start = pos;
            while (Character.isDigit(data[pos])) {
                pos++;
            }
            fields[i] = Integer.parseInt(new String(data, start, pos - start, StandardCharsets.US_ASCII));
        }
        pos++; // exactly one whitespace byte separates the header from the pixels
        assertThat(fields[2]).isEqualTo(255);
        assertThat((long) data.length - pos).isEqualTo(3L * fields[0] * fields[1]);
        return new Image(fields[0], fields[1]);
    }
}

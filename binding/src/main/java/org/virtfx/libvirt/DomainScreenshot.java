package org.virtfx.libvirt;

import java.util.Objects;

/**
 * A screenshot being transferred: the stream that delivers the image and its MIME type, as
 * returned by {@link Domain#screenshot(int)}.
 *
 * <p>Read the image from {@link #stream()} with the stream's receive calls, then finish it.
 * Ownership: the caller owns the stream and must {@link #close()} this record (which closes the
 * stream). Thread-safe as {@link Stream} is.
 *
 * @param stream the stream delivering the image's bytes
 * @param mimeType the image's MIME type, such as {@code image/png} or {@code image/x-portable-pixmap}
 */
public record DomainScreenshot(Stream stream, String mimeType) implements AutoCloseable {

    /**
     * Checks the components.
     *
     * @throws NullPointerException when one is null
     */
    public DomainScreenshot {
        Objects.requireNonNull(stream, "stream");
        Objects.requireNonNull(mimeType, "mimeType");
    }

    /** Closes the stream; idempotent. */
    @Override
    public void close() {
        stream.close();
    }
}

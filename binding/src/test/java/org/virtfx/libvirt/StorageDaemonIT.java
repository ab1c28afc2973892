package org.virtfx.libvirt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Volume upload and download through streams, against a real daemon's storage driver: what the
 * test driver cannot do: a dir pool in the private folder of a libvirtd that the harness
 * starts for this class.
 */
class StorageDaemonIT extends DaemonFixture {
    private static final int MIB = 1024 * 1024;
    private static Path dir;

    private StoragePool pool;

    @BeforeAll
    static void makePoolsFolder() throws IOException {
        dir = folder("pools");
    }

    @BeforeEach
    void createPool() throws IOException {
        Path poolDir = Files.createDirectories(dir.resolve("pool-" + System.nanoTime()));
        pool = conn.storagePoolCreateXml("<pool type='dir'><name>" + poolDir.getFileName() + "</name><target><path>"
                + poolDir + "</path></target></pool>", Set.of());
    }

    @AfterEach
    void deletePool() {
        if (pool != null) {
            try (HandleList<StorageVol> vols = pool.listAllStorageVolumes()) {
                vols.forEach(StorageVol::delete);
            }
            pool.destroy();
            pool.close();
        }
    }

    private StorageVol newVolume(String name, long size) {
        return pool.storageVolCreateXml("<volume><name>" + name + "</name><capacity unit='bytes'>" + size
                + "</capacity><target><format type='raw'/></target></volume>");
    }

    private static byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        new Random(n).nextBytes(b);
        return b;
    }

    @Test
    void uploadsWithSendAllAndDownloadsWithRecvAll() throws IOException {
        byte[] data = randomBytes(3 * MIB + 12345);
        try (StorageVol vol = newVolume("all.img", data.length)) {
            try (Stream up = conn.newStream()) {
                vol.upload(up, 0, data.length, Set.of());
                int[] pos = {0};
                up.sendAll((buf, n) -> {
                    int k = Math.min(n, data.length - pos[0]);
                    System.arraycopy(data, pos[0], buf, 0, k);
                    pos[0] += k;
                    return k;
                });
                up.finish();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (Stream down = conn.newStream()) {
                vol.download(down, 0, 0, Set.of());
                down.recvAll(out::write);
                down.finish();
            }
            assertThat(Arrays.equals(out.toByteArray(), data)).isTrue();
            assertThat(vol.getInfo().capacity()).isEqualTo(data.length);
            vol.wipe();
            vol.resize(4L * MIB);
            assertThat(vol.getInfo().capacity()).isEqualTo(4L * MIB);
        }
    }

    @Test
    void uploadsWithSendAndDownloadsWithRecvAndBuffers() {
        byte[] data = randomBytes(MIB + 7);
        try (StorageVol vol = newVolume("loop.img", data.length)) {
            try (Stream up = conn.newStream()) {
                vol.upload(up, 0, data.length, Set.of());
                int off = 0;
                while (off < data.length) {
                    off += up.send(data, off, data.length - off);
                }
                up.finish();
            }
            ByteBuffer got = ByteBuffer.allocateDirect(data.length + 10);
            try (Stream down = conn.newStream()) {
                vol.download(down, 0, 0, Set.of());
                byte[] small = new byte[1000];
                int n = down.recv(small, 0, small.length);
                got.put(small, 0, n);
                while (down.recv(got) > 0) {
                    // keep reading until the end
                }
                down.finish();
            }
            got.flip();
            byte[] back = new byte[got.remaining()];
            got.get(back);
            assertThat(Arrays.equals(back, data)).isTrue();
        }
    }

    @Test
    void sparseTransfersKeepTheirHoles() throws IOException {
        int size = 4 * MIB;
        byte[] head = randomBytes(64 * 1024);
        try (StorageVol vol = newVolume("sparse.img", size)) {
            try (Stream up = conn.newStream()) {
                vol.upload(up, 0, size, EnumSet.of(StorageVolUploadFlags.SPARSE_STREAM));
                long[] pos = {0};
                up.sparseSendAll((buf, n) -> {
                    int k = (int) Math.max(0, Math.min(n, head.length - pos[0]));
                    if (k == 0) {
                        return 0;
                    }
                    System.arraycopy(head, (int) pos[0], buf, 0, k);
                    pos[0] += k;
                    return k;
                }, () -> pos[0] < head.length ? new StreamSection(true, head.length - pos[0])
                        : new StreamSection(false, size - pos[0]), len -> pos[0] += len);
                up.finish();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            AtomicLong holes = new AtomicLong();
            try (Stream down = conn.newStream()) {
                vol.download(down, 0, 0, EnumSet.of(StorageVolDownloadFlags.SPARSE_STREAM));
                down.sparseRecvAll(out::write, holes::addAndGet);
                down.finish();
            }
            assertThat(Arrays.copyOf(out.toByteArray(), head.length)).isEqualTo(head);
            assertThat(out.size() + holes.get()).isEqualTo(size);
        }
    }

    @Test
    void aNonBlockingDownloadIsDrivenByEvents() throws Exception {
        try (StorageVol vol = newVolume("events.img", 512 * 1024)) {
            CountDownLatch readable = new CountDownLatch(1);
            try (Stream down = conn.newStream(EnumSet.of(StreamFlags.NONBLOCK))) {
                vol.download(down, 0, 0, Set.of());
                down.eventAddCallback(EnumSet.of(StreamEventType.READABLE), (s, events) -> {
                    assertThat(s).isSameAs(down);
                    readable.countDown();
                });
                assertThat(readable.await(10, TimeUnit.SECONDS)).isTrue();
                down.eventUpdateCallback(EnumSet.of(StreamEventType.READABLE, StreamEventType.HANGUP));
                byte[] buf = new byte[4096];
                int n = down.recv(buf, 0, buf.length);
                assertThat(n == Stream.WOULD_BLOCK || n > 0).isTrue();
                down.eventRemoveCallback();
                down.abort();
            }
        }
    }

    @Test
    void aSinkExceptionAbortsTheDownloadAndIsRethrown() {
        IOException full = new IOException("disk full");
        try (StorageVol vol = newVolume("abort.img", MIB); Stream down = conn.newStream()) {
            vol.download(down, 0, 0, Set.of());
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> down.recvAll((b, o, n) -> {
                throw full;
            })).isSameAs(full);
            org.assertj.core.api.Assertions.assertThatThrownBy(down::finish).isInstanceOf(LibvirtException.class);
        }
        assertThat(StreamTransfer.active()).isZero();
        // The connection is still usable.
        assertThat(pool.numOfStorageVolumes()).isEqualTo(1);
    }

    @Test
    void callsTheTestDriverLacks() {
        try (StorageVol vol = newVolume("flags.img", MIB);
             StoragePool byPath = conn.lookupStoragePoolByTargetPath(vol.getPath().replace("/flags.img", ""))) {
            assertThat(byPath.getName()).isEqualTo(pool.getName());
            assertThat(vol.getInfoFlags(EnumSet.of(StorageVolInfoFlags.GET_PHYSICAL)).capacity()).isEqualTo(MIB);
            vol.wipePattern(StorageVolWipeAlgorithm.ZERO);
            vol.resize(MIB, EnumSet.of(StorageVolResizeFlags.DELTA));
            assertThat(vol.getInfo().capacity()).isEqualTo(2L * MIB);
        }
        assertThat(conn.getStoragePoolCapabilities()).contains("<storagepoolCapabilities");
        assertThat(pool.getXmlDesc(EnumSet.of(StorageXMLFlags.INACTIVE))).contains("<pool type='dir'>");
    }
}

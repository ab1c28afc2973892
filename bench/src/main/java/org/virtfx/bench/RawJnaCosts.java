package org.virtfx.bench;

import com.sun.jna.Callback;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What a failed {@code virDomainLookupByName} costs through bare JNA, without the binding: with
 * the argument types the binding's generated mapping uses ({@code Pointer}, {@code String}) and
 * with raw ones ({@code long}, NUL-terminated {@code byte[]}), and with libvirt's error handler
 * being a Java callback (as the binding installs it, to silence stderr) or a native function.
 * It splits the binding's failed-lookup time into JNA's share and the binding's own.
 *
 * <p>Not in {@code run.sh}'s default filter; run it with
 * {@code BENCH_FILTER=RawJnaCosts bench/run.sh} or by hand. Each fork sets its own handler.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RawJnaCosts {

    private static final NativeLibrary LIB = NativeLibrary.getInstance("virt",
            Map.of(Library.OPTION_STRING_ENCODING, "UTF-8"));
    private static final byte[] MISSING = (TestDriverXml.MISSING_DOMAIN + "\0").getBytes(StandardCharsets.UTF_8);

    /** {@code virErrorFunc}. */
    public interface ErrorFunc extends Callback {
        /** @param userData unused @param error the error */
        void invoke(Pointer userData, Pointer error);
    }

    private static final ErrorFunc SILENT = (userData, error) -> { };

    /** Mappings with JNA types, as the binding's generated classes have them. */
    static final class Typed {
        static {
            Native.register(Typed.class, LIB);
        }

        static native int virInitialize();

        static native Pointer virConnectOpen(String uri);

        static native int virConnectClose(Pointer conn);

        static native Pointer virDomainLookupByName(Pointer conn, String name);

        static native void virSetErrorFunc(Pointer userData, ErrorFunc handler);

        static native void virSetErrorFunc(Pointer userData, Pointer handler);
    }

    /** The same lookup with primitive and array arguments only. */
    static final class Raw {
        static {
            Native.register(Raw.class, LIB);
        }

        static native long virDomainLookupByName(long conn, byte[] name);
    }

    /** libvirt's error handler: {@code java} (a JNA callback) or {@code native} (virResetError). */
    @Param({"java", "native"})
    public String handler;

    private Pointer conn;
    private long connAddress;

    /** Opens the connection and installs the handler. */
    @Setup(Level.Trial)
    public void open() {
        Typed.virInitialize();
        if (handler.equals("java")) {
            Typed.virSetErrorFunc(null, SILENT);
        } else {
            // Called as handler(NULL, err); virResetError(NULL) returns at once.
            Typed.virSetErrorFunc(null, LIB.getFunction("virResetError"));
        }
        conn = Typed.virConnectOpen(TestDriverXml.uri());
        connAddress = Pointer.nativeValue(conn);
    }

    /** Closes the connection. */
    @TearDown(Level.Trial)
    public void close() {
        Typed.virConnectClose(conn);
    }

    /** Failed lookup, {@code (Pointer, String)}. @return null */
    @Benchmark
    public Pointer failedLookupTyped() {
        return Typed.virDomainLookupByName(conn, TestDriverXml.MISSING_DOMAIN);
    }

    /** Failed lookup, {@code (long, byte[])}. @return 0 */
    @Benchmark
    public long failedLookupRaw() {
        return Raw.virDomainLookupByName(connAddress, MISSING);
    }
}

package org.virtfx.libvirt;

import com.sun.jna.CallbackReference;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.lang.System.Logger.Level;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.virtfx.libvirt.internal.EventCallbacks;
import org.virtfx.libvirt.internal.NativeStrings;
import org.virtfx.libvirt.internal.StructLayout;

/**
 * How to answer libvirt's questions while opening a connection ({@code virConnectAuth}): the
 * kinds of credential the application can supply and a callback that supplies them.
 *
 * <p>Immutable and thread-safe; the callback runs on the thread that calls
 * {@link Connect#openAuth}, during the call.
 *
 * @param credTypes the credential types the callback can answer
 * @param callback fills in the answers
 */
public record ConnectAuth(Set<ConnectCredentialType> credTypes, Callback callback) {
    private static final System.Logger LOG = System.getLogger("org.virtfx.libvirt");

    // struct _virConnectAuth { int *credtype; unsigned int ncredtype; virConnectAuthCallbackPtr cb; void *cbdata; }
    private static final int CREDTYPE;
    private static final int NCREDTYPE;
    private static final int CB;
    private static final int SIZE;
    // struct _virConnectCredential { int type; const char *prompt; const char *challenge;
    //                                const char *defresult; char *result; unsigned int resultlen; }
    private static final int C_TYPE;
    private static final int C_PROMPT;
    private static final int C_CHALLENGE;
    private static final int C_DEFRESULT;
    private static final int C_RESULT;
    private static final int C_RESULTLEN;
    private static final int C_SIZE;

    static {
        StructLayout a = new StructLayout();
        CREDTYPE = a.addPointer();
        NCREDTYPE = a.addInt();
        CB = a.addPointer();
        a.addPointer(); // cbdata
        SIZE = a.size();
        StructLayout c = new StructLayout();
        C_TYPE = c.addInt();
        C_PROMPT = c.addPointer();
        C_CHALLENGE = c.addPointer();
        C_DEFRESULT = c.addPointer();
        C_RESULT = c.addPointer();
        C_RESULTLEN = c.addInt();
        C_SIZE = c.size();
    }

    /** Answers credential questions. */
    @FunctionalInterface
    public interface Callback {
        /**
         * Fills in answers with {@link ConnectCredential#setResult}. Throwing refuses the
         * authentication (the open then fails).
         *
         * @param credentials the questions, in libvirt's order
         */
        void collect(List<ConnectCredential> credentials);
    }

    /**
     * Checks and copies the arguments.
     *
     * @param credTypes the credential types, not empty
     * @param callback the callback
     */
    public ConnectAuth {
        credTypes = Set.copyOf(credTypes);
        Objects.requireNonNull(callback, "callback");
        if (credTypes.isEmpty() || credTypes.contains(ConnectCredentialType.UNKNOWN)) {
            throw new IllegalArgumentException("need known credential types: " + credTypes);
        }
    }

    /**
     * Builds the C struct, runs {@code open} with it, and keeps the callback alive meanwhile.
     *
     * @param open the call, given the {@code virConnectAuth} pointer
     * @return its result
     */
    Pointer withNative(Function<Pointer, Pointer> open) {
        EventCallbacks.Auth cb = (cred, ncred, cbdata) -> answer(cred, ncred);
        List<ConnectCredentialType> types = new ArrayList<>(credTypes);
        try (Memory typeArray = new Memory(4L * types.size()); Memory auth = new Memory(SIZE)) {
            for (int i = 0; i < types.size(); i++) {
                typeArray.setInt(4L * i, types.get(i).value());
            }
            auth.clear();
            auth.setPointer(CREDTYPE, typeArray);
            auth.setInt(NCREDTYPE, types.size());
            auth.setPointer(CB, CallbackReference.getFunctionPointer(cb));
            return open.apply(auth);
        } finally {
            Reference.reachabilityFence(cb);
        }
    }

    private int answer(Pointer cred, int ncred) {
        try {
            List<ConnectCredential> list = new ArrayList<>(ncred);
            for (int i = 0; i < ncred; i++) {
                Pointer c = cred.share((long) i * C_SIZE);
                list.add(new ConnectCredential(ConnectCredentialType.of(c.getInt(C_TYPE)),
                        NativeStrings.borrowUtf8(c.getPointer(C_PROMPT)),
                        NativeStrings.borrowUtf8(c.getPointer(C_CHALLENGE)),
                        NativeStrings.borrowUtf8(c.getPointer(C_DEFRESULT))));
            }
            callback.collect(list);
            for (int i = 0; i < ncred; i++) {
                ConnectCredential q = list.get(i);
                String result = q.result().or(q::defaultResult).orElse(null);
                if (result != null) {
                    store(cred.share((long) i * C_SIZE), result);
                }
            }
            return 0;
        } catch (Throwable t) {
            // Must not unwind into C; -1 makes libvirt fail the open with an auth error.
            LOG.log(Level.WARNING, "authentication callback failed", t);
            return -1;
        }
    }

    /** Writes a malloc'ed copy of the answer: libvirt frees {@code result} itself. */
    private static void store(Pointer c, String result) {
        byte[] utf8 = result.getBytes(StandardCharsets.UTF_8);
        long mem = Native.malloc(utf8.length + 1L);
        if (mem == 0) {
            throw new OutOfMemoryError("malloc failed");
        }
        Pointer p = new Pointer(mem);
        p.write(0, utf8, 0, utf8.length);
        p.setByte(utf8.length, (byte) 0);
        c.setPointer(C_RESULT, p);
        c.setInt(C_RESULTLEN, utf8.length);
    }
}

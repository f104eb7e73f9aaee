package io.keysmith.local.server;

import java.io.ByteArrayOutputStream;

/**
 * The bytes of one response, kept by each server thread for its next response: the body must be whole before
 * it is sent (its length and CRC32 go in the headers), and a fresh array for every 30 KB page only feeds the GC.
 */
final class ReplyBuffer extends ByteArrayOutputStream {

    /** A buffer grown past this by a large page is dropped after use, so that idle threads do not hold megabytes. */
    private static final int KEPT_BYTES = 256 * 1024;
    private static final ThreadLocal<ReplyBuffer> THREAD = ThreadLocal.withInitial(ReplyBuffer::new);

    private ReplyBuffer() {
        super(8 * 1024);
    }

    /** This thread's buffer, emptied. */
    static ReplyBuffer forThisThread() {
        ReplyBuffer buffer = THREAD.get();
        buffer.reset();
        return buffer;
    }

    /** The buffer's array; its first {@link #size()} bytes are the response. */
    byte[] bytes() {
        return buf;
    }

    /** Done with the response: a buffer grown too large is not kept. */
    void release() {
        if (buf.length > KEPT_BYTES) {
            THREAD.remove();
        }
    }
}

package org.carbonneutral.inventory.upload;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Hands a request body from the thread that receives it to the job that processes it, in 64 KiB chunks through a
 * bounded queue (at most 4 MiB in flight), so receiving and processing overlap and memory stays flat. If the job stops
 * early, the rest of the body is still read (and dropped) so the request completes. Counts the bytes the job has read,
 * for its progress.
 */
final class ChunkPipe {

    private static final byte[] END = new byte[0];
    private final BlockingQueue<byte[]> queue = new ArrayBlockingQueue<>(64);
    private volatile boolean abandoned;
    private volatile long bytesRead;

    /** Reads {@code body} to its end into the pipe; called on the request's thread. */
    void feed(InputStream body) throws IOException {
        byte[] buffer = new byte[1 << 16];
        try {
            int n;
            while ((n = body.read(buffer)) > 0) {
                byte[] chunk = Arrays.copyOf(buffer, n);
                while (!abandoned && !queue.offer(chunk, 100, TimeUnit.MILLISECONDS)) {
                    // the job is busy; wait for room
                }
            }
            while (!abandoned && !queue.offer(END, 100, TimeUnit.MILLISECONDS)) {
                // wait for room for the end mark
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("upload interrupted");
        }
    }

    /** The job stopped reading: drop what comes. */
    void abandon() {
        abandoned = true;
        queue.clear();
    }

    /** Bytes of the body the job has read so far from {@link #stream()}. */
    long bytesRead() {
        return bytesRead;
    }

    /** The body as the job reads it; one reader only. */
    InputStream stream() {
        return new InputStream() {
            private byte[] current = new byte[0];
            private int pos;
            private boolean ended;

            private boolean fill() throws IOException {
                while (!ended && pos >= current.length) {
                    try {
                        byte[] next = queue.poll(10, TimeUnit.MINUTES);
                        if (next == null) {
                            throw new IOException("no data received for 10 minutes");
                        }
                        if (next == END) {
                            ended = true;
                        } else {
                            current = next;
                            pos = 0;
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new InterruptedIOException("upload interrupted");
                    }
                }
                return pos < current.length;
            }

            @Override
            public int read() throws IOException {
                if (!fill()) {
                    return -1;
                }
                bytesRead++;
                return current[pos++] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (len == 0) {
                    return 0;
                }
                if (!fill()) {
                    return -1;
                }
                int n = Math.min(len, current.length - pos);
                System.arraycopy(current, pos, b, off, n);
                pos += n;
                bytesRead += n;
                return n;
            }
        };
    }
}

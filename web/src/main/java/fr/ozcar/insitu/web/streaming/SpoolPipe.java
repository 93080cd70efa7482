package fr.ozcar.insitu.web.streaming;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * A pipe whose writer does not wait for the reader: what the reader has not taken yet is held in
 * memory up to {@code memoryLimit} bytes, then spooled to a temporary file (deleted on close), up to
 * {@code spoolLimit} bytes in all. A writer that produces from a database cursor thus finishes and
 * gives its connection back even when the client reads slowly or not at all; only past the spool
 * limit does it wait, and at most {@code writeTimeout}, after which its write fails (and it releases
 * the connection). Closing the reading end (the client hung up) makes the next write fail.
 *
 * <p>Memory writes all come before file writes (once spooling starts, everything goes to the file),
 * so the reader drains the memory chunks, then the file, in the order they were written.
 */
final class SpoolPipe {

    private final Object lock = new Object();
    private final long memoryLimit;
    private final long spoolLimit;
    private final long writeTimeoutNanos;
    private final ArrayDeque<byte[]> memory = new ArrayDeque<>();
    private int headOffset;
    private long memoryBytes;
    private FileChannel file;
    private long fileWritten;
    private long fileRead;
    private boolean writerClosed;
    private boolean readerClosed;
    private Runnable whenRead = () -> { };

    SpoolPipe(long memoryLimit, long spoolLimit, Duration writeTimeout) {
        this.memoryLimit = memoryLimit;
        this.spoolLimit = spoolLimit;
        this.writeTimeoutNanos = writeTimeout.toNanos();
    }

    /** {@code action} runs once, when the reader has reached the end or closed its end. */
    void whenRead(Runnable action) {
        synchronized (lock) {
            this.whenRead = action;
        }
    }

    private void finishReading() throws IOException {
        if (file != null) {
            file.close(); // the spool file goes as soon as it is read
        }
        Runnable action = whenRead;
        whenRead = () -> { };
        action.run();
    }

    OutputStream output() {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                append(bytes, offset, length);
            }

            @Override
            public void close() {
                synchronized (lock) {
                    writerClosed = true;
                    lock.notifyAll();
                }
            }
        };
    }

    InputStream input() {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                int n = read(one, 0, 1);
                return n < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] bytes, int offset, int length) throws IOException {
                return take(bytes, offset, length);
            }

            @Override
            public int available() {
                synchronized (lock) {
                    return (int) Math.min(Integer.MAX_VALUE, pending());
                }
            }

            @Override
            public void close() throws IOException {
                synchronized (lock) {
                    readerClosed = true;
                    memory.clear();
                    lock.notifyAll();
                    finishReading();
                }
            }
        };
    }

    private long pending() {
        return memoryBytes + fileWritten - fileRead;
    }

    private void append(byte[] bytes, int offset, int length) throws IOException {
        if (length == 0) {
            return;
        }
        synchronized (lock) {
            long deadline = System.nanoTime() + writeTimeoutNanos;
            while (!readerClosed && pending() + length > spoolLimit && pending() > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new IOException("the client read nothing for " + Duration.ofNanos(writeTimeoutNanos).toSeconds()
                            + " s with " + pending() + " bytes waiting for it");
                }
                waitNanos(left);
            }
            if (readerClosed) {
                throw new IOException("the reading end of the pipe is closed: the client hung up");
            }
            if (file == null && memoryBytes + length <= memoryLimit) {
                memory.addLast(Arrays.copyOfRange(bytes, offset, offset + length));
                memoryBytes += length;
            } else {
                if (file == null) {
                    Path path = Files.createTempFile("insitu-spool-", ".body");
                    file = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE,
                            StandardOpenOption.DELETE_ON_CLOSE);
                }
                ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, length);
                while (buffer.hasRemaining()) {
                    fileWritten += file.write(buffer, fileWritten);
                }
            }
            lock.notifyAll();
        }
    }

    private int take(byte[] bytes, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        synchronized (lock) {
            while (pending() == 0 && !writerClosed && !readerClosed) {
                waitNanos(Long.MAX_VALUE);
            }
            if (readerClosed) {
                throw new IOException("the pipe is closed");
            }
            if (pending() == 0) {
                finishReading();
                return -1;
            }
            int taken;
            if (!memory.isEmpty()) {
                byte[] head = memory.peekFirst();
                taken = Math.min(length, head.length - headOffset);
                System.arraycopy(head, headOffset, bytes, offset, taken);
                headOffset += taken;
                memoryBytes -= taken;
                if (headOffset == head.length) {
                    memory.removeFirst();
                    headOffset = 0;
                }
            } else {
                ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, (int) Math.min(length, fileWritten - fileRead));
                taken = file.read(buffer, fileRead);
                fileRead += taken;
            }
            lock.notifyAll();
            return taken;
        }
    }

    private void waitNanos(long nanos) throws InterruptedIOException {
        try {
            if (nanos == Long.MAX_VALUE) {
                lock.wait();
            } else {
                lock.wait(Math.max(1, nanos / 1_000_000));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting on the pipe");
        }
    }
}

package fr.ozcar.insitu.core.deposit.read;

import fr.ozcar.insitu.core.deposit.Problem;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongSupplier;

/**
 * Counts the bytes a zip entry inflates to and stops the read, mid-stream, as soon as the entry's
 * compression ratio or the deposit's total uncompressed size exceeds its limit: a decompression
 * bomb costs at most the limits, never the bomb.
 */
final class GuardedInputStream extends FilterInputStream {

    /** Small entries compress arbitrarily well (a file of blanks): the ratio is judged beyond this size. */
    private static final long RATIO_FLOOR = 1 << 20;

    private final String path;
    private final LongSupplier compressedBytes;
    private final double maxRatio;
    private final UncompressedBudget budget;
    private long produced;

    /**
     * @param compressedBytes compressed bytes consumed so far for this entry, or null for a plain file
     * @param budget          the deposit-wide total, or null when these bytes are themselves a zip
     */
    GuardedInputStream(InputStream in, String path, LongSupplier compressedBytes, double maxRatio,
                       UncompressedBudget budget) {
        super(in);
        this.path = path;
        this.compressedBytes = compressedBytes;
        this.maxRatio = maxRatio;
        this.budget = budget;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // skipping inflates too: read through the guard
        return read(new byte[(int) Math.min(n, 8192)]);
    }

    private void count(int n) throws DepositRejectedException {
        produced += n;
        if (budget != null) {
            budget.spend(n, path);
        }
        if (compressedBytes != null && produced > RATIO_FLOOR
                && produced > maxRatio * Math.max(1, compressedBytes.getAsLong())) {
            throw new DepositRejectedException(Problem.error("decompression-bomb",
                    "this entry inflates more than " + (long) maxRatio + " times its compressed size:"
                            + " the deposit looks like a decompression bomb and is rejected").inFile(path));
        }
    }

    /** The deposit-wide count of uncompressed bytes. */
    static final class UncompressedBudget {
        private final long max;
        private long spent;

        UncompressedBudget(long max) {
            this.max = max;
        }

        void spend(long n, String path) throws DepositRejectedException {
            spent += n;
            if (spent > max) {
                throw new DepositRejectedException(Problem.error("deposit-too-large",
                        "the deposit inflates to more than " + max + " bytes, the configured limit").inFile(path));
            }
        }
    }
}

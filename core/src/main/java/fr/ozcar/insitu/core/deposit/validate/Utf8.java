package fr.ozcar.insitu.core.deposit.validate;

/** Finds the first byte that is not well-formed UTF-8 (or is NUL, which PostgreSQL text cannot hold). */
final class Utf8 {

    private Utf8() {
    }

    /** Index of the first invalid byte in {@code b[from, to)}, or -1. */
    static int firstInvalid(byte[] b, int from, int to) {
        int i = from;
        while (i < to) {
            int c = b[i] & 0xFF;
            if (c != 0 && c < 0x80) {
                i++;
                continue;
            }
            int extra;
            int minimum;
            if (c >= 0xC2 && c <= 0xDF) {
                extra = 1;
                minimum = 0x80;
            } else if (c >= 0xE0 && c <= 0xEF) {
                extra = 2;
                minimum = 0x800;
            } else if (c >= 0xF0 && c <= 0xF4) {
                extra = 3;
                minimum = 0x10000;
            } else {
                return i;
            }
            if (i + extra >= to) {
                return i;
            }
            int codePoint = c & (0x3F >> extra);
            for (int k = 1; k <= extra; k++) {
                int next = b[i + k] & 0xFF;
                if ((next & 0xC0) != 0x80) {
                    return i;
                }
                codePoint = (codePoint << 6) | (next & 0x3F);
            }
            if (codePoint < minimum || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
                return i;
            }
            i += extra + 1;
        }
        return -1;
    }
}

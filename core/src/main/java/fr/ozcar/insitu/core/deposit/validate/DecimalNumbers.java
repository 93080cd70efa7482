package fr.ozcar.insitu.core.deposit.validate;

import java.nio.charset.StandardCharsets;

/**
 * Strict decimal numbers as the data files write them ({@code -12.5}, {@code 3e-4}): no blanks, no
 * comma, no NaN or hexadecimal. The text is what PostgreSQL receives, so both sides read the same
 * double; the common short cases are converted without allocating (exact, Clinger's fast path).
 */
public final class DecimalNumbers {

    private static final double[] POWERS_OF_TEN = new double[23];

    static {
        double power = 1;
        for (int i = 0; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = power;
            power *= 10;
        }
    }

    private DecimalNumbers() {
    }

    /** The value of the number in {@code b[from, to)}, or NaN when it is not a finite decimal number. */
    public static double parse(byte[] b, int from, int to) {
        int i = from;
        boolean negative = false;
        if (i < to && (b[i] == '-' || b[i] == '+')) {
            negative = b[i] == '-';
            i++;
        }
        long mantissa = 0;
        int significant = 0;
        int digitsSeen = 0;
        int scale = 0;
        for (; i < to && isDigit(b[i]); i++, digitsSeen++) {
            if (significant > 0 || b[i] != '0') {
                mantissa = mantissa * 10 + (b[i] - '0');
                significant++;
            }
        }
        if (i < to && b[i] == '.') {
            for (i++; i < to && isDigit(b[i]); i++, digitsSeen++) {
                if (significant > 0 || b[i] != '0') {
                    mantissa = mantissa * 10 + (b[i] - '0');
                    significant++;
                }
                scale--;
            }
        }
        if (digitsSeen == 0) {
            return Double.NaN;
        }
        if (i < to && (b[i] == 'e' || b[i] == 'E')) {
            i++;
            boolean negativeExponent = false;
            if (i < to && (b[i] == '-' || b[i] == '+')) {
                negativeExponent = b[i] == '-';
                i++;
            }
            int exponent = 0;
            int exponentDigits = 0;
            for (; i < to && isDigit(b[i]); i++, exponentDigits++) {
                exponent = Math.min(exponent * 10 + (b[i] - '0'), 100_000);
            }
            if (exponentDigits == 0) {
                return Double.NaN;
            }
            scale += negativeExponent ? -exponent : exponent;
        }
        if (i != to) {
            return Double.NaN;
        }
        if (significant <= 15 && scale >= -22 && scale <= 22) {
            // both operands are exact doubles, so the single rounding of * or / is the correct one
            double value = scale >= 0 ? mantissa * POWERS_OF_TEN[scale] : mantissa / POWERS_OF_TEN[-scale];
            return negative ? -value : value;
        }
        double value = Double.parseDouble(new String(b, from, to - from, StandardCharsets.ISO_8859_1));
        // PostgreSQL refuses what overflows, or underflows to zero: so do we, rather than fail mid-load
        return Double.isInfinite(value) || (value == 0 && significant > 0) ? Double.NaN : value;
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }
}

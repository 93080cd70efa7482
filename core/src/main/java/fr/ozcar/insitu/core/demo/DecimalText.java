package fr.ozcar.insitu.core.demo;

/**
 * Writes numbers with a fixed number of decimals and a '.' separator, whatever the locale, without
 * the cost of {@code String.format} on millions of rows.
 */
final class DecimalText {

    private static final long[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};

    private DecimalText() {
    }

    static void append(StringBuilder text, double value, int decimals) {
        long scale = POWERS[decimals];
        long scaled = Math.round(value * scale);
        if (scaled < 0) {
            text.append('-');
            scaled = -scaled;
        }
        text.append(scaled / scale);
        if (decimals > 0) {
            text.append('.');
            String fraction = Long.toString(scaled % scale);
            for (int i = fraction.length(); i < decimals; i++) {
                text.append('0');
            }
            text.append(fraction);
        }
    }

    static String format(double value, int decimals) {
        StringBuilder text = new StringBuilder();
        append(text, value, decimals);
        return text.toString();
    }
}

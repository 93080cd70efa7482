package fr.ozcar.insitu.core.deposit.qualify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The range of values a variable can physically take, by the thesaurus variable's English label (or,
 * for a variable the thesaurus does not resolve, the producer's own property name) and unit. The table is a
 * {@code ;}-separated file {@code variable;unit;min;max}; the shipped one
 * ({@code plausible-ranges.csv}) can be replaced with {@code insitu.import.plausible-ranges}.
 */
public final class PlausibleRanges {

    /** A closed range. */
    public record Range(double min, double max) {
    }

    private final Map<String, Range> ranges;

    private PlausibleRanges(Map<String, Range> ranges) {
        this.ranges = ranges;
    }

    public static PlausibleRanges shipped() {
        try (InputStream in = PlausibleRanges.class.getResourceAsStream("/plausible-ranges.csv")) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static PlausibleRanges of(Path table) {
        try (InputStream in = Files.newInputStream(table)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the plausible ranges " + table, e);
        }
    }

    private static PlausibleRanges read(InputStream in) throws IOException {
        Map<String, Range> ranges = new HashMap<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line; (line = reader.readLine()) != null; ) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split(";", -1);
            ranges.put(key(cells[0], cells[1]), new Range(Double.parseDouble(cells[2]), Double.parseDouble(cells[3])));
        }
        return new PlausibleRanges(Map.copyOf(ranges));
    }

    /** The range for a variable (label, or property name; any case) measured in {@code unit}. */
    public Optional<Range> of(String variable, String unit) {
        return variable == null ? Optional.empty() : Optional.ofNullable(ranges.get(key(variable, unit)));
    }

    private static String key(String variable, String unit) {
        return variable.strip().toLowerCase(Locale.ROOT) + '\u0000' + (unit == null ? "" : unit.strip());
    }
}

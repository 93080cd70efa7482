package fr.ozcar.insitu.core.deposit.qualify;

import fr.ozcar.insitu.core.deposit.validate.DataFileColumns;
import fr.ozcar.insitu.core.deposit.validate.DataFileParser;
import fr.ozcar.insitu.core.deposit.validate.DataRow;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Computes a {@link SeriesQualification} from the rows of one data file as the validation pass streams
 * them, in constant memory: a histogram of the intervals between rows (bounded), flag counts (bounded),
 * the last two values for spikes, and a sparkline whose buckets double in size as rows come.
 */
public final class Qualifier implements DataFileParser.RowSink {

    /** The sparkline has between this many and twice as many points (once the series has that many rows). */
    public static final int SPARKLINE_POINTS = 60;
    /** Distinct intervals kept; a series more irregular than this has no usual step. */
    private static final int MAX_INTERVALS = 10_000;
    private static final int MAX_FLAG_CODES = 100;
    /** A spike departs from both neighbours by this many times the series' mean absolute change. */
    private static final double SPIKE_FACTOR = 10;

    private final String observationId;
    private final boolean numeric;
    private final PlausibleRanges.Range range;

    private long rows;
    private long lastMicros = Long.MIN_VALUE;
    private final Map<Long, Long> intervals = new HashMap<>();
    private boolean irregular;
    private long longestMicros = -1;
    private long duplicates;
    private final Map<String, Long> flags = new TreeMap<>();
    private long missing;
    private long outsideRange;
    private long spikes;
    private double before = Double.NaN;
    private double last = Double.NaN;
    private double absoluteChangeSum;
    private long changes;
    private final List<double[]> buckets = new ArrayList<>();
    private long bucketRows = 1;
    private long inBucket;

    public Qualifier(String observationId, boolean numeric, PlausibleRanges.Range range) {
        this.observationId = observationId;
        this.numeric = numeric;
        this.range = range;
    }

    @Override
    public void row(DataRow row) {
        rows++;
        time(row.timeMicros());
        flags(row);
        if (row.missing()) {
            missing++;
            return;
        }
        if (numeric) {
            value(row.value());
        }
    }

    private void time(long micros) {
        if (lastMicros != Long.MIN_VALUE) {
            long interval = micros - lastMicros;
            longestMicros = Math.max(longestMicros, interval);
            if (interval < 1_000_000) {
                duplicates++;
            }
            long seconds = interval / 1_000_000;
            if (intervals.containsKey(seconds) || intervals.size() < MAX_INTERVALS) {
                intervals.merge(seconds, 1L, Long::sum);
            } else {
                irregular = true;
            }
        }
        lastMicros = micros;
    }

    private void flags(DataRow row) {
        String cell = row.isEmpty(DataFileColumns.FLAGS) ? "" : new String(row.line(), row.start(DataFileColumns.FLAGS),
                row.end(DataFileColumns.FLAGS) - row.start(DataFileColumns.FLAGS), StandardCharsets.UTF_8);
        for (String code : cell.split("\\|", -1)) {
            if (flags.containsKey(code) || flags.size() < MAX_FLAG_CODES) {
                flags.merge(code, 1L, Long::sum);
            }
        }
    }

    private void value(double value) {
        if (range != null && (value < range.min() || value > range.max())) {
            outsideRange++;
        }
        if (!Double.isNaN(before) && changes > 0) {
            double scale = absoluteChangeSum / changes;
            double fromBefore = last - before;
            double toNext = value - last;
            if (scale > 0 && Math.abs(fromBefore) > SPIKE_FACTOR * scale && Math.abs(toNext) > SPIKE_FACTOR * scale
                    && Math.signum(fromBefore) != Math.signum(toNext) && Math.abs(value - before) <= 2 * scale) {
                spikes++;
            }
        }
        if (!Double.isNaN(last)) {
            absoluteChangeSum += Math.abs(value - last);
            changes++;
        }
        before = last;
        last = value;
        sparkline(value);
    }

    private void sparkline(double value) {
        if (inBucket == 0) {
            if (buckets.size() == 2 * SPARKLINE_POINTS) {
                mergeBuckets();
            }
            buckets.add(new double[] {value, value});
        }
        double[] bucket = buckets.get(buckets.size() - 1);
        bucket[0] = Math.min(bucket[0], value);
        bucket[1] = Math.max(bucket[1], value);
        if (++inBucket == bucketRows) {
            inBucket = 0;
        }
    }

    private void mergeBuckets() {
        for (int i = 0; i < SPARKLINE_POINTS; i++) {
            double[] a = buckets.get(2 * i);
            double[] b = buckets.get(2 * i + 1);
            buckets.set(i, new double[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
        }
        buckets.subList(SPARKLINE_POINTS, buckets.size()).clear();
        bucketRows *= 2;
    }

    public SeriesQualification result() {
        Long step = null;
        long gaps = 0;
        if (!irregular && rows >= 3) {
            step = intervals.entrySet().stream().max(Map.Entry.<Long, Long>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey((a, b) -> Long.compare(b, a)))).orElseThrow().getKey();
            long usual = step;
            gaps = intervals.entrySet().stream().filter(entry -> entry.getKey() > 2 * usual)
                    .mapToLong(Map.Entry::getValue).sum();
        }
        return new SeriesQualification(observationId, rows, step, gaps,
                longestMicros < 0 ? null : longestMicros / 1_000_000, duplicates, Collections.unmodifiableMap(new TreeMap<>(flags)), missing,
                range == null ? null : range.min(), range == null ? null : range.max(), outsideRange, spikes, List.copyOf(buckets));
    }
}

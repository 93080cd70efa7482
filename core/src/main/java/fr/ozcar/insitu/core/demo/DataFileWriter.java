package fr.ozcar.insitu.core.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.PrimitiveIterator;
import java.util.SplittableRandom;

/**
 * Writes one observation's data file as producers do: four {@code #} header lines, the column
 * line, then one {@code ;}-terminated row per sample, streamed (a series is never held in memory).
 */
final class DataFileWriter {

    static final String COLUMNS = "date_begin;date_end;latitude;longitude;altitude;value;qualityFlags;";
    private static final int FLUSH_AT = 1 << 16;

    private final long extractionDate;

    DataFileWriter(long extractionDate) {
        this.extractionDate = extractionDate;
    }

    /** Writes the file to {@code out} (left open) and returns the number of measurement rows. */
    long write(String producerId, String datasetTitle, SeriesRun run, OutputStream out) throws IOException {
        DemoSeries series = run.series();
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        UtcTimestamps timestamps = new UtcTimestamps();
        StringBuilder text = new StringBuilder(FLUSH_AT + 1024);
        text.append("#Date_of_extraction;");
        timestamps.append(text, extractionDate);
        text.append(";\n#Observation_ID;").append(series.observationId(producerId))
                .append(";\n#Dataset_title;").append(datasetTitle)
                .append(";\n#Variable_name;").append(series.variable().name())
                .append(";\n").append(COLUMNS);
        List<AdditionalColumn> additional = series.additionalColumns();
        for (AdditionalColumn column : additional) {
            text.append(column.columnName()).append(';');
        }
        text.append('\n');

        Signal signal = run.signal();
        QualityModel quality = run.quality();
        SplittableRandom additionalRandom = run.additionalValues();
        QualityDictionary dictionary = series.style().quality();
        String missing = series.style().missingValue();
        long step = series.schedule().stepSeconds();
        long rows = 0;
        PrimitiveIterator.OfLong instants = run.instants();
        while (instants.hasNext()) {
            long time = instants.nextLong();
            double value = signal.next(time);
            RowQuality rowQuality = quality.next(time);
            if (series.interval()) {
                timestamps.append(text, time - step);
            }
            text.append(';');
            timestamps.append(text, time);
            text.append(';');
            series.track().appendPosition(text, time);
            boolean isMissing = rowQuality == RowQuality.MISSING;
            if (isMissing) {
                text.append(missing);
            } else {
                DecimalText.append(text, value, series.decimals());
            }
            text.append(';').append(dictionary.cell(rowQuality)).append(';');
            for (AdditionalColumn column : additional) {
                double derived = column.derivation().derive(value, additionalRandom);
                if (isMissing) {
                    text.append(missing);
                } else {
                    DecimalText.append(text, derived, column.decimals());
                }
                text.append(';');
            }
            text.append('\n');
            rows++;
            if (text.length() >= FLUSH_AT) {
                writer.append(text);
                text.setLength(0);
            }
        }
        writer.append(text);
        writer.flush();
        return rows;
    }
}

package fr.ozcar.insitu.export;

import java.time.Instant;
import java.util.List;

/**
 * The series of one dataset that one viewer may export, each with its time window already narrowed to what
 * the viewer may read.
 *
 * @param datasetId   the dataset of every series
 * @param fileStem    the file name without extension (the observation id, or the dataset id)
 * @param wholeDataset true when the scope is a dataset (its CSV is then a zip, one file per series)
 * @param extractedAt when these rows last changed (the producer's last deposit): the extraction date written in
 *                    files, so that the same download twice gives the same bytes and can be resumed
 * @param series      the series, in observation id order
 */
public record ExportScope(String datasetId, String fileStem, boolean wholeDataset, Instant extractedAt,
                          List<SeriesSlice> series) {

    public ExportScope {
        series = List.copyOf(series);
    }
}

package fr.ozcar.insitu.core.series;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * A window of a series ready to draw: either {@code buckets} ({@code aggregated}) or raw {@code points}.
 *
 * @param from the window's first instant (null for a series without measurements)
 * @param to   its last instant
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Plot(String observationId, String unit, Instant from, Instant to, boolean aggregated,
                   List<PlotBucket> buckets, List<PlotPoint> points) {

    static Plot aggregated(String observationId, String unit, Instant from, Instant to, List<PlotBucket> buckets) {
        return new Plot(observationId, unit, from, to, true, List.copyOf(buckets), null);
    }

    static Plot raw(String observationId, String unit, Instant from, Instant to, List<PlotPoint> points) {
        return new Plot(observationId, unit, from, to, false, null, List.copyOf(points));
    }
}

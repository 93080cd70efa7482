package fr.ozcar.insitu.core.series;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * One measurement as deposited.
 *
 * @param value null when missing (the plot draws a gap): always written, so that a script sees the gap
 * @param flag  the row's quality flags as deposited, left out when it has none
 */
public record PlotPoint(Instant time, @JsonInclude(JsonInclude.Include.ALWAYS) Double value, String flag) {
}

package fr.ozcar.insitu.core.demo;

import java.util.List;

/** A fixed station: every row carries the same position. */
final class StationPoint implements SamplingTrack {

    private final DemoStation station;
    private final String position;

    StationPoint(DemoStation station) {
        this.station = station;
        this.position = DecimalText.format(station.latitude(), 4) + ';' + DecimalText.format(station.longitude(), 4)
                + ';' + DecimalText.format(station.elevation(), 0) + ';';
    }

    @Override
    public void appendPosition(StringBuilder row, long epochSecond) {
        row.append(position);
    }

    @Override
    public String geometryType() {
        return "Point";
    }

    @Override
    public List<double[]> positions() {
        return List.of(new double[]{station.longitude(), station.latitude(), station.elevation()});
    }
}

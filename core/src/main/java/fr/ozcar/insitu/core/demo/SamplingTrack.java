package fr.ozcar.insitu.core.demo;

import java.util.List;

/** Where the samples of a series are taken: a fixed station or a moving platform. */
public interface SamplingTrack {

    /** Appends {@code latitude;longitude;altitude;} for a sample time. */
    void appendPosition(StringBuilder row, long epochSecond);

    /** GeoJSON geometry type of the sampling feature. */
    String geometryType();

    /** The geometry's positions, each {@code [longitude, latitude, elevation]}. */
    List<double[]> positions();
}

package fr.ozcar.insitu.sensorthings.entity;

import java.util.Arrays;
import java.util.Optional;

/** The API versions served, each under its own path segment. */
public enum StaVersion {
    V1_0("v1.0"),
    V1_1("v1.1");

    private final String segment;

    StaVersion(String segment) {
        this.segment = segment;
    }

    public String segment() {
        return segment;
    }

    public static Optional<StaVersion> fromSegment(String segment) {
        return Arrays.stream(values()).filter(v -> v.segment.equals(segment)).findFirst();
    }
}

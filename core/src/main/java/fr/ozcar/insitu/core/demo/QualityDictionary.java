package fr.ozcar.insitu.core.demo;

import java.util.List;

/**
 * A producer's quality flag codes, and which of them mean good, doubtful, missing and corrected:
 * observatories do not share one convention.
 */
public record QualityDictionary(QualityFlag good, QualityFlag doubtful, QualityFlag missing, QualityFlag corrected) {

    /** 0 good, 1 doubtful, 2 missing, 4 corrected: the most common convention. */
    public static final QualityDictionary STANDARD = new QualityDictionary(
            new QualityFlag("0", "Good data"),
            new QualityFlag("1", "Doubtful data"),
            new QualityFlag("2", "Missing or bad data"),
            new QualityFlag("4", "Value corrected for sensor drift"));

    /** AMMA-CATCH's two-digit codes. */
    public static final QualityDictionary AMMA = new QualityDictionary(
            new QualityFlag("11", "Valid data"),
            new QualityFlag("12", "Doubtful data, to be used with care"),
            new QualityFlag("14", "Missing data"),
            new QualityFlag("13", "Gap-filled or estimated value"));

    public List<QualityFlag> flags() {
        return List.of(good, doubtful, missing, corrected);
    }

    String cell(RowQuality quality) {
        return switch (quality) {
            case GOOD -> good.code();
            case DOUBTFUL -> doubtful.code();
            case CORRECTED -> corrected.code();
            case DOUBTFUL_AND_CORRECTED -> doubtful.code() + '|' + corrected.code();
            case MISSING -> missing.code();
        };
    }
}

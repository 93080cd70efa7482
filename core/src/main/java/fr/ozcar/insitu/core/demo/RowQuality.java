package fr.ozcar.insitu.core.demo;

/** What the quality control said about one row. */
enum RowQuality {
    GOOD, DOUBTFUL, CORRECTED, DOUBTFUL_AND_CORRECTED, MISSING
}

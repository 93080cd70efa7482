package fr.ozcar.insitu.core.deposit;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * One defect (or remark) found in a deposit, located as precisely as the input allows. Knows nothing
 * of HTTP: the web layer turns a rejected report into RFC 9457 problem details.
 *
 * @param code     stable kebab-case identifier, e.g. {@code csv-bad-date}
 * @param file     entry path inside the deposit; nested zips as {@code AGRH_DAT_x.zip!/AGRH_OBS_y.txt}
 * @param line     1-based line in {@code file}, or null
 * @param column   1-based column: the character position in a JSON file, the field number in a data file
 * @param jsonPath location in the metadata file, e.g. {@code $.datasets[2].observations[0].observedProperty.unit}
 */
public record Problem(Severity severity, String code, String message, String file, Long line, Integer column,
                      String jsonPath) {

    public enum Severity { ERROR, WARNING }

    public static Problem error(String code, String message) {
        return new Problem(Severity.ERROR, code, message, null, null, null, null);
    }

    public static Problem warning(String code, String message) {
        return new Problem(Severity.WARNING, code, message, null, null, null, null);
    }

    public Problem inFile(String file) {
        return new Problem(severity, code, message, file, line, column, jsonPath);
    }

    public Problem at(long line, Integer column) {
        return new Problem(severity, code, message, file, line, column, jsonPath);
    }

    public Problem atPath(String jsonPath) {
        return new Problem(severity, code, message, file, line, column, jsonPath);
    }

    @JsonIgnore // derived from severity: not a field of the report
    public boolean isError() {
        return severity == Severity.ERROR;
    }
}

package fr.ozcar.insitu.core.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks one data file against its observation's metadata, as the format describes it, and reports
 * every problem with its line number rather than stopping at the first.
 */
final class DataFileCheck {

    private static final int MAX_PROBLEMS = 20;

    private DataFileCheck() {
    }

    record Report(String fileName, long rows, long missingRows, long intervalRows, int distinctPositions,
                  List<String> problems) {
    }

    static Report check(String fileName, JsonNode observation, String datasetTitle, BufferedReader reader) throws IOException {
        List<String> problems = new ArrayList<>();
        JsonNode result = observation.path("result");
        String missingCode = result.path("missingValue").asText();
        Set<String> flags = new HashSet<>();
        result.path("qualityFlags").forEach(flag -> flags.add(flag.path("code").asText()));
        StringBuilder columns = new StringBuilder("date_begin;date_end;latitude;longitude;altitude;value;qualityFlags;");
        result.path("additionalValues").forEach(column -> columns.append(column.path("columnName").asText()).append(';'));
        int columnCount = 7 + result.path("additionalValues").size();
        String[] expectedHeader = {
                "#Date_of_extraction;2024-04-30T00:00:00Z;",
                "#Observation_ID;" + observation.path("observationId").asText() + ";",
                "#Dataset_title;" + datasetTitle + ";",
                "#Variable_name;" + observation.path("observedProperty").path("name").asText() + ";",
                columns.toString()};
        for (int i = 0; i < expectedHeader.length; i++) {
            String line = reader.readLine();
            if (!expectedHeader[i].equals(line)) {
                problems.add(fileName + ":" + (i + 1) + ": expected " + expectedHeader[i] + " but was " + line);
            }
        }
        long rows = 0;
        long missing = 0;
        long intervals = 0;
        Set<String> positions = new HashSet<>();
        Instant previous = Instant.MIN;
        int lineNumber = expectedHeader.length;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            rows++;
            String where = fileName + ":" + lineNumber + ": ";
            String[] cells = line.split(";", -1);
            if (!line.endsWith(";") || cells.length != columnCount + 1) {
                problems.add(where + "expected " + columnCount + " cells and a trailing ';': " + line);
                continue;
            }
            try {
                Instant end = Instant.parse(cells[1]);
                if (!end.isAfter(previous)) {
                    problems.add(where + "date_end not after the previous row's");
                }
                previous = end;
                if (!cells[0].isEmpty()) {
                    intervals++;
                    if (!Instant.parse(cells[0]).isBefore(end)) {
                        problems.add(where + "date_begin not before date_end");
                    }
                }
            } catch (DateTimeParseException e) {
                problems.add(where + "bad timestamp: " + e.getMessage());
            }
            positions.add(cells[2] + ";" + cells[3]);
            numeric(cells[2], where + "latitude", problems);
            numeric(cells[3], where + "longitude", problems);
            numeric(cells[4], where + "altitude", problems);
            if (cells[5].equals(missingCode)) {
                missing++;
            } else {
                numeric(cells[5], where + "value", problems);
            }
            for (String flag : cells[6].split("\\|")) {
                if (!flags.contains(flag)) {
                    problems.add(where + "flag " + flag + " not in the dictionary");
                }
            }
            for (int i = 7; i < columnCount; i++) {
                if (!cells[i].equals(missingCode)) {
                    numeric(cells[i], where + "additional value", problems);
                }
            }
        }
        return new Report(fileName, rows, missing, intervals, positions.size(),
                problems.subList(0, Math.min(MAX_PROBLEMS, problems.size())));
    }

    private static void numeric(String cell, String what, List<String> problems) {
        try {
            Double.parseDouble(cell);
            if (cell.contains(",") || cell.contains("e") || cell.contains("E")) {
                problems.add(what + " not in plain '.' decimal notation: " + cell);
            }
        } catch (NumberFormatException e) {
            problems.add(what + " not numeric: " + cell);
        }
    }
}

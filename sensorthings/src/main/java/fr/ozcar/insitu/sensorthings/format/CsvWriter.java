package fr.ozcar.insitu.sensorthings.format;

import com.fasterxml.jackson.core.JsonGenerator;
import fr.ozcar.insitu.core.text.SpreadsheetCells;
import fr.ozcar.insitu.sensorthings.entity.Property;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/**
 * RFC 4180 CSV: a header of the selected property names, one line per entity; JSON values as JSON text.
 * Cells a spreadsheet would run as formulas are {@linkplain SpreadsheetCells#neutralise neutralised}.
 */
final class CsvWriter implements CollectionWriter {

    private final BufferedWriter out;
    private final Selection selection;

    CsvWriter(OutputStream out, Selection selection) {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        this.selection = selection;
    }

    @Override
    public void begin(Long count) throws IOException {
        StringBuilder header = new StringBuilder();
        if (selection.id()) {
            header.append("id");
        }
        for (Property property : selection.properties()) {
            if (!header.isEmpty()) {
                header.append(',');
            }
            header.append(property.name());
        }
        out.write(header.append("\r\n").toString());
    }

    @Override
    public void entity(EntityRow row) throws IOException {
        StringBuilder line = new StringBuilder();
        if (selection.id()) {
            line.append(row.id());
        }
        for (int i = 0; i < selection.properties().size(); i++) {
            if (i > 0 || selection.id()) {
                line.append(',');
            }
            line.append(cell(selection.properties().get(i), row.value(i)));
        }
        out.write(line.append("\r\n").toString());
    }

    private static String cell(Property property, Object value) throws IOException {
        if (value == null) {
            return "";
        }
        String text = switch (property.kind()) {
            case STRING -> (String) value;
            case ID -> value.toString();
            case INSTANT, ROW_TIME, ROW_INTERVAL -> value.toString();
            case INTERVAL -> String.valueOf(((Interval) value).iso());
            case JSON, GEOMETRY -> (String) value;
            case RESULT, FLAGS -> scalar(property, value);
        };
        text = SpreadsheetCells.neutralise(text);
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    private static String scalar(Property property, Object value) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = ResultFormat.JSON_FACTORY.createGenerator(text)) {
            EntityJson.writeValue(json, property, value);
        }
        String written = text.toString();
        return written.startsWith("\"") ? written.substring(1, written.length() - 1) : written.equals("null") ? "" : written;
    }

    @Override
    public void end(String nextLink) throws IOException {
        out.flush();
    }
}

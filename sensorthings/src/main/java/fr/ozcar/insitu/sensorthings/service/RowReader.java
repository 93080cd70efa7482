package fr.ozcar.insitu.sensorthings.service;

import fr.ozcar.insitu.sensorthings.format.EntityRow;
import fr.ozcar.insitu.sensorthings.format.Interval;
import fr.ozcar.insitu.sensorthings.format.ResultValue;
import fr.ozcar.insitu.sensorthings.format.Selection;
import fr.ozcar.insitu.sensorthings.entity.Property;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The select list of a selection over a view alias, and the reading of its rows. */
final class RowReader {

    private final Selection selection;
    private final boolean observation;

    RowReader(Selection selection) {
        this.selection = selection;
        this.observation = selection.type().name().equals("Observation");
    }

    /** {@code alias.id, [alias.datastream_id,] alias.<columns>...} */
    String columns(String alias) {
        List<String> columns = new ArrayList<>();
        columns.add(alias + ".id");
        if (observation) {
            columns.add(alias + ".datastream_id");
        }
        for (Property property : selection.properties()) {
            for (String column : property.selectColumns()) {
                columns.add(alias + "." + column);
            }
        }
        return String.join(", ", columns);
    }

    /** Reads a row whose selected columns start at {@code first} (1-based). */
    EntityRow read(ResultSet rows, int first) throws SQLException {
        int column = first;
        long id = rows.getLong(column++);
        int seriesId = observation ? rows.getInt(column++) : 0;
        Object[] values = new Object[selection.properties().size()];
        for (int i = 0; i < values.length; i++) {
            Property property = selection.properties().get(i);
            switch (property.kind()) {
                case ID -> values[i] = rows.getLong(column++);
                case STRING, JSON, GEOMETRY, FLAGS -> values[i] = rows.getString(column++);
                case INSTANT -> values[i] = instant(rows.getTimestamp(column++));
                case INTERVAL -> {
                    Instant start = instant(rows.getTimestamp(column++));
                    Instant end = instant(rows.getTimestamp(column++));
                    values[i] = new Interval(start, end);
                }
                case RESULT -> {
                    double number = rows.getDouble(column++);
                    Double boxed = rows.wasNull() ? null : number;
                    String text = rows.getString(column++);
                    Array additional = rows.getArray(column++);
                    values[i] = new ResultValue(boxed, text, additional == null ? null : (String[]) additional.getArray());
                }
            }
        }
        return new EntityRow(id, values, seriesId);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}

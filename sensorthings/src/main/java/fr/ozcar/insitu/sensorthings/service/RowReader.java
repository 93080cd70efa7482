package fr.ozcar.insitu.sensorthings.service;

import fr.ozcar.insitu.sensorthings.entity.ObservationId;
import fr.ozcar.insitu.sensorthings.entity.Property;
import fr.ozcar.insitu.sensorthings.format.EntityRow;
import fr.ozcar.insitu.sensorthings.format.Interval;
import fr.ozcar.insitu.sensorthings.format.IsoInstant;
import fr.ozcar.insitu.sensorthings.format.ResultValue;
import fr.ozcar.insitu.sensorthings.format.Selection;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
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
        if (observation) {
            // the id is derived in Java from the row key: cheaper than computing it per row in SQL
            columns.add(alias + ".datastream_id");
            columns.add(alias + ".time");
            // rows of a series with additional values always carry the array (null elements for gaps)
            columns.add(alias + ".result_additional is not null");
        } else {
            columns.add(alias + ".id");
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
        long id;
        int seriesId = 0;
        boolean multiDatastream = false;
        String time = null; // an observation's row time, formatted once for its two time properties
        Instant rowTime = null;
        if (observation) {
            seriesId = rows.getInt(column++);
            rowTime = instant(rows, column++);
            multiDatastream = rows.getBoolean(column++);
            id = ObservationId.encode(seriesId, rowTime);
            time = IsoInstant.format(rowTime);
        } else {
            id = rows.getLong(column++);
        }
        Object[] values = new Object[selection.properties().size()];
        for (int i = 0; i < values.length; i++) {
            Property property = selection.properties().get(i);
            switch (property.kind()) {
                case ID -> values[i] = rows.getLong(column++);
                case STRING, JSON, GEOMETRY, FLAGS -> values[i] = rows.getString(column++);
                case INSTANT -> values[i] = instant(rows, column++);
                case INTERVAL -> {
                    Instant start = instant(rows, column++);
                    values[i] = new Interval(start, instant(rows, column++));
                }
                case ROW_TIME -> values[i] = time;
                case ROW_INTERVAL -> {
                    Instant begin = instant(rows, column++);
                    values[i] = begin == null ? time : IsoInstant.format(begin) + "/" + time;
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
        return new EntityRow(id, values, seriesId, multiDatastream, rowTime);
    }

    private static Instant instant(ResultSet rows, int column) throws SQLException {
        OffsetDateTime time = rows.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }
}

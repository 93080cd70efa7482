package fr.ozcar.insitu.web.streaming;

import fr.ozcar.insitu.core.testing.TestDatabase;
import fr.ozcar.insitu.sensorthings.StaFixture;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The SensorThings fixture plus one long series: stream water temperature at Kervidy every 15 minutes
 * from 1980 on (up to 1.3 million rows end before the fixture's own, in 2019), large enough that its data
 * file and a page of its observations are tens of megabytes.
 */
public final class LargeSeries {

    public static final int SERIES_ID = 4;
    static final String OBSERVATION_ID = "AGRH_OBS_TW_Ker";

    private LargeSeries() {
    }

    /** Loads the fixture and {@code rows} more measurements of {@link #SERIES_ID} (before the fixture's own). */
    public static void load(TestDatabase database, int rows) {
        StaFixture.load(database);
        try (Connection connection = database.connect();
             PreparedStatement insert = connection.prepareStatement("""
                     insert into measurement (series_id, time, value, flags)
                     select ?, timestamptz '1980-01-01T00:00:00Z' + make_interval(mins => 15 * i),
                            round((11 + 4 * sin(i / 96.0 * 2 * pi()))::numeric, 2)::double precision, '0'
                     from generate_series(0, ? - 1) i""")) {
            insert.setInt(1, SERIES_ID);
            insert.setInt(2, rows);
            insert.executeUpdate();
            // as an import would: SensorThings counts a series' observations from its summary
            connection.createStatement().execute("update series set row_count = (select count(*) from measurement"
                    + " where series_id = " + SERIES_ID + ") where id = " + SERIES_ID);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot load the long series", e);
        }
    }
}

package fr.ozcar.insitu.core.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * A producer whose rows straddle an embargo window, relative to today: producer {@code EMBA}, one
 * station, dataset {@code EMBA_DAT_Flux} under a 30-day embargo with one privileged user, and dataset
 * {@code EMBA_DAT_Open} without embargo. Each series has one row a day at 12:00 UTC for the last 60
 * days (today excluded): the 30 oldest are open, the 30 latest fall inside the window. Values inside
 * the window are 1000 and above so that a leaked maximum shows.
 */
public final class EmbargoedDataset {

    public static final String PRODUCER = "EMBA";
    public static final String PRIVILEGED_EMAIL = "sylvie.galle@ird.fr";
    public static final int EMBARGO_DAYS = 30;
    /** In the embargoed dataset: 30 open rows, 30 hidden. */
    public static final int FLUX_SERIES = 901;
    public static final String FLUX_OBSERVATION = "EMBA_OBS_H_Ara";
    /** In the embargoed dataset: its 5 rows are all inside the window. */
    public static final int RECENT_SERIES = 902;
    /** In the open dataset: 60 open rows. */
    public static final int OPEN_SERIES = 903;
    public static final int STATION = 901;
    public static final int OPEN_ROWS = 30;
    public static final int HIDDEN_ROWS = 30;

    private EmbargoedDataset() {
    }

    /** Loads the producer into {@code database} and returns it. */
    public static TestDatabase load(TestDatabase database) {
        try (Connection connection = database.connect(); Statement sql = connection.createStatement()) {
            sql.execute(SCRIPT);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot load the embargoed dataset", e);
        }
        return database;
    }

    /** The first instant hidden today: 00:00 UTC, 30 days ago. */
    public static java.time.Instant hiddenFrom() {
        return LocalDate.now(ZoneOffset.UTC).minusDays(EMBARGO_DAYS).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static final String SCRIPT = """
            insert into producer (id, name, title, description, document, deposit_sha256) values
              ('EMBA', 'Embargo observatory', 'An observatory with an embargo', 'Fluxes under embargo', '{}', 'e');
            insert into dataset (id, producer_id, title, description, embargo_days, document) values
              ('EMBA_DAT_Flux', 'EMBA', 'Fluxes at Ara', 'Eddy covariance', 30,
               '{"metadata":{"dataConstraint":{"accessUseConstraint":"embargo","embargo":{"duration":30,
                 "priviledgedUsers":["Sylvie.Galle@ird.fr"]}}}}'),
              ('EMBA_DAT_Open', 'EMBA', 'Rain at Ara', 'Rain gauge', null, '{}');
            insert into sampling_feature (id, producer_id, name, geometry, geometry_type, longitude, latitude, properties) values
              (901, 'EMBA', 'Ara', '{"type":"Point","coordinates":[1.718,9.7912]}', 'Point', 1.718, 9.7912, '{}');
            insert into series (id, observation_id, dataset_id, sampling_feature_id, property_name, unit,
                                processing_level, data_type, time_serie, data_file, document) values
              (901, 'EMBA_OBS_H_Ara', 'EMBA_DAT_Flux', 901, 'Sensible heat flux', 'W/m2', 'Raw data', 'Numeric', true, 'h.txt', '{}'),
              (902, 'EMBA_OBS_LE_Ara', 'EMBA_DAT_Flux', 901, 'Latent heat flux', 'W/m2', 'Raw data', 'Numeric', true, 'le.txt', '{}'),
              (903, 'EMBA_OBS_P_Ara', 'EMBA_DAT_Open', 901, 'Precipitation', 'mm', 'Raw data', 'Numeric', true, 'p.txt', '{}');
            insert into measurement (series_id, time, value, flags)
            select s.id, ((now() at time zone 'UTC')::date - d + time '12:00') at time zone 'UTC',
                   case when d > 30 then d else 1000 + d end, ''
            from (values (901), (903)) s(id), generate_series(1, 60) d;
            insert into measurement (series_id, time, value)
            select 902, ((now() at time zone 'UTC')::date - d + time '12:00') at time zone 'UTC', 2000 + d
            from generate_series(1, 5) d;
            update series s set row_count = m.n, first_time = m.first, last_time = m.last, min_value = m.min, max_value = m.max
            from (select series_id, count(*) n, min(time) first, max(time) last, min(value) min, max(value) max
                  from measurement group by series_id) m
            where m.series_id = s.id and s.id between 901 and 903;
            """;
}

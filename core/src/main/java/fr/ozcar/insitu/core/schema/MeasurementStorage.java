package fr.ozcar.insitu.core.schema;

import java.util.List;

/**
 * The DDL of the narrow measurement table, keyed by (series, time). Its key starts with the series
 * id so that the table can later be distributed on it (Citus, multi-node TimescaleDB).
 *
 * <p>Two physical layouts, same columns: a TimescaleDB hypertable compressed and segmented by series
 * when the extension exists, otherwise a native table range-partitioned by year (partitions are
 * created on demand by {@link MeasurementPartitions}).
 */
public enum MeasurementStorage {
    TIMESCALE_HYPERTABLE {
        @Override
        public List<String> ddl() {
            return List.of(
                    "create extension if not exists timescaledb",
                    TABLE,
                    "select create_hypertable('measurement', by_range('time', interval '1 year'))",
                    "alter table measurement set (timescaledb.compress,"
                            + " timescaledb.compress_segmentby = 'series_id',"
                            + " timescaledb.compress_orderby = 'time')",
                    // most deposits are historical: compress chunks once they are a quarter old
                    "select add_compression_policy('measurement', interval '90 days')");
        }
    },
    YEARLY_PARTITIONS {
        @Override
        public List<String> ddl() {
            return List.of(
                    TABLE + " partition by range (time)",
                    "create table measurement_default partition of measurement default");
        }
    };

    static final String TABLE = """
            create table measurement (
                series_id   integer not null,
                time        timestamptz not null,
                time_begin  timestamptz,
                value       double precision,
                result      text,
                flags       text,
                longitude   double precision,
                latitude    double precision,
                altitude    double precision,
                additional  text[],
                primary key (series_id, time)
            )""";

    /** Statements that create the measurement table in this layout, in order. */
    public abstract List<String> ddl();

    public static MeasurementStorage choose(DatabaseCapabilities capabilities) {
        return capabilities.timescale() ? TIMESCALE_HYPERTABLE : YEARLY_PARTITIONS;
    }
}

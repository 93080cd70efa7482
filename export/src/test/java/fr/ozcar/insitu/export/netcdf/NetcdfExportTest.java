package fr.ozcar.insitu.export.netcdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ozcar.insitu.core.access.Viewer;
import fr.ozcar.insitu.export.ExportOptions;
import fr.ozcar.insitu.export.ExportRefused;
import fr.ozcar.insitu.export.ExportScopes;
import fr.ozcar.insitu.export.ImportedCatc;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ucar.ma2.Array;
import ucar.ma2.ArrayChar;
import ucar.nc2.NetcdfFile;
import ucar.nc2.Variable;

class NetcdfExportTest {

    @TempDir
    Path scratch;

    @Test
    void aDatasetIsOneCfTimeSeriesFileWithAcddAttributesThatNcdumpReads() throws Exception {
        DataSource source = ImportedCatc.database(scratch);
        Path file = exportDataset(source, "CATC_DAT_Meteo");

        Process ncdump = new ProcessBuilder("ncdump", "-h", file.toString()).redirectErrorStream(true).start();
        String header = new String(ncdump.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(ncdump.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(ncdump.exitValue()).as(header).isZero();
        assertThat(header).contains("obs = UNLIMITED ; // (10 currently)", "timeseries = 2 ;",
                ":featureType = \"timeSeries\" ;", ":Conventions = \"CF-1.8, ACDD-1.3\" ;",
                "station_id:cf_role = \"timeseries_id\" ;", "row_size:sample_dimension = \"obs\" ;",
                "time:units = \"seconds since 1970-01-01 00:00:00 UTC\" ;", "time:bounds = \"time_bnds\" ;");

        try (NetcdfFile nc = NetcdfFile.open(file.toString())) {
            assertThat(global(nc, "title")).isEqualTo("Meteorological station of the upper catchment");
            assertThat(global(nc, "id")).isEqualTo("10.15148/0000-0000-TEST");
            assertThat(global(nc, "license")).isEqualTo("CC-BY-4.0 https://creativecommons.org/licenses/by/4.0/");
            assertThat(global(nc, "creator_name")).isEqualTo("Marie Durand");
            assertThat(global(nc, "institution")).isEqualTo("Géosciences Environnement");
            assertThat(global(nc, "keywords"))
                    .isEqualTo("meteorology, air temperature <https://w3id.org/ozcar-theia/atmosphericTemperature>");
            assertThat(global(nc, "time_coverage_start")).isEqualTo("2019-12-31T23:30:00Z");
            assertThat(nc.findGlobalAttribute("geospatial_lat_min").getNumericValue().doubleValue()).isEqualTo(43.2312);
            Variable quality = nc.findVariable("air_temperature_at_height_2_m_quality_flag");
            assertThat(quality.findAttribute("flag_meanings").getStringValue()).isEqualTo("good doubtful missing");
            assertThat(quality.findAttribute("flag_values").getValues().getShort(1)).isEqualTo((short) 4);
            assertThat(nc.findVariable("air_temperature_at_height_2_m").findAttribute("ancillary_variables")
                    .getStringValue()).isEqualTo("air_temperature_at_height_2_m_quality_flag quality_flags");
        }
    }

    @Test
    void eachFeaturesRaggedRowsAreItsSeriesRowsInOrder() throws Exception {
        DataSource source = ImportedCatc.database(scratch);
        Path file = exportDataset(source, "CATC_DAT_Meteo");

        try (NetcdfFile nc = NetcdfFile.open(file.toString())) {
            ArrayChar ids = (ArrayChar) nc.findVariable("station_id").read();
            int[] rowSize = (int[]) nc.findVariable("row_size").read().copyTo1DJavaArray();
            double[] time = (double[]) nc.findVariable("time").read().copyTo1DJavaArray();
            double[] bounds = (double[]) nc.findVariable("time_bnds").read().copyTo1DJavaArray();
            ArrayChar flags = (ArrayChar) nc.findVariable("quality_flags").read();
            int start = 0;
            for (int feature = 0; feature < rowSize.length; feature++) {
                String observationId = ids.getString(feature);
                String name = observationId.equals("CATC_OBS_AirTemp_Upper") ? "air_temperature_at_height_2_m" : "precipitation";
                double[] values = (double[]) nc.findVariable(name).read().copyTo1DJavaArray();
                List<String> written = new ArrayList<>();
                for (int row = start; row < start + rowSize[feature]; row++) {
                    written.add(time[row] + " " + bounds[2 * row] + " " + values[row] + " " + flags.getString(row));
                }
                assertThat(written).as(observationId).isNotEmpty().containsExactlyElementsOf(sourceRows(source, observationId));
                start += rowSize[feature];
            }
            assertThat(start).isEqualTo(time.length);
        }
    }

    @Test
    void aVariableMappedToACfStandardNameCarriesIt() throws Exception {
        DataSource source = ImportedCatc.database(scratch);
        try (Connection connection = source.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("insert into variable (iri, label, cf_standard_name)"
                    + " values ('https://w3id.org/ozcar-theia/atmosphericTemperature', 'Air temperature', 'air_temperature')");
            statement.execute("update series set variable_iri = 'https://w3id.org/ozcar-theia/atmosphericTemperature'"
                    + " where observation_id = 'CATC_OBS_AirTemp_Upper'");
        }
        Path file = exportDataset(source, "CATC_DAT_Meteo");

        try (NetcdfFile nc = NetcdfFile.open(file.toString())) {
            assertThat(nc.findVariable("air_temperature_at_height_2_m").findAttribute("standard_name").getStringValue())
                    .isEqualTo("air_temperature");
            assertThat(nc.findVariable("precipitation").findAttribute("standard_name")).isNull();
        }
    }

    @Test
    void textSeriesAreLeftOutAndSaidSo() throws Exception {
        DataSource source = ImportedCatc.database(scratch);
        Path file = exportDataset(source, "CATC_DAT_River");

        try (NetcdfFile nc = NetcdfFile.open(file.toString())) {
            assertThat(nc.findDimension("timeseries").getLength()).isEqualTo(1);
            assertThat(global(nc, "comment")).contains("CATC_OBS_FieldNotes_Bridge");
        }
        ExportScopes scopes = new ExportScopes(source);
        assertThatThrownBy(() -> new NetcdfFormat(source, scratch).prepare(
                scopes.series("CATC_OBS_FieldNotes_Bridge", ExportOptions.ALL, Viewer.ANONYMOUS), ExportOptions.ALL))
                .isInstanceOf(ExportRefused.class)
                .extracting(e -> ((ExportRefused) e).reason()).isEqualTo(ExportRefused.Reason.NOT_IN_FORMAT);
    }

    /** Rows as the file should hold them: end time, begin time (the end when none), value (fill when missing), flags. */
    private static List<String> sourceRows(DataSource source, String observationId) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection connection = source.getConnection(); PreparedStatement statement = connection.prepareStatement(
                "select extract(epoch from m.time)::float8, extract(epoch from coalesce(m.time_begin, m.time))::float8,"
                        + " coalesce(m.value, 9.969209968386869E36), coalesce(m.flags, '')"
                        + " from measurement m join series s on s.id = m.series_id where s.observation_id = ? order by m.time")) {
            statement.setString(1, observationId);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    rows.add(row.getDouble(1) + " " + row.getDouble(2) + " " + row.getDouble(3) + " " + row.getString(4));
                }
            }
        }
        return rows;
    }

    private Path exportDataset(DataSource source, String datasetId) throws Exception {
        Path file = scratch.resolve(datasetId + ".nc");
        try (OutputStream out = Files.newOutputStream(file)) {
            new NetcdfFormat(source, scratch).prepare(
                    new ExportScopes(source).dataset(datasetId, ExportOptions.ALL, Viewer.ANONYMOUS), ExportOptions.ALL)
                    .writeTo(out);
        }
        return file;
    }

    private static String global(NetcdfFile nc, String name) {
        return nc.findGlobalAttribute(name).getStringValue();
    }
}

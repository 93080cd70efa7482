package fr.ozcar.insitu.core.deposit.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ozcar.insitu.core.deposit.ImportLimits;
import fr.ozcar.insitu.core.deposit.ImportProgress;
import fr.ozcar.insitu.core.deposit.Problems;
import fr.ozcar.insitu.core.deposit.read.DepositReader;
import fr.ozcar.insitu.core.deposit.validate.DataFileIndex;
import fr.ozcar.insitu.core.deposit.validate.DataFileParser;
import fr.ozcar.insitu.core.deposit.validate.DataFileSummary;
import fr.ozcar.insitu.core.deposit.validate.DepositValidation;
import fr.ozcar.insitu.core.enrichment.StationEnrichment;
import fr.ozcar.insitu.core.deposit.validate.UtcTimestamps;
import fr.ozcar.insitu.core.model.Contact;
import fr.ozcar.insitu.core.model.Dataset;
import fr.ozcar.insitu.core.model.Funding;
import fr.ozcar.insitu.core.model.Keyword;
import fr.ozcar.insitu.core.model.Observation;
import fr.ozcar.insitu.core.model.Organisation;
import fr.ozcar.insitu.core.model.PivotDeposit;
import fr.ozcar.insitu.core.model.Producer;
import fr.ozcar.insitu.core.model.SamplingFeature;
import fr.ozcar.insitu.core.variable.VariableResolution;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Replaces a producer's current version by a validated deposit, inside the caller's transaction:
 * the caller commits, or rolls back on any exception, so readers see the old version or the new one,
 * never a mixture. Identities are kept across versions: datasets by id, series by observation id,
 * sampling features by (producer, name); what the new version no longer has is deleted, its
 * measurements explicitly (they have no foreign key). Series whose data file (and the metadata that
 * shapes its rows) did not change keep their measurements untouched.
 */
public final class DepositLoader {

    /** COPY buffer: rows are streamed to PostgreSQL in chunks of this size, whatever the file's size. */
    static final int COPY_BUFFER_BYTES = 1 << 20; // large enough to absorb the server's pauses

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Connection connection;
    private final ImportLimits limits;

    public DepositLoader(Connection connection, ImportLimits limits) {
        this.connection = connection;
        this.limits = limits;
    }

    /** The outcome of a load: the producer's new revision and how many series were (re)loaded. */
    public record Loaded(int revision, int seriesReloaded) {
    }

    /**
     * Serialises imports of one producer until the transaction ends, then tells the sha256 of the
     * producer's current deposit (null when it has none).
     */
    public String lockProducer(String producerId) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(
                "select pg_advisory_xact_lock(hashtext('insitu-import'), hashtext(?))")) {
            lock.setString(1, producerId);
            lock.execute();
        }
        try (PreparedStatement select = connection.prepareStatement(
                "select deposit_sha256 from producer where id = ?")) {
            select.setString(1, producerId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    /** @param enrichments what was derived for each station, by station name */
    public Loaded load(PivotDeposit deposit, DepositValidation validation,
                       Map<String, VariableResolution> resolutions, Map<String, StationEnrichment> enrichments,
                       DepositReader reader, ImportProgress progress, Problems problems)
            throws SQLException, IOException {
        CompressedChunks.prepareTransaction(connection);
        Producer producer = deposit.producer();
        int revision = upsertProducer(deposit, validation.depositSha256());
        List<String> observationIds = new ArrayList<>();
        List<String> datasetIds = new ArrayList<>();
        for (Dataset dataset : deposit.datasets()) {
            datasetIds.add(dataset.id());
            dataset.observations().forEach(observation -> observationIds.add(observation.id()));
        }
        deleteWhatIsGone(producer.id(), datasetIds, observationIds);
        replaceContactsAndFundings(producer);
        Map<String, Integer> stations = new HashMap<>();
        Map<String, SeriesToLoad> toLoad = new HashMap<>();
        List<Observation> observations = new ArrayList<>();
        Map<String, String> datasetOf = new HashMap<>(); // observation id -> dataset id
        for (Dataset dataset : deposit.datasets()) {
            upsertDataset(producer.id(), dataset);
            for (Observation observation : dataset.observations()) {
                observations.add(observation);
                datasetOf.put(observation.id(), dataset.id());
            }
        }
        // new series get their ids in the order their files are read, so that COPY appends to the
        // primary key (series, time) at its right edge rather than splitting pages in its middle
        observations.sort(Comparator.comparingInt(observation -> validation.readOrder(observation)));
        for (Observation observation : observations) {
            SamplingFeature station = observation.samplingFeature();
            Integer stationId = stations.get(station.name());
            if (stationId == null) {
                stationId = upsertStation(producer.id(), station, enrichments.get(station.name()));
                stations.put(station.name(), stationId);
            }
            String dataSha = rowsDigest(validation.fileSha256(observation), observation);
            SeriesRow series = upsertSeries(datasetOf.get(observation.id()), stationId, observation,
                    resolutions.get(observation.id()));
            if (!dataSha.equals(series.dataSha256())) {
                toLoad.put(observation.id(), new SeriesToLoad(series.id(), dataSha, series.existed()));
            }
        }
        deleteUnusedStations(producer.id());
        loadMeasurements(deposit, validation, toLoad, reader, progress);
        return new Loaded(revision, toLoad.size());
    }

    private record SeriesRow(int id, String dataSha256, boolean existed) {
    }

    private record SeriesToLoad(int seriesId, String dataSha256, boolean existed) {
    }

    private void loadMeasurements(PivotDeposit deposit, DepositValidation validation, Map<String, SeriesToLoad> toLoad,
                                  DepositReader reader, ImportProgress progress)
            throws SQLException, IOException {
        CompressedChunks.deleteSeries(connection, toLoad.values().stream().filter(SeriesToLoad::existed)
                .map(SeriesToLoad::seriesId).toArray(Integer[]::new));
        long rowsTotal = 0;
        for (String id : toLoad.keySet()) {
            rowsTotal += validation.summaries().get(id).rows();
        }
        progress.started(ImportProgress.Phase.LOADING, toLoad.size(), rowsTotal);
        DataFileIndex index = new DataFileIndex(deposit);
        var copyManager = connection.unwrap(PGConnection.class).getCopyAPI();
        long[] rowsDone = {0};
        int[] filesDone = {0};
        try (PreparedStatement summary = connection.prepareStatement("update series set data_sha256 = ?,"
                + " row_count = ?, first_time = ?, last_time = ?, min_value = ?, max_value = ? where id = ?")) {
            reader.forEachDataFile((file, content, digest) -> {
                Observation observation = index.find(file);
                SeriesToLoad series = observation == null ? null : toLoad.get(observation.id());
                if (series == null) {
                    return; // unchanged since the previous version, or not a data file
                }
                DataFileSummary result;
                long base = rowsDone[0];
                try {
                    CopyIn copy = copyManager.copyIn(MeasurementCopy.COPY_SQL);
                    try (PGCopyOutputStream out = new PGCopyOutputStream(copy, COPY_BUFFER_BYTES)) {
                        MeasurementCopy rows = new MeasurementCopy(out, series.seriesId(), observation.numeric(),
                                observation.additionalValues().size());
                        // the validation pass reported this file's warnings already: a second report would list them twice
                        result = new DataFileParser(observation, limits.maxLineBytes()).parse(content, file.path(),
                                new Problems(limits.maxProblemsPerFile()), rows, n -> progress.advanced(ImportProgress.Phase.LOADING,
                                        filesDone[0], base + n));
                        rows.finish();
                    }
                    if (!result.valid()) {
                        throw new IllegalStateException("data file " + file.path()
                                + " changed between validation and load");
                    }
                    summary.setString(1, series.dataSha256());
                    summary.setLong(2, result.rows());
                    summary.setObject(3, timestamp(result.firstMicros()));
                    summary.setObject(4, timestamp(result.lastMicros()));
                    setDouble(summary, 5, result.minValue());
                    setDouble(summary, 6, result.maxValue());
                    summary.setInt(7, series.seriesId());
                    summary.executeUpdate();
                } catch (SQLException e) {
                    throw new LoadFailedException(file.path(), e);
                } catch (IOException e) {
                    if (e.getCause() instanceof SQLException sql) { // COPY streams wrap the server's refusal
                        throw new LoadFailedException(file.path(), sql);
                    }
                    throw e;
                }
                rowsDone[0] += result.rows();
                progress.advanced(ImportProgress.Phase.LOADING, ++filesDone[0], rowsDone[0]);
            }, false);
        }
    }

    /**
     * The digest that decides whether a series must be reloaded: its data file's sha256 salted with
     * the metadata that shapes its stored rows (missing code, data type, station position, columns).
     */
    static String rowsDigest(String fileSha256, Observation observation) {
        SamplingFeature station = observation.samplingFeature();
        String salt = "rows-v1\n" + fileSha256 + "\n" + observation.missingValue() + "\n" + observation.dataType()
                + "\n" + station.longitude() + "," + station.latitude() + "," + station.altitude() + "\n"
                + observation.additionalValues().stream().map(v -> v.columnName()).toList();
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(salt.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private int upsertProducer(PivotDeposit deposit, String depositSha) throws SQLException {
        Producer p = deposit.producer();
        try (PreparedStatement upsert = connection.prepareStatement("""
                insert into producer (id, name, title, description, objectives, measured_variables, email,
                                      online_resource, pivot_version, document, deposit_sha256)
                values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?::jsonb, ?)
                on conflict (id) do update set name = excluded.name, title = excluded.title,
                    description = excluded.description, objectives = excluded.objectives,
                    measured_variables = excluded.measured_variables, email = excluded.email,
                    online_resource = excluded.online_resource, pivot_version = excluded.pivot_version,
                    document = excluded.document, deposit_sha256 = excluded.deposit_sha256,
                    revision = producer.revision + 1, imported_at = now()
                returning revision""")) {
            upsert.setString(1, p.id());
            upsert.setString(2, p.name());
            upsert.setString(3, p.title());
            upsert.setString(4, p.description());
            upsert.setString(5, p.objectives());
            upsert.setString(6, p.measuredVariables());
            upsert.setString(7, p.email());
            upsert.setString(8, json(p.onlineResource()));
            upsert.setString(9, deposit.version());
            upsert.setString(10, json(deposit.document()));
            upsert.setString(11, depositSha);
            try (ResultSet rows = upsert.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private void deleteWhatIsGone(String producerId, List<String> datasetIds, List<String> observationIds)
            throws SQLException {
        var observations = connection.createArrayOf("text", observationIds.toArray());
        var datasets = connection.createArrayOf("text", datasetIds.toArray());
        List<Integer> gone = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("""
                select s.id from series s join dataset d on d.id = s.dataset_id
                where d.producer_id = ? and not (s.observation_id = any (?))""")) {
            select.setString(1, producerId);
            select.setArray(2, observations);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    gone.add(rows.getInt(1));
                }
            }
        }
        // by bound ids, not through a subquery: see CompressedChunks
        CompressedChunks.deleteSeries(connection, gone.toArray(Integer[]::new));
        try (PreparedStatement series = connection.prepareStatement("""
                delete from series s using dataset d
                where d.id = s.dataset_id and d.producer_id = ? and not (s.observation_id = any (?))""");
             PreparedStatement dataset = connection.prepareStatement(
                     "delete from dataset where producer_id = ? and not (id = any (?))")) {
            series.setString(1, producerId);
            series.setArray(2, observations);
            series.executeUpdate();
            dataset.setString(1, producerId);
            dataset.setArray(2, datasets);
            dataset.executeUpdate();
        }
    }

    private void replaceContactsAndFundings(Producer producer) throws SQLException {
        try (PreparedStatement contacts = connection.prepareStatement("delete from contact where producer_id = ?");
             PreparedStatement fundings = connection.prepareStatement("delete from funding where producer_id = ?")) {
            contacts.setString(1, producer.id());
            contacts.executeUpdate();
            fundings.setString(1, producer.id());
            fundings.executeUpdate();
        }
        insertContacts(producer.id(), null, producer.contacts());
        try (PreparedStatement insert = connection.prepareStatement("insert into funding (producer_id, position,"
                + " type, iso3166, acronym, name, id_scanr) values (?, ?, ?, ?, ?, ?, ?)")) {
            int position = 0;
            for (Funding funding : producer.fundings()) {
                insert.setString(1, producer.id());
                insert.setInt(2, position++);
                insert.setString(3, funding.type());
                insert.setString(4, funding.iso3166());
                insert.setString(5, funding.acronym());
                insert.setString(6, funding.name());
                insert.setString(7, funding.idScanR());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private void insertContacts(String producerId, String datasetId, List<Contact> contacts) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into contact (producer_id, dataset_id,"
                + " position, first_name, last_name, email, role, orcid, organisation_id)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int position = 0;
            for (Contact contact : contacts) {
                insert.setString(1, producerId);
                insert.setString(2, datasetId);
                insert.setInt(3, position++);
                insert.setString(4, contact.firstName());
                insert.setString(5, contact.lastName());
                insert.setString(6, contact.email());
                insert.setString(7, contact.role());
                insert.setString(8, contact.orcid());
                if (contact.organisation() == null) {
                    insert.setNull(9, Types.BIGINT);
                } else {
                    insert.setLong(9, organisation(contact.organisation()));
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Organisations are shared by all producers that name them identically. */
    private long organisation(Organisation organisation) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("""
                insert into organisation (name, acronym, role, iso3166, id_scanr) values (?, ?, ?, ?, ?)
                on conflict (name, acronym, role, iso3166, id_scanr) do update set name = excluded.name
                returning id""")) {
            upsert.setString(1, organisation.name());
            upsert.setString(2, organisation.acronym());
            upsert.setString(3, organisation.role());
            upsert.setString(4, organisation.iso3166());
            upsert.setString(5, organisation.idScanR());
            try (ResultSet rows = upsert.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private void upsertDataset(String producerId, Dataset d) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("""
                insert into dataset (id, producer_id, title, description, objective, lineage, topic_categories,
                                     inspire_theme, access_use_constraint, licence_title, licence_url,
                                     data_policy_url, embargo_days, doi, spatial_extent, document)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb)
                on conflict (id) do update set title = excluded.title, description = excluded.description,
                    objective = excluded.objective, lineage = excluded.lineage,
                    topic_categories = excluded.topic_categories, inspire_theme = excluded.inspire_theme,
                    access_use_constraint = excluded.access_use_constraint, licence_title = excluded.licence_title,
                    licence_url = excluded.licence_url, data_policy_url = excluded.data_policy_url,
                    embargo_days = excluded.embargo_days, doi = excluded.doi,
                    spatial_extent = excluded.spatial_extent, document = excluded.document
                where dataset.producer_id = excluded.producer_id""")) {
            upsert.setString(1, d.id());
            upsert.setString(2, producerId);
            upsert.setString(3, d.title());
            upsert.setString(4, d.description());
            upsert.setString(5, d.objective());
            upsert.setString(6, d.lineage());
            upsert.setArray(7, connection.createArrayOf("text", d.topicCategories().toArray()));
            upsert.setString(8, d.inspireTheme());
            upsert.setString(9, d.policy().accessUseConstraint());
            upsert.setString(10, d.policy().licenceTitle());
            upsert.setString(11, d.policy().licenceUrl());
            upsert.setString(12, d.policy().dataPolicyUrl());
            upsert.setObject(13, d.policy().embargoDays(), Types.INTEGER);
            upsert.setString(14, d.doi());
            upsert.setString(15, json(d.spatialExtent()));
            upsert.setString(16, json(d.document()));
            upsert.executeUpdate();
        }
        try (PreparedStatement delete = connection.prepareStatement("delete from keyword where dataset_id = ?")) {
            delete.setString(1, d.id());
            delete.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into keyword (dataset_id, position, keyword, uri) values (?, ?, ?, ?)")) {
            int position = 0;
            for (Keyword keyword : d.keywords()) {
                insert.setString(1, d.id());
                insert.setInt(2, position++);
                insert.setString(3, keyword.keyword());
                insert.setString(4, keyword.uri());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        insertContacts(producerId, d.id(), d.contacts());
    }

    private int upsertStation(String producerId, SamplingFeature s, StationEnrichment enrichment) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("""
                insert into sampling_feature (producer_id, name, geometry, geometry_type, longitude, latitude,
                                              altitude, properties, enrichment)
                values (?, ?, ?::jsonb, ?, ?, ?, ?, ?::jsonb, ?::jsonb)
                on conflict (producer_id, name) do update set geometry = excluded.geometry,
                    geometry_type = excluded.geometry_type, longitude = excluded.longitude,
                    latitude = excluded.latitude, altitude = excluded.altitude, properties = excluded.properties,
                    enrichment = excluded.enrichment
                returning id""")) {
            upsert.setString(1, producerId);
            upsert.setString(2, s.name());
            upsert.setString(3, json(s.geometry()));
            upsert.setString(4, s.geometryType());
            upsert.setDouble(5, s.longitude());
            upsert.setDouble(6, s.latitude());
            setDouble(upsert, 7, s.altitude());
            upsert.setString(8, json(s.properties()));
            upsert.setString(9, enrichment == null ? "{}" : json(enrichment.toJson()));
            try (ResultSet rows = upsert.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private SeriesRow upsertSeries(String datasetId, int stationId, Observation o, VariableResolution resolution)
            throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("""
                insert into series as s (observation_id, dataset_id, sampling_feature_id, property_name, unit,
                    property_description, theia_categories, variable_iri, variable_resolution, processing_level,
                    data_type, time_serie, declared_begin, declared_end, procedure, data_file, missing_value,
                    quality_flags, additional_values, document)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb)
                on conflict (observation_id) do update set dataset_id = excluded.dataset_id,
                    sampling_feature_id = excluded.sampling_feature_id, property_name = excluded.property_name,
                    unit = excluded.unit, property_description = excluded.property_description,
                    theia_categories = excluded.theia_categories, variable_iri = excluded.variable_iri,
                    variable_resolution = excluded.variable_resolution, processing_level = excluded.processing_level,
                    data_type = excluded.data_type, time_serie = excluded.time_serie,
                    declared_begin = excluded.declared_begin, declared_end = excluded.declared_end,
                    procedure = excluded.procedure, data_file = excluded.data_file,
                    missing_value = excluded.missing_value, quality_flags = excluded.quality_flags,
                    additional_values = excluded.additional_values, document = excluded.document
                returning id, data_sha256, (xmax::text <> '0') as existed""")) {
            upsert.setString(1, o.id());
            upsert.setString(2, datasetId);
            upsert.setInt(3, stationId);
            upsert.setString(4, o.observedProperty().name());
            upsert.setString(5, o.observedProperty().unit());
            upsert.setString(6, o.observedProperty().description());
            upsert.setArray(7, connection.createArrayOf("text", o.observedProperty().theiaCategories().toArray()));
            upsert.setString(8, resolution == null ? null : resolution.variableIri());
            upsert.setString(9, resolution == null ? null : json(resolutionJson(resolution)));
            upsert.setString(10, o.processingLevel());
            upsert.setString(11, o.dataType());
            upsert.setBoolean(12, o.timeSerie());
            upsert.setObject(13, o.declaredBegin() == null ? null : OffsetDateTime.ofInstant(o.declaredBegin(), ZoneOffset.UTC));
            upsert.setObject(14, o.declaredEnd() == null ? null : OffsetDateTime.ofInstant(o.declaredEnd(), ZoneOffset.UTC));
            upsert.setString(15, json(o.procedure()));
            upsert.setString(16, o.dataFile());
            upsert.setString(17, o.missingValue());
            upsert.setString(18, json(o.document().path("result").path("qualityFlags").isArray()
                    ? o.document().path("result").path("qualityFlags") : JSON.createArrayNode()));
            upsert.setString(19, json(o.document().path("result").path("additionalValues").isArray()
                    ? o.document().path("result").path("additionalValues") : JSON.createArrayNode()));
            upsert.setString(20, json(o.document()));
            try (ResultSet rows = upsert.executeQuery()) {
                rows.next();
                return new SeriesRow(rows.getInt(1), rows.getString(2), rows.getBoolean(3));
            }
        }
    }

    private static JsonNode resolutionJson(VariableResolution resolution) {
        ObjectNode node = JSON.createObjectNode();
        node.put("score", resolution.score());
        node.put("method", resolution.method());
        node.put("reason", resolution.reason());
        if (resolution.label() != null) {
            node.put("label", resolution.label());
        }
        var path = node.putArray("categoryPath");
        resolution.categoryPath().forEach(path::add);
        return node;
    }

    private void deleteUnusedStations(String producerId) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("""
                delete from sampling_feature f where f.producer_id = ?
                and not exists (select 1 from series s where s.sampling_feature_id = f.id)""")) {
            delete.setString(1, producerId);
            delete.executeUpdate();
        }
    }

    private static OffsetDateTime timestamp(Long micros) {
        return micros == null ? null : OffsetDateTime.ofInstant(UtcTimestamps.toInstant(micros), ZoneOffset.UTC);
    }

    private static void setDouble(PreparedStatement statement, int index, Double value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.DOUBLE);
        } else {
            statement.setDouble(index, value);
        }
    }

    private static String json(JsonNode node) {
        if (node == null) {
            return null;
        }
        try {
            return JSON.writeValueAsString(node);
        } catch (IOException e) {
            throw new IllegalStateException("a parsed JSON tree always serialises", e);
        }
    }

    /** PostgreSQL refused rows during the load; carries the data file for the report. */
    public static final class LoadFailedException extends IOException {
        private final String file;

        LoadFailedException(String file, SQLException cause) {
            super(cause.getMessage(), cause);
            this.file = file;
        }

        public String file() {
            return file;
        }

        public SQLException sqlException() {
            return (SQLException) getCause();
        }
    }
}

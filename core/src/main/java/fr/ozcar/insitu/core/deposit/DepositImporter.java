package fr.ozcar.insitu.core.deposit;

import fr.ozcar.insitu.core.deposit.ImportReport.Outcome;
import fr.ozcar.insitu.core.deposit.load.DepositLoader;
import fr.ozcar.insitu.core.deposit.qualify.PlausibleRanges;
import fr.ozcar.insitu.core.deposit.qualify.QualificationWarnings;
import fr.ozcar.insitu.core.deposit.qualify.Qualifier;
import fr.ozcar.insitu.core.deposit.qualify.SeriesQualification;
import fr.ozcar.insitu.core.deposit.read.DepositReader;
import fr.ozcar.insitu.core.deposit.read.DepositRejectedException;
import fr.ozcar.insitu.core.deposit.read.DepositSource;
import fr.ozcar.insitu.core.deposit.validate.DataFileValidator;
import fr.ozcar.insitu.core.deposit.validate.DepositValidation;
import fr.ozcar.insitu.core.deposit.validate.MetadataBudget;
import fr.ozcar.insitu.core.deposit.validate.MetadataParser;
import fr.ozcar.insitu.core.deposit.validate.MetadataPaths;
import fr.ozcar.insitu.core.enrichment.StationEnricher;
import fr.ozcar.insitu.core.model.Dataset;
import fr.ozcar.insitu.core.model.Observation;
import fr.ozcar.insitu.core.model.PivotDeposit;
import fr.ozcar.insitu.core.schema.MeasurementPartitions;
import fr.ozcar.insitu.core.variable.VariableQuery;
import fr.ozcar.insitu.core.variable.VariableResolution;
import fr.ozcar.insitu.core.variable.VariableResolver;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports a producer's deposit (pivot format v1.2), used by the HTTP upload and the CLI alike.
 *
 * <p>Two streaming passes: the first validates everything and reports every problem at once; only a
 * deposit without errors reaches the second, which replaces the producer's previous version in ONE
 * transaction (rows bulk-loaded with COPY). A rejected or interrupted import changes nothing;
 * re-sending an imported deposit changes nothing ({@link Outcome#UNCHANGED}). Imports of the same
 * producer are serialised; imports of different producers run side by side.
 */
public final class DepositImporter {

    private static final Logger LOG = LoggerFactory.getLogger(DepositImporter.class);

    private final DataSource dataSource;
    private final VariableResolver variables;
    private final ImportLimits limits;
    private final StationEnricher enricher;
    private final PlausibleRanges ranges;

    /** Stations get their country only (the shipped boundaries), no lookup layer. */
    public DepositImporter(DataSource dataSource, VariableResolver variables, ImportLimits limits) {
        this(dataSource, variables, limits, StationEnricher.countriesOnly());
    }

    public DepositImporter(DataSource dataSource, VariableResolver variables, ImportLimits limits,
                           StationEnricher enricher) {
        this(dataSource, variables, limits, enricher, PlausibleRanges.shipped());
    }

    /** @param ranges the plausible range of each variable, for the qualification report */
    public DepositImporter(DataSource dataSource, VariableResolver variables, ImportLimits limits,
                           StationEnricher enricher, PlausibleRanges ranges) {
        this.dataSource = dataSource;
        this.variables = variables;
        this.limits = limits;
        this.enricher = enricher;
        this.ranges = ranges;
    }

    /**
     * @param expectedProducerId the producer the upload is for (from the URL), or null to take the deposit's
     * @throws ImportFailedException only when the database fails; deposit defects are in the report
     */
    public ImportReport importDeposit(String expectedProducerId, DepositSource source, ImportProgress progress) {
        return importDeposit(expectedProducerId, source, progress, ImportMode.REPLACE);
    }

    /** As {@link #importDeposit(String, DepositSource, ImportProgress)}, in another {@link ImportMode}. */
    public ImportReport importDeposit(String expectedProducerId, DepositSource source, ImportProgress progress,
                                      ImportMode mode) {
        Map<String, Qualifier> qualifiers = new LinkedHashMap<>();
        ImportReport report = importDeposit(expectedProducerId, source, progress, mode, qualifiers);
        List<SeriesQualification> qualification = qualifiers.values().stream().map(Qualifier::result).toList();
        return new ImportReport(report.outcome(), report.producerId(), report.revision(), report.datasets(),
                report.series(), report.rows(), report.seriesReloaded(), report.problems(), qualification);
    }

    private ImportReport importDeposit(String expectedProducerId, DepositSource source, ImportProgress progress,
                                       ImportMode mode, Map<String, Qualifier> qualifiers) {
        Problems problems = new Problems(limits.maxProblemsPerFile());
        PivotDeposit deposit = null;
        DepositValidation validation = null;
        try {
            DepositReader reader = new DepositReader(source, limits);
            reader.open();
            DepositReader.MetadataFile metadata = reader.metadata(problems);
            if (metadata == null) {
                return rejected(expectedProducerId, null, null, problems);
            }
            if (!MetadataBudget.admits(metadata.path(), metadata.content(), problems)) {
                return rejected(expectedProducerId, null, null, problems);
            }
            deposit = new MetadataParser(problems).parse(metadata.path(), metadata.content());
            if (deposit == null) {
                return rejected(expectedProducerId, null, null, problems);
            }
            checkProducer(expectedProducerId, deposit, metadata.path(), problems);
            Map<String, VariableResolution> resolutions = resolveVariables(deposit, metadata.path(), problems);
            validation = new DataFileValidator(deposit, metadata.path(), limits, problems,
                    observation -> qualifiers.computeIfAbsent(observation.id(), id -> qualifier(observation,
                            resolutions.get(id)))).validate(reader, progress);
            qualifiers.values().forEach(qualifier -> QualificationWarnings.add(qualifier.result(), problems));
            if (problems.hasErrors()) {
                return rejected(expectedProducerId, deposit, validation, problems);
            }
            if (mode == ImportMode.DRY_RUN) {
                return new ImportReport(Outcome.VALIDATED, deposit.producer().id(), 0, deposit.datasets().size(),
                        seriesCount(deposit), validation.rows(), 0, problems.list());
            }
            return load(deposit, validation, resolutions, reader, progress, problems,
                    mode == ImportMode.KEEP_EXISTING);
        } catch (DepositRejectedException e) {
            problems.add(e.problem());
            return rejected(expectedProducerId, deposit, validation, problems);
        } catch (DepositLoader.LoadFailedException e) {
            problems.add(Problem.error("load-refused", "the database refused a row of this file: "
                    + e.sqlException().getMessage()).inFile(e.file()));
            return rejected(expectedProducerId, deposit, validation, problems);
        } catch (IOException e) {
            problems.add(Problem.error("deposit-unreadable", "the deposit cannot be read: " + e.getMessage()));
            return rejected(expectedProducerId, deposit, validation, problems);
        } catch (SQLException e) {
            throw new ImportFailedException("the database failed during the import; nothing was changed", e);
        }
    }

    private Qualifier qualifier(Observation observation, VariableResolution resolution) {
        String variable = resolution != null && resolution.resolved() ? resolution.label()
                : observation.observedProperty().name();
        return new Qualifier(observation.id(), observation.numeric(),
                ranges.of(variable, observation.observedProperty().unit()).orElse(null));
    }

    private static void checkProducer(String expected, PivotDeposit deposit, String metadataPath, Problems problems) {
        String id = deposit.producer().id();
        if (id == null) {
            return; // reported by the parser
        }
        if (expected != null && !expected.equals(id)) {
            problems.add(Problem.error("producer-id-mismatch", "the deposit is for producer " + id
                    + " but was sent for producer " + expected).inFile(metadataPath).atPath("$.producer.producerId"));
        }
        String fileName = metadataPath.substring(metadataPath.lastIndexOf('/') + 1);
        if (fileName.matches("^[A-Z]{4}_en\\.json$") && !fileName.equals(id + "_en.json")) {
            problems.add(Problem.error("metadata-file-name", "the metadata file of producer " + id + " must be named "
                    + id + "_en.json, not " + fileName).inFile(metadataPath).atPath("$.producer.producerId"));
        }
    }

    /** Unresolved variables are warnings: a data manager can map them later, the data are still useful. */
    private Map<String, VariableResolution> resolveVariables(PivotDeposit deposit, String metadataPath,
                                                             Problems problems) {
        Map<String, VariableResolution> resolutions = new HashMap<>();
        for (Dataset dataset : deposit.datasets()) {
            for (Observation observation : dataset.observations()) {
                VariableResolution resolution;
                try {
                    resolution = variables.resolve(new VariableQuery(deposit.producer().id(),
                            observation.observedProperty().name(), observation.observedProperty().unit(),
                            observation.observedProperty().theiaCategories()));
                } catch (RuntimeException e) {
                    LOG.warn("variable resolver failed for {}", observation.id(), e);
                    resolution = VariableResolution.unresolved("the thesaurus failed: " + e.getMessage());
                }
                resolutions.put(observation.id(), resolution);
                if (!resolution.resolved()) {
                    problems.add(Problem.warning("variable-unresolved", "observed property '"
                            + observation.observedProperty().name() + "' (" + observation.observedProperty().unit()
                            + ") of " + observation.id() + " matches no thesaurus variable: " + resolution.reason())
                            .inFile(metadataPath).atPath(MetadataPaths.of(deposit, dataset, observation) + ".observedProperty"));
                }
            }
        }
        return resolutions;
    }

    private ImportReport load(PivotDeposit deposit, DepositValidation validation,
                              Map<String, VariableResolution> resolutions, DepositReader reader,
                              ImportProgress progress, Problems problems, boolean keepExisting)
            throws SQLException, IOException {
        String producerId = deposit.producer().id();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            if (validation.depositSha256().equals(currentDepositSha(connection, producerId))) {
                return unchanged(deposit, validation, problems, connection);
            }
            ensurePartitions(connection, validation.years());
            connection.setAutoCommit(false);
            try {
                DepositLoader loader = new DepositLoader(connection, limits);
                if (validation.depositSha256().equals(loader.lockProducer(producerId))) {
                    connection.rollback(); // the same deposit was imported while we validated
                    connection.setAutoCommit(true);
                    return unchanged(deposit, validation, problems, connection);
                }
                if (keepExisting && producerExists(connection, producerId)) {
                    connection.rollback();
                    connection.setAutoCommit(true);
                    problems.add(Problem.warning("producer-kept", "producer " + producerId + " already has a"
                            + " version (deposited meanwhile): it is kept, this deposit is not imported over it"));
                    return unchanged(deposit, validation, problems, connection);
                }
                DepositLoader.Loaded loaded = loader.load(deposit, validation, resolutions, enricher.enrich(deposit),
                        reader, progress, problems);
                connection.commit();
                LOG.info("producer {} revision {} imported: {} series, {} reloaded, {} rows", producerId,
                        loaded.revision(), seriesCount(deposit), loaded.seriesReloaded(), validation.rows());
                return new ImportReport(Outcome.IMPORTED, producerId, loaded.revision(), deposit.datasets().size(),
                        seriesCount(deposit), validation.rows(), loaded.seriesReloaded(), problems.list());
            } catch (SQLException | IOException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private static String currentDepositSha(Connection connection, String producerId) throws SQLException {
        try (var select = connection.prepareStatement("select deposit_sha256 from producer where id = ?")) {
            select.setString(1, producerId);
            try (var rows = select.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    private static boolean producerExists(Connection connection, String producerId) throws SQLException {
        try (var select = connection.prepareStatement("select exists (select 1 from producer where id = ?)")) {
            select.setString(1, producerId);
            try (var rows = select.executeQuery()) {
                rows.next();
                return rows.getBoolean(1);
            }
        }
    }

    private static ImportReport unchanged(PivotDeposit deposit, DepositValidation validation, Problems problems,
                                          Connection connection) throws SQLException {
        int revision;
        try (var select = connection.prepareStatement("select revision from producer where id = ?")) {
            select.setString(1, deposit.producer().id());
            try (var rows = select.executeQuery()) {
                revision = rows.next() ? rows.getInt(1) : 0;
            }
        }
        return new ImportReport(Outcome.UNCHANGED, deposit.producer().id(), revision, deposit.datasets().size(),
                seriesCount(deposit), validation.rows(), 0, problems.list());
    }

    /** In its own short transaction, before the import's: see {@link MeasurementPartitions}. */
    private static void ensurePartitions(Connection connection, BitSet years) throws SQLException {
        connection.setAutoCommit(false);
        try {
            for (int first = years.nextSetBit(0); first >= 0; ) {
                int last = years.nextClearBit(first) - 1;
                MeasurementPartitions.ensureYears(connection, first, last);
                first = years.nextSetBit(last + 1);
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }

    private static int seriesCount(PivotDeposit deposit) {
        return deposit.datasets().stream().mapToInt(dataset -> dataset.observations().size()).sum();
    }

    private static ImportReport rejected(String expectedProducerId, PivotDeposit deposit,
                                         DepositValidation validation, Problems problems) {
        String producerId = deposit != null && deposit.producer().id() != null ? deposit.producer().id()
                : expectedProducerId;
        return new ImportReport(Outcome.REJECTED, producerId, 0,
                deposit == null ? 0 : deposit.datasets().size(), deposit == null ? 0 : seriesCount(deposit),
                validation == null ? 0 : validation.rows(), 0, problems.list());
    }
}

package fr.ozcar.insitu.core.deposit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ozcar.insitu.core.catalogue.StationCatalogue;
import fr.ozcar.insitu.core.deposit.read.FolderDepositSource;
import fr.ozcar.insitu.core.testing.TestDatabase;
import fr.ozcar.insitu.core.variable.VariableResolver;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The shapes real metadata files take (issue 7): each variant of the CATC deposit is accepted and
 * reads back the same as the reference deposit through SensorThings (its views: Things, Datastreams,
 * MultiDatastreams, Observations) and the catalogue (stations with their derived metadata and series).
 */
class MetadataVariantsCorpusTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What a client reads back; the processing level is compared apart (a variant leaves it out on purpose). */
    private static final List<String> READ_BACK = List.of(
            "select name, description, properties from sta_thing order by name",
            "select name, unit_of_measurement, observation_type, properties - 'processingLevel' from sta_datastream order by name",
            "select name, properties - 'processingLevel' from sta_multi_datastream order by name",
            "select d.name, o.phenomenon_time_start, o.phenomenon_time_end, o.result_number, o.result_text,"
                    + " o.result_additional, o.result_quality, o.parameters from sta_observation o"
                    + " join sta_series d on d.id = o.datastream_id order by d.name, o.time",
            "select name, definition from sta_observed_property order by name",
            "select name, location from sta_location order by name");

    @TempDir
    static Path scratch;

    private static List<String> reference;

    enum Variant {
        LOWER_CASE_COUNTRY_CODES {
            @Override
            void apply(Path folder) throws IOException {
                editMetadata(folder, root -> {
                    ((ObjectNode) root.at("/producer/contacts/0/organisation")).put("iso3166", "fr");
                    ((ObjectNode) root.at("/producer/fundings/0")).put("iso3166", "fr");
                    ((ObjectNode) root.at("/producer/fundings/1")).put("iso3166", "fr");
                    ((ObjectNode) root.at("/datasets/0/metadata/contacts/1")).put("iso3166", "fr");
                });
            }
        },
        NO_PROCESSING_LEVEL {
            @Override
            void apply(Path folder) throws IOException {
                editMetadata(folder, root -> root.at("/datasets").forEach(dataset -> dataset.at("/observations")
                        .forEach(observation -> ((ObjectNode) observation).remove("processingLevel"))));
            }
        },
        OPTIONAL_BLOCKS_LEFT_OUT {
            @Override
            void apply(Path folder) throws IOException {
                editMetadata(folder, root -> {
                    ((ObjectNode) root.at("/producer")).remove(List.of("objectives", "onlineResource", "email"));
                    ((ObjectNode) root.at("/datasets/0/metadata")).remove(List.of("documents", "keywords", "objective"));
                    ((ObjectNode) root.at("/datasets/0/observations/0")).remove("procedure");
                });
            }
        },
        UNKNOWN_FIELDS {
            @Override
            void apply(Path folder) throws IOException {
                editMetadata(folder, root -> {
                    ((ObjectNode) root.at("/producer")).put("legacyId", 17);
                    ((ObjectNode) root.at("/datasets/0/metadata")).put("projectUrl", "https://example.org/p");
                    ((ObjectNode) root.at("/datasets/1/observations/0")).putObject("qc").put("level", 2);
                });
            }
        },
        BYTE_ORDER_MARK {
            @Override
            void apply(Path folder) throws IOException {
                for (Path file : textFiles(folder)) {
                    byte[] content = Files.readAllBytes(file);
                    if ((content[0] & 0xFF) == 0xEF) {
                        continue; // the fixture's field notes have one already
                    }
                    byte[] withBom = new byte[content.length + 3];
                    withBom[0] = (byte) 0xEF;
                    withBom[1] = (byte) 0xBB;
                    withBom[2] = (byte) 0xBF;
                    System.arraycopy(content, 0, withBom, 3, content.length);
                    Files.write(file, withBom);
                }
            }
        },
        WINDOWS_LINE_ENDS {
            @Override
            void apply(Path folder) throws IOException {
                for (Path file : textFiles(folder)) {
                    String text = Files.readString(file, StandardCharsets.UTF_8);
                    Files.writeString(file, text.replace("\r\n", "\n").replace("\n", "\r\n"), StandardCharsets.UTF_8);
                }
            }
        },
        MINIFIED_JSON {
            @Override
            void apply(Path folder) throws IOException {
                Path metadata = folder.resolve("CATC_en.json");
                Files.writeString(metadata, JSON.writeValueAsString(JSON.readTree(metadata.toFile())));
            }
        },
        PRETTY_JSON {
            @Override
            void apply(Path folder) throws IOException {
                Path metadata = folder.resolve("CATC_en.json");
                Files.writeString(metadata, JSON.enable(SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsString(JSON.readTree(metadata.toFile())));
                JSON.disable(SerializationFeature.INDENT_OUTPUT);
            }
        },
        ALL_AT_ONCE {
            @Override
            void apply(Path folder) throws IOException {
                for (Variant variant : List.of(LOWER_CASE_COUNTRY_CODES, NO_PROCESSING_LEVEL, UNKNOWN_FIELDS,
                        MINIFIED_JSON, WINDOWS_LINE_ENDS, BYTE_ORDER_MARK)) {
                    variant.apply(folder);
                }
            }
        };

        abstract void apply(Path folder) throws IOException;
    }

    @BeforeAll
    static void importReference() throws Exception {
        TestDatabase database = TestDatabase.create();
        ImportReport report = importInto(database, DepositFixture.copyOfCatc(scratch));
        assertThat(report.outcome()).isEqualTo(ImportReport.Outcome.IMPORTED);
        reference = readBack(database);
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void eachVariantIsAcceptedAndReadsBackAsTheReference(Variant variant) throws Exception {
        Path folder = DepositFixture.copyOfCatc(scratch);
        variant.apply(folder);
        TestDatabase database = TestDatabase.create();

        ImportReport report = importInto(database, folder);

        assertThat(report.errors()).isEmpty();
        assertThat(report.outcome()).isEqualTo(ImportReport.Outcome.IMPORTED);
        assertThat(readBack(database)).containsExactlyElementsOf(reference);
    }

    private static ImportReport importInto(TestDatabase database, Path folder) {
        return new DepositImporter(database.dataSource(), VariableResolver.NONE, ImportLimits.DEFAULT)
                .importDeposit("CATC", new FolderDepositSource(folder), ImportProgress.NONE);
    }

    /** Every row of every read-back query, and the catalogue's stations (series without their level). */
    private static List<String> readBack(TestDatabase database) throws Exception {
        List<String> lines = new ArrayList<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            for (String query : READ_BACK) {
                try (ResultSet rows = statement.executeQuery(query)) {
                    ResultSetMetaData columns = rows.getMetaData();
                    while (rows.next()) {
                        StringBuilder line = new StringBuilder();
                        for (int i = 1; i <= columns.getColumnCount(); i++) {
                            line.append(rows.getString(i)).append(" | ");
                        }
                        lines.add(line.toString());
                    }
                }
            }
        }
        new StationCatalogue(database.dataSource()).ofProducer("CATC").orElseThrow().forEach(station -> {
            lines.add(station.name() + " " + station.longitude() + " " + station.latitude() + " " + station.altitude()
                    + " " + station.enrichment());
            station.series().forEach(series -> lines.add("  " + series.observationId() + " " + series.propertyName()
                    + " " + series.unit() + " " + series.dataType()));
        });
        return lines;
    }

    interface Edit {
        void apply(ObjectNode root);
    }

    private static void editMetadata(Path folder, Edit edit) throws IOException {
        Path metadata = folder.resolve("CATC_en.json");
        ObjectNode root = (ObjectNode) JSON.readTree(metadata.toFile());
        edit.apply(root);
        JSON.writeValue(metadata.toFile(), root);
    }

    private static List<Path> textFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(file -> file.toString().endsWith(".json") || file.toString().endsWith(".txt")).toList();
        }
    }
}

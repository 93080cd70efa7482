package fr.ozcar.insitu.thesaurus.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ozcar.insitu.core.testing.TestDatabase;
import fr.ozcar.insitu.core.variable.OverridingVariableResolver;
import fr.ozcar.insitu.core.variable.SeriesReResolution;
import fr.ozcar.insitu.core.variable.VariableCatalogue;
import fr.ozcar.insitu.core.variable.VariableOverride;
import fr.ozcar.insitu.core.variable.VariableOverrides;
import fr.ozcar.insitu.core.variable.VariableQuery;
import fr.ozcar.insitu.core.variable.VariableResolution;
import fr.ozcar.insitu.thesaurus.SeededStore;
import fr.ozcar.insitu.thesaurus.seed.SeedVocabulary;
import fr.ozcar.insitu.thesaurus.store.VocabularyStore;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Publication to PostgreSQL, overrides and re-resolution, against a real database and the real seed. */
class VocabularyPublicationTest {

    private static final String AIR_TEMPERATURE = SeedVocabulary.NAMESPACE + "c_34790148";
    private static final String RELATIVE_HUMIDITY_CATEGORY = SeedVocabulary.NAMESPACE + "atmosphericWaterVapor";

    private DataSource dataSource;
    private VocabularyStore store;
    private ThesaurusVariableResolver automatic;
    private OverridingVariableResolver resolver;

    @BeforeEach
    void setUp() throws SQLException {
        dataSource = TestDatabase.create().dataSource();
        store = SeededStore.fresh();
        automatic = ThesaurusVariableResolver.following(store, SeedVocabulary.ID);
        resolver = new OverridingVariableResolver(new VariableOverrides(dataSource), new VariableCatalogue(dataSource), automatic);
        new VocabularyPublisher(new VariableCatalogue(dataSource), new SeriesReResolution(dataSource), resolver)
                .follow(store, SeedVocabulary.ID);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("insert into producer (id, name, title, description, document, deposit_sha256)"
                    + " values ('ABCD', 'ABCD', 'Test observatory', 'd', '{}', 'x')");
            statement.execute("insert into dataset (id, producer_id, title, description, document)"
                    + " values ('ABCD_DAT_1', 'ABCD', 'Meteo', 'd', '{}')");
            statement.execute("insert into sampling_feature (id, producer_id, name, geometry, geometry_type)"
                    + " values (1, 'ABCD', 'Station', '{}', 'Point')");
        }
        insertSeries("ABCD_OBS_1", "Air Temperature at height 5 m", "°C", "atmosphericTemperature");
        insertSeries("ABCD_OBS_2", "Humidité relative", "%", "atmosphericWaterVapor");
        insertSeries("ABCD_OBS_3", "Tension batterie", "V", "");
    }

    @Test
    void publishesEveryVariableWithItsLabelsAndCategoryPath() throws SQLException {
        store.load(SeedVocabulary.ID, SeedVocabulary.openSeed(), Lang.TURTLE, "seed.ttl");
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "select label, pref_label_fr, unit, category_labels, (select count(*) from variable) from variable where iri = ?")) {
            statement.setString(1, AIR_TEMPERATURE);
            try (ResultSet row = statement.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1)).isEqualTo("Air temperature");
                assertThat(row.getString(2)).isEqualTo("Température de l'air");
                assertThat(row.getString(3)).isEqualTo("°C");
                assertThat((Object[]) row.getArray(4).getArray()).containsExactly("Atmosphere variable", "Atmospheric temperature");
                assertThat(row.getLong(5)).isGreaterThanOrEqualTo(150);
            }
        }
    }

    @Test
    void publishesTheCfStandardNameAVariableMatches() throws SQLException {
        store.load(SeedVocabulary.ID, SeedVocabulary.openSeed(), Lang.TURTLE, "seed.ttl");

        assertThat(new VariableCatalogue(dataSource).find(AIR_TEMPERATURE).orElseThrow().cfStandardName())
                .isEqualTo("air_temperature");
        assertThat(new VariableCatalogue(dataSource).find(SeedVocabulary.NAMESPACE + "c_7188705a").orElseThrow()
                .cfStandardName()).as("a close match, for want of an exact one").isEqualTo("air_temperature");
    }

    @Test
    void aReloadKeepsVariableIdsAndReResolvesSeriesToTheNewLabelsAndHierarchy() throws Exception {
        int idBefore = variableId(AIR_TEMPERATURE);
        assertThat(seriesVariable("ABCD_OBS_1")).isEqualTo(AIR_TEMPERATURE);
        assertThat(seriesVariable("ABCD_OBS_3")).isNull();

        // the new version renames the air temperature (keeping the old name as altLabel) and adds a variable
        String seed = new String(SeedVocabulary.openSeed().readAllBytes(), StandardCharsets.UTF_8);
        String next = seed.replace("theia:simplifiedLabel \"Air temperature\"@en", "skos:altLabel \"Air temperature\"@en ;"
                        + " theia:simplifiedLabel \"Near-surface air temperature\"@en")
                .replace("skos:prefLabel \"Air temperature\"@en", "skos:prefLabel \"Near-surface air temperature\"@en")
                + "\ntheia:c_00000002 a skos:Concept , iadopt:Variable ; skos:prefLabel \"Battery voltage\"@en ;"
                + " skos:altLabel \"Tension batterie\"@fr ; theia:unit \"V\" ; skos:broader theia:atmosphericWaterVapor .\n";
        store.load(SeedVocabulary.ID, new ByteArrayInputStream(next.getBytes(StandardCharsets.UTF_8)), Lang.TURTLE, "v2.ttl");

        assertThat(variableId(AIR_TEMPERATURE)).isEqualTo(idBefore);
        assertThat(seriesVariable("ABCD_OBS_3")).isEqualTo(SeedVocabulary.NAMESPACE + "c_00000002");
        assertThat(seriesResolutionLabel("ABCD_OBS_1")).isEqualTo("Near-surface air temperature");
        assertThat(new VariableCatalogue(dataSource).find(AIR_TEMPERATURE).orElseThrow().label()).isEqualTo("Near-surface air temperature");
    }

    @Test
    void anOverridePersistsAcrossANewResolverAndWinsOverAutomaticResolution() {
        VariableOverrides overrides = new VariableOverrides(dataSource);
        VariableQuery query = new VariableQuery("ABCD", "Tension batterie", "V", List.of());
        assertThat(resolver.resolve(query).resolved()).isFalse();

        overrides.save(new VariableOverride("ABCD", "Tension batterie", "V", AIR_TEMPERATURE, "marie.curie@example.org", null, "test"));

        OverridingVariableResolver fresh = new OverridingVariableResolver(new VariableOverrides(dataSource),
                new VariableCatalogue(dataSource), ThesaurusVariableResolver.following(store, SeedVocabulary.ID));
        VariableResolution resolution = fresh.resolve(query);
        assertThat(resolution.variableIri()).isEqualTo(AIR_TEMPERATURE);
        assertThat(resolution.method()).isEqualTo("override");
        assertThat(resolution.reason()).contains("marie.curie@example.org");
        assertThat(resolution.categoryPath()).endsWith(SeedVocabulary.NAMESPACE + "atmosphericTemperature");
        assertThat(overrides.list("ABCD")).hasSize(1);

        assertThat(overrides.delete("ABCD", "Tension batterie", "V")).isTrue();
        assertThat(fresh.resolve(query).resolved()).isFalse();
        assertThat(overrides.delete("ABCD", "Tension batterie", "V")).isFalse();
    }

    @Test
    void anOverrideCanConfirmThatAVariableHasNoThesaurusVariable() {
        new VariableOverrides(dataSource).save(new VariableOverride("ABCD", "Humidité relative", "%", null, "dm", null, null));
        VariableResolution resolution = resolver.resolve(new VariableQuery("ABCD", "Humidité relative", "%", List.of(RELATIVE_HUMIDITY_CATEGORY)));
        assertThat(resolution.resolved()).isFalse();
        assertThat(resolution.method()).isEqualTo("override");
    }

    private void insertSeries(String observationId, String name, String unit, String category) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("insert into series (observation_id, dataset_id,"
                     + " sampling_feature_id, property_name, unit, theia_categories, processing_level, data_type, time_serie,"
                     + " data_file, document) values (?, 'ABCD_DAT_1', 1, ?, ?, ?, 'Raw', 'Numeric', true, 'f.txt', '{}')")) {
            statement.setString(1, observationId);
            statement.setString(2, name);
            statement.setString(3, unit);
            statement.setArray(4, connection.createArrayOf("text",
                    category.isEmpty() ? new Object[0] : new Object[] {SeedVocabulary.NAMESPACE + category}));
            statement.executeUpdate();
        }
        new SeriesReResolution(dataSource).run(resolver);
    }

    private int variableId(String iri) throws SQLException {
        return Integer.parseInt(single("select id::text from variable where iri = ?", iri));
    }

    private String seriesVariable(String observationId) throws SQLException {
        return single("select variable_iri from series where observation_id = ?", observationId);
    }

    private String seriesResolutionLabel(String observationId) throws SQLException {
        return single("select variable_resolution ->> 'label' from series where observation_id = ?", observationId);
    }

    private String single(String sql, String parameter) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }
}

package fr.ozcar.insitu.core.catalogue;

import fr.ozcar.insitu.core.access.EmbargoAccess;
import fr.ozcar.insitu.core.access.Viewer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * What the pivot model holds about one producer, dataset or observation, as the JSON documents the
 * portal's pages show (docs/api.md#records). Built by PostgreSQL ({@code jsonb_build_object}) in one
 * statement each: metadata, except first and last times, which count only the rows the viewer may see
 * ({@code visible_series_summary}); the privileged users of an embargo (e-mail addresses given for
 * access control, not for display) are never included.
 */
public final class CatalogueRecords {

    private static final String CONTACTS = """
            (select coalesce(jsonb_agg(jsonb_strip_nulls(jsonb_build_object(
                        'firstName', c.first_name, 'lastName', c.last_name, 'email', c.email, 'role', c.role,
                        'orcid', c.orcid, 'organisation', o.name, 'organisationAcronym', o.acronym))
                    order by c.position), '[]')
             from contact c left join organisation o on o.id = c.organisation_id
             where c.producer_id = %s and c.dataset_id is not distinct from %s)""";

    private static final String PRODUCER = """
            select jsonb_strip_nulls(jsonb_build_object(
                'id', p.id, 'name', p.name, 'title', p.title, 'description', p.description,
                'objectives', p.objectives, 'measuredVariables', p.measured_variables, 'email', p.email,
                'onlineResource', p.online_resource, 'revision', p.revision, 'importedAt', catalogue_utc(p.imported_at),
                'contacts', %s,
                'fundings', (select coalesce(jsonb_agg(jsonb_strip_nulls(jsonb_build_object('type', f.type,
                                 'country', f.iso3166, 'acronym', f.acronym, 'name', f.name, 'idScanR', f.id_scanr))
                                 order by f.position), '[]') from funding f where f.producer_id = p.id),
                'datasets', (select coalesce(jsonb_agg(jsonb_build_object('id', d.id, 'title', d.title,
                                 'observations', (select count(*) from series s where s.dataset_id = d.id))
                                 order by d.id), '[]') from dataset d where d.producer_id = p.id)))::text
            from producer p where p.id = ?""".formatted(CONTACTS.formatted("p.id", "null"));

    private static final String DATASET = """
            select jsonb_strip_nulls(jsonb_build_object(
                'id', d.id, 'title', d.title, 'description', d.description, 'objective', d.objective,
                'lineage', d.lineage, 'topicCategories', to_jsonb(d.topic_categories), 'inspireTheme', d.inspire_theme,
                'accessUseConstraint', d.access_use_constraint, 'licenceTitle', d.licence_title,
                'licenceUrl', d.licence_url, 'dataPolicyUrl', d.data_policy_url, 'embargoDays', d.embargo_days,
                'doi', d.doi, 'spatialExtent', d.spatial_extent,
                'onlineResource', d.document #> '{metadata,onlineResource}',
                'documents', d.document #> '{metadata,documents}',
                'producer', jsonb_build_object('id', p.id, 'name', p.name, 'title', p.title),
                'contacts', %s,
                'keywords', (select coalesce(jsonb_agg(jsonb_strip_nulls(jsonb_build_object('keyword', k.keyword,
                                 'uri', k.uri)) order by k.position), '[]') from keyword k where k.dataset_id = d.id),
                'firstTime', (select catalogue_utc(min(vs.first_time)) from series s
                              join visible_series_summary vs on vs.series_id = s.id where s.dataset_id = d.id),
                'lastTime', (select catalogue_utc(max(vs.last_time)) from series s
                             join visible_series_summary vs on vs.series_id = s.id where s.dataset_id = d.id),
                'observations', (select coalesce(jsonb_agg(jsonb_strip_nulls(jsonb_build_object(
                                     'observationId', s.observation_id, 'name', s.property_name, 'unit', s.unit,
                                     'variableIri', s.variable_iri, 'variableLabel', v.label,
                                     'stationName', sf.name, 'firstTime', catalogue_utc(vs.first_time), 'lastTime', catalogue_utc(vs.last_time)))
                                     order by s.observation_id), '[]')
                                 from series s join sampling_feature sf on sf.id = s.sampling_feature_id
                                 join visible_series_summary vs on vs.series_id = s.id
                                 left join variable v on v.iri = s.variable_iri where s.dataset_id = d.id)))::text
            from dataset d join producer p on p.id = d.producer_id where d.id = ?""".formatted(CONTACTS.formatted("d.producer_id", "d.id"));

    private static final String SIBLING = """
            jsonb_strip_nulls(jsonb_build_object('observationId', x.observation_id, 'name', x.property_name,
                'unit', x.unit, 'variableLabel', xv.label, 'datasetId', x.dataset_id))""";

    private static final String OBSERVATION = """
            select jsonb_strip_nulls(jsonb_build_object(
                'observationId', s.observation_id, 'name', s.property_name, 'unit', s.unit,
                'description', s.property_description, 'theiaCategories', to_jsonb(s.theia_categories),
                'processingLevel', s.processing_level, 'dataType', s.data_type, 'timeSerie', s.time_serie,
                'declaredBegin', catalogue_utc(s.declared_begin), 'declaredEnd', catalogue_utc(s.declared_end),
                'firstTime', catalogue_utc(o.first_time), 'lastTime', catalogue_utc(o.last_time), 'missingValue', s.missing_value,
                'procedure', s.procedure, 'qualityFlags', s.quality_flags, 'additionalValues', s.additional_values,
                'variable', case when v.iri is not null then jsonb_build_object('iri', v.iri, 'label', v.label,
                                 'labelEn', v.pref_label_en, 'labelFr', v.pref_label_fr, 'definition', v.definition,
                                 'unit', v.unit, 'categoryPath', to_jsonb(v.category_path),
                                 'categoryLabels', to_jsonb(v.category_labels)) end,
                'station', jsonb_build_object('id', sf.id, 'name', sf.name, 'geometry', sf.geometry,
                                 'longitude', sf.longitude, 'latitude', sf.latitude, 'altitude', sf.altitude,
                                 'properties', sf.properties),
                'climates', to_jsonb(o.climates), 'geologies', to_jsonb(o.geologies), 'countries', to_jsonb(o.countries),
                'dataset', jsonb_build_object('id', d.id, 'title', d.title, 'licenceTitle', d.licence_title,
                                 'licenceUrl', d.licence_url, 'accessUseConstraint', d.access_use_constraint,
                                 'embargoDays', d.embargo_days, 'doi', d.doi),
                'producer', jsonb_build_object('id', p.id, 'name', p.name, 'title', p.title),
                'sameStation', (select coalesce(jsonb_agg(%1$s order by x.observation_id), '[]') from series x
                                left join variable xv on xv.iri = x.variable_iri
                                where x.sampling_feature_id = s.sampling_feature_id and x.id <> s.id),
                'sameDataset', (select coalesce(jsonb_agg(%1$s order by x.observation_id), '[]') from series x
                                left join variable xv on xv.iri = x.variable_iri
                                where x.dataset_id = s.dataset_id and x.id <> s.id)))::text
            from series s
            join dataset d on d.id = s.dataset_id
            join producer p on p.id = d.producer_id
            join sampling_feature sf on sf.id = s.sampling_feature_id
            join catalogue_observation o on o.id = s.id
            left join variable v on v.iri = s.variable_iri
            where s.observation_id = ?""".formatted(SIBLING);

    private final DataSource dataSource;
    private final EmbargoAccess embargo;

    public CatalogueRecords(DataSource dataSource, EmbargoAccess embargo) {
        this.dataSource = dataSource;
        this.embargo = embargo;
    }

    /** The producer as JSON text, or empty when there is none with this id. */
    public Optional<String> producer(String id, Viewer viewer) throws SQLException {
        return one(PRODUCER, id, viewer);
    }

    /** The dataset; its and its observations' first and last times as {@code viewer} may see them. */
    public Optional<String> dataset(String id, Viewer viewer) throws SQLException {
        return one(DATASET, id, viewer);
    }

    /** The observation; its first and last times as {@code viewer} may see them. */
    public Optional<String> observation(String observationId, Viewer viewer) throws SQLException {
        return one(OBSERVATION, observationId, viewer);
    }

    private Optional<String> one(String sql, String id, Viewer viewer) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                embargo.enter(connection, viewer);
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    statement.setString(1, id);
                    try (ResultSet row = statement.executeQuery()) {
                        return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
                    }
                }
            } finally {
                connection.rollback(); // read only
            }
        }
    }
}

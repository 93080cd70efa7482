-- The CF standard name a thesaurus variable matches (skos:exactMatch / closeMatch to
-- http://vocab.nerc.ac.uk/standard_name/<name>/), published with the variable, so that NetCDF exports
-- give their data variables a standard_name without reading RDF.
alter table variable add column cf_standard_name text;

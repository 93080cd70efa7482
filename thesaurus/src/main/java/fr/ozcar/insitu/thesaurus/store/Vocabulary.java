package fr.ozcar.insitu.thesaurus.store;

import java.time.Instant;
import org.apache.jena.rdf.model.Model;

/**
 * One loaded vocabulary: an immutable in-memory copy of its named graph, which every reader (Skosmos
 * API, resolution index, concept pages) uses without a transaction. A reload builds a new instance;
 * nobody ever mutates {@link #model()}.
 *
 * @param id       the Skosmos vocabulary id, e.g. "ozcar-theia"
 * @param graphIri the named graph holding it in the dataset
 * @param model    its triples
 * @param source   where this version came from (file name, upload, shipped seed with its SHA-256)
 * @param loadedAt when this version went into service
 */
public record Vocabulary(String id, String graphIri, Model model, String source, Instant loadedAt) {
}

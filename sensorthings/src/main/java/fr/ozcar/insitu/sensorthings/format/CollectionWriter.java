package fr.ozcar.insitu.sensorthings.format;

import java.io.IOException;

/** Streams one collection in a result format: a header, the entities one by one, a trailer. */
public interface CollectionWriter {

    void begin(Long count) throws IOException;

    void entity(EntityRow row) throws IOException;

    void end(String nextLink) throws IOException;
}

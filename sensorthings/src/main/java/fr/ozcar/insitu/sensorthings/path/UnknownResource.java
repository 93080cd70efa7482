package fr.ozcar.insitu.sensorthings.path;

import fr.ozcar.insitu.sensorthings.query.StaBadRequest;

/**
 * A path naming an entity set, navigation or property the model does not have: a 404 as in OData
 * and the other SensorThings servers (a malformed path stays a 400).
 */
public final class UnknownResource extends StaBadRequest {

    UnknownResource(String message) {
        super(message);
    }
}

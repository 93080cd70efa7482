package fr.ozcar.insitu.sensorthings.service;

/** The addressed entity does not exist: HTTP 404. */
final class StaNotFound extends RuntimeException {

    StaNotFound(String message) {
        super(message);
    }
}

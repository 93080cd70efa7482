package fr.ozcar.insitu.core.catalogue;

/** A station on the search's map: its representative point and how many matching observations it holds. */
public record StationMarker(int id, String name, String producerId, double longitude, double latitude,
                            long observations) {
}

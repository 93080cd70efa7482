package fr.ozcar.insitu.sensorthings.write;

/**
 * The rule between the two ways data comes in: what a deposit loaded is that deposit's (its next
 * version replaces it whole), what SensorThings wrote is SensorThings' (a deposit never deletes it).
 * So SensorThings changes only what it wrote; it may add Datastreams to a deposited Thing.
 */
final class Ownership {

    private Ownership() {
    }

    static WriteRefused deposited(String what, String producer) {
        return WriteRefused.conflict(what + " came from a deposit of producer " + producer + ": the next deposit would"
                + " replace a SensorThings change, so it is made in the deposit. SensorThings changes only what it"
                + " wrote (new Things, and new Datastreams, also of deposited Things, with their Observations)");
    }
}

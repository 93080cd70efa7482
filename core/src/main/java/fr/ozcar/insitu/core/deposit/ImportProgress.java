package fr.ozcar.insitu.core.deposit;

/**
 * Receives the progress of an import, from the importing thread. The import reads every data file
 * twice: once to validate it, once to load it; rows are known after validation.
 */
public interface ImportProgress {

    enum Phase { VALIDATING, LOADING }

    /** A phase starts; {@code rowsTotal} is 0 when not known yet. */
    void started(Phase phase, int filesTotal, long rowsTotal);

    /** Called often (every few thousand rows and after each file): keep it cheap. */
    void advanced(Phase phase, int filesDone, long rowsDone);

    ImportProgress NONE = new ImportProgress() {
        @Override
        public void started(Phase phase, int filesTotal, long rowsTotal) {
        }

        @Override
        public void advanced(Phase phase, int filesDone, long rowsDone) {
        }
    };
}

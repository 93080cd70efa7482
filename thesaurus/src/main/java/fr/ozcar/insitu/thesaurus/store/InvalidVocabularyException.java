package fr.ozcar.insitu.thesaurus.store;

/** A vocabulary file that cannot be parsed: the message says where (file, line, column) and why. */
public class InvalidVocabularyException extends RuntimeException {
    public InvalidVocabularyException(String message, Throwable cause) {
        super(message, cause);
    }

    public InvalidVocabularyException(String message) {
        super(message);
    }
}

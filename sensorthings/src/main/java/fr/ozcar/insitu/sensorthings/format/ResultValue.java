package fr.ozcar.insitu.sensorthings.format;

/** An observation result as stored: a number, or a text, plus the additional values of a MultiDatastream. */
public record ResultValue(Double number, String text, String[] additional) {
}

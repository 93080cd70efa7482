package fr.ozcar.insitu.web.series;

/** One bad query parameter, as listed in a problem's {@code errors}. */
public record QueryParameterError(String parameter, String message) {
}

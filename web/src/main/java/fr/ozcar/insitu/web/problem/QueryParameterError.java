package fr.ozcar.insitu.web.problem;

/** One bad query parameter, as listed in a problem's {@code errors}. */
public record QueryParameterError(String parameter, String message) {
}

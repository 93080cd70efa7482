package fr.ozcar.insitu.core.demo;

import java.util.List;

/** Recent data reserved to the producer's team for {@code days}. */
public record DemoEmbargo(int days, List<String> priviledgedUsers) {
}

package fr.ozcar.insitu.core.demo;

import java.time.Instant;
import java.util.List;

/** The four demo observatories the server loads on first start. */
public final class DemoCatalogue {

    /** Every demo series ends here (exclusive of later data), so the demo does not age with the clock. */
    public static final Instant DATA_END = Instant.parse("2024-01-01T00:00:00Z");

    private DemoCatalogue() {
    }

    public static List<DemoProducer> producers() {
        return List.of(AmmaCatchProducer.create(), AgrhysProducer.create(), CevennesProducer.create(),
                PyreneesProducer.create());
    }
}

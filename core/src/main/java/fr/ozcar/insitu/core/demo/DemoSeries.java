package fr.ozcar.insitu.core.demo;

import java.util.List;

/**
 * One observation of a deposit: what is measured, where, when, how it is written and which model
 * generates it.
 *
 * @param code     the observation id without the {@code XXXX_OBS_} prefix
 * @param interval true when rows carry {@code date_begin} (totals or averages over the step)
 */
public record DemoSeries(String code, DemoVariable variable, String description, DemoStation station,
                         Schedule schedule, SamplingTrack track, boolean interval, int decimals, ProducerStyle style,
                         DemoSensor sensor, SignalFactory signal, List<AdditionalColumn> additionalColumns) {

    public DemoSeries {
        additionalColumns = List.copyOf(additionalColumns);
    }

    public String observationId(String producerId) {
        return producerId + "_OBS_" + code;
    }

    public String dataFileName(String producerId) {
        return observationId(producerId) + ".txt";
    }
}

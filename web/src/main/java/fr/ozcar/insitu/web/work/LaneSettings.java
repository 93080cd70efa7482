package fr.ozcar.insitu.web.work;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;
import java.time.Duration;

/** The limits of one lane, {@code insitu.work.<lane>.*} (application.yml holds each lane's defaults). */
@EachProperty("insitu.work")
public class LaneSettings {

    private final String name;
    private int concurrency = 1;
    private int queue = 8;
    private int perClient = 2;
    private Duration maxWait = Duration.ofSeconds(10);
    private Duration retryAfter = Duration.ofSeconds(10);

    public LaneSettings(@Parameter String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }

    public void setConcurrency(int concurrency) {
        this.concurrency = concurrency;
    }

    public void setQueue(int queue) {
        this.queue = queue;
    }

    public void setPerClient(int perClient) {
        this.perClient = perClient;
    }

    public void setMaxWait(Duration maxWait) {
        this.maxWait = maxWait;
    }

    public void setRetryAfter(Duration retryAfter) {
        this.retryAfter = retryAfter;
    }

    WorkLane.Limits limits() {
        return new WorkLane.Limits(concurrency, queue, perClient, maxWait, retryAfter);
    }
}

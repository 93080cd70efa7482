package fr.ozcar.insitu.web.work;

import io.micronaut.context.annotation.EachBean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.http.HttpRequest;

/**
 * One {@link WorkLane} per {@code insitu.work.<lane>} entry, injected as {@code @Named("<lane>") WorkLane}:
 * {@code sparql}, {@code sta}, {@code export}, {@code deposit}.
 */
@Factory
public class WorkLanes {

    @EachBean(LaneSettings.class)
    WorkLane lane(LaneSettings settings) {
        return new WorkLane(settings.getName(), settings.limits());
    }

    /**
     * Who a per-client limit counts: the peer's IP address. Forwarded headers are not trusted here,
     * since any client can write them to escape its limit; behind a proxy, the proxy limits per client.
     */
    public static String client(HttpRequest<?> request) {
        return request.getRemoteAddress().getAddress().getHostAddress();
    }
}

package dev.warden.bootstrap;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Routes that log (on the event loop, on the blocking executor) and take their time, for the operations tests. */
@Controller("/test/observed")
@Requires(env = "observed-route")
@Secured(SecurityRule.IS_ANONYMOUS)
class ObservedRoute {
    static final Logger LOG = LoggerFactory.getLogger(ObservedRoute.class);

    @Get("/loop")
    CompletableFuture<String> loop() {
        LOG.info("on the event loop");
        return CompletableFuture.completedFuture(Thread.currentThread().getName());
    }

    @Get("/blocking")
    @ExecuteOn(TaskExecutors.BLOCKING)
    String blocking() {
        LOG.info("on the blocking executor");
        return Thread.currentThread().getName();
    }

    @Get("/slow")
    @ExecuteOn(TaskExecutors.BLOCKING)
    String slow(@QueryValue long millis) throws InterruptedException {
        LOG.info("slow request started");
        Thread.sleep(millis);
        return "done";
    }
}

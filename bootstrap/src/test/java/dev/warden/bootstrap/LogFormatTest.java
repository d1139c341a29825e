package dev.warden.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.OutputStreamAppender;
import org.slf4j.Logger;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

/** The service's own logback.xml, in either format of AUTH_LOG_FORMAT, on a logging context of its own. */
class LogFormatTest {

    @Test
    void jsonIsOneObjectPerLineWithTheRequestId() throws Exception {
        var lines = log("json");

        assertThat(lines).hasSize(2);
        var plain = parse(lines.get(0));
        assertThat(plain).containsEntry("level", "INFO").containsEntry("loggerName", "dev.warden.Probe")
                .containsEntry("formattedMessage", "signed in \"ann\"\nsecond line")
                .containsEntry("threadName", Thread.currentThread().getName())
                .containsKeys("timestamp")
                .containsEntry("mdc", Map.of("request_id", "req-123"));
        var failed = parse(lines.get(1));
        assertThat(failed).containsEntry("level", "ERROR").containsKey("throwable");
        assertThat(failed.get("throwable").toString()).contains("IllegalStateException", "boom");
    }

    @Test
    void plainIsTheDefaultPatternWithTheRequestId() throws Exception {
        var lines = log(null);

        assertThat(lines.getFirst()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z INFO  \\[.+\\] "
                + "dev\\.warden\\.Probe \\[req-123\\] - signed in \"ann\"");
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("dev.warden.Probe - without a request"));
    }

    private static Map<String, Object> parse(String line) throws IOException {
        return ObjectMapper.getDefault().readValue(line, Argument.mapOf(String.class, Object.class));
    }

    /** What the configuration writes to standard output for three lines (two of a request, one of none). */
    private static List<String> log(String format) throws Exception {
        var context = new LoggerContext();
        if (format != null) {
            context.putProperty("AUTH_LOG_FORMAT", format);
        }
        context.setMDCAdapter(MDC.getMDCAdapter());
        var out = new ByteArrayOutputStream();
        try {
            var configurator = new JoranConfigurator();
            configurator.setContext(context);
            configurator.doConfigure(LogFormatTest.class.getResource("/logback.xml"));
            var appender = (OutputStreamAppender<?>) context.getLogger(Logger.ROOT_LOGGER_NAME)
                    .getAppender("STDOUT_" + (format == null ? "plain" : format));
            assertThat(appender).as(context.getStatusManager().getCopyOfStatusList().toString()).isNotNull();
            appender.setOutputStream(out);
            var logger = context.getLogger("dev.warden.Probe");
            MDC.put("request_id", "req-123");
            try {
                logger.info("signed in \"{}\"" + (format == null ? "" : "\nsecond line"), "ann");
                logger.error("failed", new IllegalStateException("boom"));
            } finally {
                MDC.remove("request_id");
            }
            if (format == null) {
                logger.info("without a request");
            }
        } finally {
            context.stop();
        }
        var text = out.toString(StandardCharsets.UTF_8);
        return format == null ? text.lines().toList()
                : text.lines().filter(line -> line.startsWith("{")).toList();
    }
}

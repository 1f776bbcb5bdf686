package dev.berth.domain.build;

import dev.berth.domain.container.Healthcheck;
import dev.berth.domain.error.InvalidParameter;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class HealthcheckInstructionTest {

    private static Healthcheck parse(String line) {
        return HealthcheckInstruction.parse(DockerfileParser.instruction(line, 1));
    }

    @Test
    void shellFormWithFlags() {
        assertEquals(new Healthcheck(List.of("CMD-SHELL", "test -d /"), Duration.ofSeconds(5), Duration.ofSeconds(2),
                Duration.ZERO, 4), parse("HEALTHCHECK --interval=5s --timeout=2s --retries=4 CMD test -d /"));
    }

    @Test
    void execFormAndNone() {
        assertEquals(List.of("CMD", "curl", "-f", "http://localhost/"),
                parse("HEALTHCHECK CMD [\"curl\", \"-f\", \"http://localhost/\"]").test());
        assertEquals(List.of("NONE"), parse("HEALTHCHECK NONE").test());
    }

    @Test
    void badChecksAreRefused() {
        assertThrows(InvalidParameter.class, () -> parse("HEALTHCHECK RUN x"));
        assertThrows(InvalidParameter.class, () -> parse("HEALTHCHECK --interval=5s NONE"));
        assertThrows(InvalidParameter.class, () -> parse("HEALTHCHECK --retries=-1 CMD x"));
        assertThrows(InvalidParameter.class, () -> parse("HEALTHCHECK --interval=10us CMD x"));
        assertThrows(InvalidParameter.class, () -> parse("HEALTHCHECK CMD"));
    }
}

package dev.berth.adapters.runc;

import dev.berth.domain.error.SystemFault;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The host's real ps, asked about this test's own process. */
class PsProcessTableTest {

    private final PsProcessTable ps = new PsProcessTable("ps");

    @Test
    void answersPsOutput() {
        String pid = String.valueOf(ProcessHandle.current().pid());

        String output = ps.list(List.of("-o", "pid", "-q", pid));

        assertEquals(List.of("PID", pid), output.lines().map(String::strip).toList());
    }

    @Test
    void aFailingPsIsAFaultCarryingItsFirstErrorLine() {
        SystemFault refused = assertThrows(SystemFault.class, () -> ps.list(List.of("--bogus")));

        assertTrue(refused.getMessage().startsWith("ps: error: "), refused.getMessage());
    }
}

package dev.berth.application.container;

import dev.berth.domain.error.InvalidParameter;
import dev.berth.domain.error.SystemFault;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PsOutputTest {

    private static final String PS_EF = """
            UID          PID    PPID  C STIME TTY          TIME CMD
            root           1       0  0 10:00 ?        00:00:01 /sbin/init
            root         100       1  0 10:01 ?        00:00:00 sleep 1234
            root         101     100  0 10:01 ?        00:00:00 sh -c echo  two  spaces
            root         200       1  0 10:02 ?        00:00:00 other
            """;

    @Test
    void keepsTheContainersPidsWithTheCommandAsOneColumn() {
        ContainerTop.ProcessList list = PsOutput.parse(PS_EF, Set.of(100, 101));

        assertEquals(List.of("UID", "PID", "PPID", "C", "STIME", "TTY", "TIME", "CMD"), list.titles());
        assertEquals(List.of(
                List.of("root", "100", "1", "0", "10:01", "?", "00:00:00", "sleep 1234"),
                List.of("root", "101", "100", "0", "10:01", "?", "00:00:00", "sh -c echo two spaces")),
                list.processes());
    }

    @Test
    void threadLinesFollowOnlyTheContainersProcesses() {
        String psM = """
                PID TTY      STAT   TIME COMMAND
                100 ?        -      0:00 sleep
                  - -        Ss     0:00 -
                200 ?        -      0:00 other
                  - -        Ss     0:00 -
                """;

        assertEquals(List.of(List.of("100", "?", "-", "0:00", "sleep"), List.of("-", "-", "Ss", "0:00", "-")),
                PsOutput.parse(psM, Set.of(100)).processes());
    }

    @Test
    void outputWithoutAPidColumnOrWithABadPidIsAFault() {
        assertThrows(SystemFault.class, () -> PsOutput.parse("USER COMMAND\nroot x\n", Set.of(1)));
        assertThrows(SystemFault.class, () -> PsOutput.parse("PID CMD\nabc x\n", Set.of(1)));
    }

    @Test
    void argumentsDefaultToEfAndOnlyPidMayBeRenamedPid() {
        assertEquals(List.of("-ef"), PsOutput.arguments(""));
        assertEquals(List.of("-ef"), PsOutput.arguments(null));
        assertEquals(List.of("aux"), PsOutput.arguments("aux"));
        assertEquals(List.of("-o", "pid=PID,comm"), PsOutput.arguments("-o pid=PID,comm"));
        InvalidParameter renamed = assertThrows(InvalidParameter.class, () -> PsOutput.arguments("-o uid=PID"));
        assertEquals("specifying \"uid=PID\" is not allowed", renamed.getMessage());
    }
}

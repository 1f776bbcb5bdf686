package dev.berth.domain.build;

import dev.berth.domain.error.InvalidParameter;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DockerfileParserTest {

    @Test
    void joinsContinuationsAndSkipsCommentsInside() {
        Dockerfile file = DockerfileParser.parse("""
                FROM busybox
                # a comment
                RUN echo a \\
                # inside the continuation
                  && echo b
                """);
        assertEquals(2, file.instructions().size());
        Instruction run = file.instructions().get(1);
        assertEquals("RUN", run.keyword());
        assertEquals("echo a   && echo b", run.text());
        assertEquals(3, run.line());
    }

    @Test
    void keywordsAreCaseInsensitive() {
        assertEquals("FROM", DockerfileParser.parse("from busybox").instructions().getFirst().keyword());
    }

    @Test
    void execFormIsAJsonArrayAndAnythingElseShellForm() {
        List<Instruction> instructions = DockerfileParser.parse("""
                FROM busybox
                CMD ["sh", "-c", "echo \\"hi\\""]
                CMD [not json]
                """).instructions();
        assertEquals(List.of("sh", "-c", "echo \"hi\""), instructions.get(1).json());
        assertNull(instructions.get(2).json());
        assertEquals("[not json]", instructions.get(2).text());
    }

    @Test
    void escapeDirectiveChangesTheContinuationCharacter() {
        Dockerfile file = DockerfileParser.parse("""
                # escape=`
                FROM busybox
                RUN echo a `
                  b
                """);
        assertEquals('`', file.escape());
        assertEquals("echo a   b", file.instructions().get(1).text());
    }

    @Test
    void syntaxDirectiveIsIgnoredWithAWarning() {
        Dockerfile file = DockerfileParser.parse("# syntax=docker/dockerfile:1\nFROM busybox\n");
        assertEquals(1, file.warnings().size());
        assertTrue(file.warnings().getFirst().contains("docker/dockerfile:1"));
    }

    @Test
    void directivesCountOnlyAtTheTop() {
        Dockerfile file = DockerfileParser.parse("FROM busybox\n# escape=`\nRUN a \\\n b\n");
        assertEquals('\\', file.escape());
        assertEquals("a  b", file.instructions().get(1).text());
    }

    @Test
    void flagsAreTakenBeforeTheArguments() {
        Instruction copy = DockerfileParser.parse("FROM a\nCOPY --from=builder --chown=1:2 /x /y\n")
                .instructions().get(1);
        assertEquals(Map.of("from", "builder", "chown", "1:2"), copy.flags());
        assertEquals("/x /y", copy.text());
    }

    @Test
    void flagsTheClassicBuilderDoesNotKnowAreRefused() {
        var link = assertThrows(InvalidParameter.class, () -> DockerfileParser.parse("FROM a\nCOPY --link x /y\n"));
        assertEquals("dockerfile parse error line 2: Unknown flag: link", link.getMessage());
        var mount = assertThrows(InvalidParameter.class,
                () -> DockerfileParser.parse("FROM a\nRUN --mount=type=cache,target=/c make\n"));
        assertEquals("dockerfile parse error line 2: the --mount option requires BuildKit", mount.getMessage());
    }

    @Test
    void unknownInstructionNamesItsLine() {
        var e = assertThrows(InvalidParameter.class, () -> DockerfileParser.parse("FROM a\n\nFOO bar\n"));
        assertEquals("dockerfile parse error line 3: unknown instruction: FOO", e.getMessage());
    }

    @Test
    void heredocsAreRefusedClearly() {
        var e = assertThrows(InvalidParameter.class,
                () -> DockerfileParser.parse("FROM a\nRUN <<EOF\necho hi\nEOF\n"));
        assertTrue(e.getMessage().contains("heredocs"), e.getMessage());
    }

    @Test
    void shellNeedsJsonAndMostInstructionsAnArgument() {
        assertThrows(InvalidParameter.class, () -> DockerfileParser.parse("FROM a\nSHELL bash -c\n"));
        assertThrows(InvalidParameter.class, () -> DockerfileParser.parse("FROM a\nWORKDIR\n"));
    }
}

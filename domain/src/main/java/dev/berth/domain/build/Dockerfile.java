package dev.berth.domain.build;

import java.util.List;

/** A parsed Dockerfile: its instructions in order, its escape character and the parser's warnings. */
public record Dockerfile(List<Instruction> instructions, char escape, List<String> warnings) {

    public Dockerfile {
        instructions = List.copyOf(instructions);
        warnings = List.copyOf(warnings);
    }
}

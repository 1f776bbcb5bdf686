package dev.berth.domain.build;

import java.util.List;
import java.util.Map;

/**
 * One instruction of a Dockerfile: its keyword (upper case), its {@code --name=value} flags, and its arguments as
 * written ({@code text}) or, for the exec (JSON) form, as the array ({@code json}, null for the shell form).
 * {@code original} is the instruction as the build output shows it; {@code line} is where it starts.
 */
public record Instruction(String keyword, Map<String, String> flags, String text, List<String> json, String original,
                          int line) {

    public Instruction {
        flags = Map.copyOf(flags);
        json = json == null ? null : List.copyOf(json);
    }

    public boolean execForm() {
        return json != null;
    }

    public String flag(String name) {
        return flags.get(name);
    }
}

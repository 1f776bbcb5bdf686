package dev.berth.domain.container;

import dev.berth.domain.error.InvalidParameter;

import java.util.Locale;
import java.util.Map;

/** A Linux signal, parsed from {@code KILL}, {@code SIGKILL} or {@code 9} as {@code docker kill -s} takes it. */
public record Signal(int number) {

    public static final Signal KILL = new Signal(9);
    public static final Signal TERM = new Signal(15);

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("HUP", 1), Map.entry("INT", 2), Map.entry("QUIT", 3), Map.entry("ILL", 4),
            Map.entry("TRAP", 5), Map.entry("ABRT", 6), Map.entry("IOT", 6), Map.entry("BUS", 7),
            Map.entry("FPE", 8), Map.entry("KILL", 9), Map.entry("USR1", 10), Map.entry("SEGV", 11),
            Map.entry("USR2", 12), Map.entry("PIPE", 13), Map.entry("ALRM", 14), Map.entry("TERM", 15),
            Map.entry("STKFLT", 16), Map.entry("CHLD", 17), Map.entry("CONT", 18), Map.entry("STOP", 19),
            Map.entry("TSTP", 20), Map.entry("TTIN", 21), Map.entry("TTOU", 22), Map.entry("URG", 23),
            Map.entry("XCPU", 24), Map.entry("XFSZ", 25), Map.entry("VTALRM", 26), Map.entry("PROF", 27),
            Map.entry("WINCH", 28), Map.entry("IO", 29), Map.entry("POLL", 29), Map.entry("PWR", 30),
            Map.entry("SYS", 31));
    private static final int RTMAX = 64;

    public Signal {
        if (number < 1 || number > RTMAX) {
            throw new InvalidParameter("Invalid signal: " + number);
        }
    }

    public static Signal parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidParameter("Invalid signal: " + text);
        }
        if (text.chars().allMatch(Character::isDigit)) {
            return new Signal(Integer.parseInt(text));
        }
        String name = text.toUpperCase(Locale.ROOT);
        name = name.startsWith("SIG") ? name.substring(3) : name;
        Integer number = NUMBERS.get(name);
        if (number == null) {
            throw new InvalidParameter("Invalid signal: " + text);
        }
        return new Signal(number);
    }
}

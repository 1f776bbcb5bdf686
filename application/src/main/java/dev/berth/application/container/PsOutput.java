package dev.berth.application.container;

import dev.berth.domain.error.InvalidParameter;
import dev.berth.domain.error.SystemFault;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code docker top} from the host's {@code ps}, as dockerd does it: the arguments are checked (a column may be
 * renamed only as {@code pid=PID...}, or the PID column could not be found), and the output keeps the lines whose
 * PID is one of the container's, with the thread lines ({@code -} as PID, from {@code m}) that follow them.
 */
final class PsOutput {

    static final String DEFAULT_ARGS = "-ef";
    private static final Pattern RENAMED_PID = Pattern.compile("\\s+([^\\s]*)=\\s*(PID[^\\s]*)");

    private PsOutput() {
    }

    /** The arguments ps runs with; InvalidParameter for a column other than pid renamed PID. */
    static List<String> arguments(String psArgs) {
        String args = psArgs == null || psArgs.isEmpty() ? DEFAULT_ARGS : psArgs;
        Matcher renamed = RENAMED_PID.matcher(args);
        while (renamed.find()) {
            if (!renamed.group(1).equals("pid")) {
                throw new InvalidParameter("specifying \"" + renamed.group(1) + "=" + renamed.group(2)
                        + "\" is not allowed");
            }
        }
        return List.of(args.split(" "));
    }

    /** The titles and the container's processes, the last column (the command) holding the rest of the line. */
    static ContainerTop.ProcessList parse(String output, Set<Integer> pids) {
        List<String> lines = List.of(output.split("\n"));
        List<String> titles = fields(lines.isEmpty() ? "" : lines.getFirst());
        int pidIndex = titles.indexOf("PID");
        if (pidIndex < 0) {
            throw new SystemFault("Couldn't find PID field in ps output");
        }
        List<List<String>> processes = new ArrayList<>();
        boolean inContainer = false;
        for (String line : lines.subList(1, lines.size())) {
            if (line.isEmpty()) {
                continue;
            }
            List<String> fields = fields(line);
            String pid = fields.get(pidIndex);
            if (pid.equals("-")) {
                if (inContainer) {
                    processes.add(row(fields, titles.size()));
                }
                continue;
            }
            try {
                inContainer = pids.contains(Integer.parseInt(pid));
            } catch (NumberFormatException e) {
                throw new SystemFault("Unexpected pid '" + pid + "': " + e.getMessage(), e);
            }
            if (inContainer) {
                processes.add(row(fields, titles.size()));
            }
        }
        return new ContainerTop.ProcessList(titles, processes);
    }

    private static List<String> row(List<String> fields, int columns) {
        List<String> row = new ArrayList<>(fields.subList(0, Math.min(columns - 1, fields.size())));
        row.add(String.join(" ", fields.subList(Math.min(columns - 1, fields.size()), fields.size())));
        return row;
    }

    /** ASCII whitespace only, as dockerd's fieldsASCII: a command may hold other spaces. */
    private static List<String> fields(String line) {
        return Arrays.stream(line.split("[ \t\n\u000b\f\r]+")).filter(f -> !f.isEmpty()).toList();
    }
}

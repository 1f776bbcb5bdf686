package dev.berth.application.build;

import dev.berth.application.image.CommitRequest;
import dev.berth.application.image.ImageCommit;
import dev.berth.domain.build.DockerfileParser;
import dev.berth.domain.build.Instruction;
import dev.berth.domain.build.ShellWords;
import dev.berth.domain.container.Signal;
import dev.berth.domain.error.InvalidParameter;
import dev.berth.domain.image.ContainerDefaults;
import dev.berth.domain.image.ContainerDefaultsDraft;
import dev.berth.domain.image.Digest;
import dev.berth.domain.image.Image;
import dev.berth.domain.image.ImageId;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Carries out a stage's instructions as dockerd's classic builder: each step after FROM makes an image (reused
 * from the cache when an earlier build made the same one), variables expanded for the instructions that expand
 * them, with the stage's ENV and ARGs.
 */
final class StageBuilder {

    private final BaseImages bases;
    private final Steps steps;
    private final ImageCommit commits;
    private final RunStep runs;
    private final CopyStep copies;
    private final BuildArgs args;
    private final BuildOutput output;
    private final char escape;
    private final Path context;
    private final List<Optional<Image>> stages = new ArrayList<>();
    private final Map<String, Integer> stageNames = new HashMap<>();

    StageBuilder(BaseImages bases, Steps steps, ImageCommit commits, RunStep runs, CopyStep copies,
                 BuildArgs args, BuildOutput output, char escape, Path context) {
        this.bases = bases;
        this.steps = steps;
        this.commits = commits;
        this.runs = runs;
        this.copies = copies;
        this.args = args;
        this.output = output;
        this.escape = escape;
        this.context = context;
    }

    /** FROM: the base image (an earlier stage, {@code scratch} or a local image); returns the stage name. */
    String from(Instruction from, StageState stage) {
        List<String> words = List.of(from.text().strip().split("\\s+"));
        if (words.size() != 1 && !(words.size() == 3 && words.get(1).equalsIgnoreCase("AS"))) {
            throw new InvalidParameter("FROM requires either one or three arguments");
        }
        String base = new ShellWords(escape, args::meta).word(words.getFirst());
        if (base.isEmpty()) {
            throw new InvalidParameter("base name (" + words.getFirst() + ") should not be blank");
        }
        Integer earlier = stageNames.get(base.toLowerCase(Locale.ROOT));
        if (earlier != null) {
            stages.get(earlier).ifPresent(stage::moveTo);
        } else if (!base.equalsIgnoreCase("scratch")) {
            stage.moveTo(bases.resolve(base));
        }
        stage.image().ifPresent(image -> output.stream(" ---> " + image.id().shortId() + "\n"));
        triggers(stage);
        return words.size() == 3 ? words.get(2).toLowerCase(Locale.ROOT) : null;
    }

    /** The base image's ONBUILD triggers run right after FROM; the new image does not inherit them. */
    private void triggers(StageState stage) {
        List<String> triggers = stage.config.build().onBuild();
        if (triggers.isEmpty()) {
            return;
        }
        var draft = new ContainerDefaultsDraft(stage.config);
        draft.onBuild.clear();
        stage.config = draft.build();
        output.stream("# Executing " + triggers.size() + " build trigger" + (triggers.size() > 1 ? "s" : "")
                + "\n");
        for (String trigger : triggers) {
            execute(DockerfileParser.instruction(trigger, 0), stage);
        }
    }

    /** Records a finished stage for FROM and COPY {@code --from}. */
    void finished(String name, StageState stage) {
        if (name != null) {
            stageNames.put(name, stages.size());
        }
        stages.add(stage.image());
    }

    void execute(Instruction instruction, StageState stage) {
        ShellWords shell = new ShellWords(escape, stage::lookup);
        switch (instruction.keyword()) {
            case "RUN" -> run(instruction, stage);
            case "COPY", "ADD" -> copy(instruction, stage, shell);
            case "ENV" -> {
                Map<String, String> pairs = pairs(instruction, shell);
                change(stage, "ENV " + joined(pairs), draft -> pairs.forEach(draft::setEnv));
            }
            case "ARG" -> arg(instruction, stage, shell);
            case "LABEL" -> {
                Map<String, String> pairs = pairs(instruction, shell);
                change(stage, "LABEL " + joined(pairs), draft -> draft.labels.putAll(pairs));
            }
            case "WORKDIR" -> {
                String dir = shell.word(instruction.text());
                String path = dir.startsWith("/") ? dir : join(stage.config.workingDir(), dir);
                change(stage, "WORKDIR " + path, draft -> draft.workingDir = path);
            }
            case "USER" -> {
                String user = shell.word(instruction.text());
                change(stage, "USER " + user, draft -> draft.user = user);
            }
            case "EXPOSE" -> {
                List<String> ports = shell.words(instruction.text()).stream().map(StageBuilder::port).toList();
                change(stage, "EXPOSE " + String.join(" ", ports), draft -> draft.exposedPorts.addAll(ports));
            }
            case "VOLUME" -> {
                List<String> volumes = instruction.execForm() ? instruction.json().stream().map(shell::word).toList()
                        : shell.words(instruction.text());
                change(stage, "VOLUME " + "[" + String.join(" ", volumes) + "]",
                        draft -> draft.volumes.addAll(volumes));
            }
            case "STOPSIGNAL" -> {
                String signal = shell.word(instruction.text());
                Signal.parse(signal);
                change(stage, "STOPSIGNAL " + signal, draft -> draft.stopSignal = signal);
            }
            case "CMD" -> {
                List<String> cmd = command(instruction, stage);
                stage.cmdSet = true;
                change(stage, "CMD " + CreatedBy.quoted(cmd), draft -> draft.cmd = cmd);
            }
            case "ENTRYPOINT" -> {
                List<String> entrypoint = command(instruction, stage);
                boolean keepCmd = stage.cmdSet;
                change(stage, "ENTRYPOINT " + CreatedBy.quoted(entrypoint), draft -> {
                    draft.entrypoint = entrypoint;
                    if (!keepCmd) {
                        draft.cmd = null; // an inherited CMD does not survive a new ENTRYPOINT
                    }
                });
            }
            case "SHELL" -> change(stage, "SHELL " + CreatedBy.quoted(instruction.json()),
                    draft -> draft.shell = instruction.json());
            case "ONBUILD" -> {
                Instruction trigger = DockerfileParser.instruction(instruction.text(), instruction.line());
                if (Set.of("ONBUILD", "FROM", "MAINTAINER").contains(trigger.keyword())) {
                    throw new InvalidParameter(trigger.keyword() + " isn't allowed as an ONBUILD trigger");
                }
                change(stage, "ONBUILD " + instruction.text(), draft -> draft.onBuild.add(instruction.text()));
            }
            case "MAINTAINER" -> change(stage, "MAINTAINER " + instruction.text(), draft -> { });
            default -> throw new InvalidParameter("the classic builder does not support " + instruction.keyword()
                    + " yet (line " + instruction.line() + ")");
        }
    }

    private void run(Instruction instruction, StageState stage) {
        List<String> command = new ArrayList<>();
        if (instruction.execForm()) {
            command.addAll(instruction.json());
        } else {
            command.addAll(stage.shell());
            command.add(instruction.text());
        }
        List<String> buildEnv = stage.argEnvironment(args.predefined());
        String createdBy = CreatedBy.run(buildEnv, command);
        ImageId parent = stage.imageId().orElseThrow(() -> new InvalidParameter(
                "RUN needs an image with a shell to run in: the stage starts from scratch"));
        ContainerDefaults config = stage.config;
        steps.step(stage, createdBy, () -> runs.run(parent, config, command, buildEnv, createdBy, output));
    }

    private void copy(Instruction instruction, StageState stage, ShellWords shell) {
        List<String> words = instruction.execForm() ? instruction.json().stream().map(shell::word).toList()
                : shell.words(instruction.text());
        if (words.size() < 2) {
            throw new InvalidParameter(instruction.keyword() + " requires at least two arguments, but only "
                    + words.size() + " were provided. Destination could not be determined.");
        }
        String destination = destination(words.getLast(), stage.config.workingDir());
        String from = instruction.flag("from");
        Path root = from == null ? context : copies.rootfsOf(source(from));
        Digest layer = copies.layer(root, words.subList(0, words.size() - 1), destination,
                instruction.flag("chown"), instruction.flag("chmod"), instruction.keyword().equals("ADD"),
                stage.image());
        String kind = words.size() > 2 ? "multi" : "file";
        String createdBy = CreatedBy.copy(instruction.keyword(), kind, layer.hex(), destination);
        ContainerDefaults config = stage.config;
        Optional<ImageId> parent = stage.imageId();
        steps.step(stage, createdBy, () -> commits.commit(new CommitRequest(parent,
                Optional.of(new CommitRequest.StoredLayer(layer)), config, createdBy, null, null)));
    }

    /** COPY {@code --from}: an earlier stage by name or index, else an image. */
    private Image source(String from) {
        Integer named = stageNames.get(from.toLowerCase(Locale.ROOT));
        Integer index = named != null ? named : from.matches("\\d+") ? Integer.valueOf(from) : null;
        if (index != null) {
            if (index >= stages.size()) {
                throw new InvalidParameter("invalid from flag value " + from + ": no such stage");
            }
            return stages.get(index).orElseThrow(() -> new InvalidParameter(
                    "stage " + from + " has no image (it is scratch with no step)"));
        }
        return bases.resolve(from);
    }

    private void arg(Instruction instruction, StageState stage, ShellWords shell) {
        List<String> declared = new ArrayList<>();
        for (String word : shell.words(instruction.text())) {
            int equals = word.indexOf('=');
            String name = equals < 0 ? word : word.substring(0, equals);
            String value = args.declare(name, equals < 0 ? null : word.substring(equals + 1));
            stage.args.put(name, value);
            declared.add(equals < 0 ? name : name + "=" + word.substring(equals + 1));
        }
        change(stage, "ARG " + String.join(" ", declared), draft -> { });
    }

    /** A step that only changes the config. */
    private void change(StageState stage, String text, Consumer<ContainerDefaultsDraft> edit) {
        var draft = new ContainerDefaultsDraft(stage.config);
        edit.accept(draft);
        steps.change(stage, CreatedBy.metadata(text), draft.build());
    }

    private List<String> command(Instruction instruction, StageState stage) {
        if (instruction.execForm()) {
            return instruction.json();
        }
        List<String> command = new ArrayList<>(stage.shell());
        command.add(instruction.text());
        return command;
    }

    /** ENV and LABEL: {@code k=v k2="a b"}, or the legacy {@code k the rest}. */
    private static Map<String, String> pairs(Instruction instruction, ShellWords shell) {
        Map<String, String> pairs = new java.util.LinkedHashMap<>();
        String text = instruction.text();
        List<String> raw = List.of(text.strip().split("\\s+", 2));
        if (!raw.getFirst().contains("=")) {
            if (raw.size() < 2) {
                throw new InvalidParameter(instruction.keyword() + " names can not be blank or need a value: "
                        + text);
            }
            pairs.put(shell.word(raw.getFirst()), shell.word(raw.get(1)));
            return pairs;
        }
        for (String word : shell.words(text)) {
            int equals = word.indexOf('=');
            if (equals <= 0) {
                throw new InvalidParameter("Syntax error - can't find = in \"" + word
                        + "\". Must be of the form: name=value");
            }
            pairs.put(word.substring(0, equals), word.substring(equals + 1));
        }
        return pairs;
    }

    private static String joined(Map<String, String> pairs) {
        return String.join(" ", pairs.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
    }

    private static String port(String port) {
        String lower = port.toLowerCase(Locale.ROOT);
        return lower.contains("/") ? lower : lower + "/tcp";
    }

    private static String destination(String destination, String workingDir) {
        if (destination.startsWith("/")) {
            return destination;
        }
        String joined = join(workingDir, destination);
        return destination.endsWith("/") || destination.equals(".") ? joined + "/" : joined;
    }

    private static String join(String workingDir, String path) {
        String base = workingDir == null || workingDir.isEmpty() ? "/" : workingDir;
        String joined = (base.endsWith("/") ? base : base + "/") + path;
        return java.nio.file.Path.of(joined).normalize().toString();
    }
}

package dev.berth.application.build;

import dev.berth.domain.build.BuildFiles;
import dev.berth.domain.build.Dockerfile;
import dev.berth.domain.build.DockerfileParser;
import dev.berth.domain.build.Instruction;
import dev.berth.domain.build.ShellWords;
import dev.berth.domain.error.InvalidParameter;
import dev.berth.domain.image.ImageId;
import dev.berth.domain.image.ImageReference;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * One build: the ARGs before the first FROM, then the stages in order up to the target, each step numbered as
 * {@code Step n/total : <instruction>}; the target stage's image is the result, tagged as asked.
 */
final class BuildRun implements PreparedBuild {

    private final BuildPorts ports;
    private final BuildRequest request;
    private final BuildFiles.Workspace workspace;
    private final Path context;
    private final Dockerfile dockerfile;
    private final RunStep runs;

    BuildRun(BuildPorts ports, BuildRequest request, BuildFiles.Workspace workspace, Path context, Dockerfile dockerfile) {
        this.ports = ports;
        this.request = request;
        this.workspace = workspace;
        this.context = context;
        this.dockerfile = dockerfile;
        this.runs = new RunStep(ports.containers(), ports.outputs(), ports.commits());
    }

    @Override
    public ImageId run(BuildOutput client) {
        BuildOutput output = request.quiet() ? new QuietOutput(client) : client;
        dockerfile.warnings().forEach(warning -> output.stream("[Warning] " + warning + "\n"));
        List<List<Instruction>> stages = stages();
        int target = targetIndex(stages);
        List<Instruction> metaArgs = metaArgs();
        List<List<Instruction>> built = new ArrayList<>(stages.subList(0, target + 1));
        if (!request.labels().isEmpty()) {
            built.set(target, withLabels(built.get(target)));
        }
        int total = metaArgs.size() + built.stream().mapToInt(List::size).sum();
        var args = new BuildArgs(request.buildArgs());
        var builder = new StageBuilder(new BaseImages(ports.images(), ports.pulls(), request.pull(), output),
                new Steps(ports.images(), ports.commits(), output, request.noCache()), ports.commits(), runs,
                new CopyStep(ports.files(), ports.content(), workspace.root()), args, output, dockerfile.escape(),
                context);
        int step = 0;
        for (Instruction arg : metaArgs) {
            output.stream("Step " + ++step + "/" + total + " : " + arg.original() + "\n");
            declareMeta(arg, args);
        }
        StageState last = null;
        for (List<Instruction> stage : built) {
            var state = new StageState();
            output.stream("Step " + ++step + "/" + total + " : " + stage.getFirst().original() + "\n");
            String name = builder.from(stage.getFirst(), state);
            for (Instruction instruction : stage.subList(1, stage.size())) {
                output.stream("Step " + ++step + "/" + total + " : " + instruction.original() + "\n");
                builder.execute(instruction, state);
            }
            builder.finished(name, state);
            last = state;
        }
        List<String> unused = args.unconsumed();
        if (!unused.isEmpty()) {
            output.stream("[Warning] One or more build-args " + unused + " were not consumed\n");
        }
        ImageId id = last.imageId().orElseThrow(() -> new InvalidParameter(
                "No image was generated. Is your Dockerfile empty?"));
        client.aux(id);
        output.stream("Successfully built " + id.shortId() + "\n");
        for (ImageReference tag : request.tags()) {
            ports.imageCommands().tag(id.toString(), tag.repository(), tag.tag());
            output.stream("Successfully tagged " + tag.familiar() + "\n");
        }
        if (request.quiet()) {
            client.stream(id + "\n");
        }
        return id;
    }

    @Override
    public void cancel() {
        runs.cancel();
    }

    @Override
    public void close() {
        workspace.close();
    }

    private List<Instruction> metaArgs() {
        List<Instruction> args = new ArrayList<>();
        for (Instruction instruction : dockerfile.instructions()) {
            if (instruction.keyword().equals("FROM")) {
                break;
            }
            args.add(instruction);
        }
        return args;
    }

    private static void declareMeta(Instruction arg, BuildArgs args) {
        for (String word : new ShellWords('\\', args::meta).words(arg.text())) {
            int equals = word.indexOf('=');
            args.declareMeta(equals < 0 ? word : word.substring(0, equals),
                    equals < 0 ? null : word.substring(equals + 1));
        }
    }

    private List<List<Instruction>> stages() {
        List<List<Instruction>> stages = new ArrayList<>();
        for (Instruction instruction : dockerfile.instructions()) {
            if (instruction.keyword().equals("FROM")) {
                stages.add(new ArrayList<>());
            }
            if (!stages.isEmpty()) {
                stages.getLast().add(instruction);
            }
        }
        return stages;
    }

    private int targetIndex(List<List<Instruction>> stages) {
        if (request.target() == null) {
            return stages.size() - 1;
        }
        for (int i = 0; i < stages.size(); i++) {
            List<String> words = List.of(stages.get(i).getFirst().text().strip().split("\\s+"));
            if (words.size() == 3 && words.get(2).equalsIgnoreCase(request.target())) {
                return i;
            }
        }
        throw new InvalidParameter("failed to reach build target " + request.target() + " in Dockerfile");
    }

    /** {@code --label}s end the target stage as one more LABEL step, as dockerd adds them. */
    private List<Instruction> withLabels(List<Instruction> stage) {
        StringBuilder text = new StringBuilder("LABEL");
        new TreeMap<>(request.labels()).forEach((key, value) ->
                text.append(' ').append(quote(key)).append('=').append(quote(value)));
        List<Instruction> extended = new ArrayList<>(stage);
        extended.add(DockerfileParser.instruction(text.toString(), 0));
        return extended;
    }

    private static String quote(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("$", "\\$") + "\"";
    }

    /** {@code -q}: only the result is told. */
    private record QuietOutput(BuildOutput client) implements BuildOutput {
        @Override
        public void stream(String text) {
        }

        @Override
        public void aux(ImageId id) {
            client.aux(id);
        }
    }
}

package dev.berth.application.build;

import dev.berth.application.image.Uncompressed;
import dev.berth.domain.build.BuildFiles;
import dev.berth.domain.build.Dockerfile;
import dev.berth.domain.build.DockerfileParser;
import dev.berth.domain.build.DockerIgnore;
import dev.berth.domain.error.InvalidParameter;
import dev.berth.domain.error.NotImplemented;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * The classic builder: the context is unpacked into a workspace and pruned by its {@code .dockerignore} before the
 * Dockerfile is parsed; the steps then run on the same runtime, snapshotter and stores as containers and images.
 */
public final class BuildService implements ImageBuild {

    private final BuildPorts ports;

    public BuildService(BuildPorts ports) {
        this.ports = ports;
    }

    @Override
    public PreparedBuild prepare(BuildRequest request, InputStream body) {
        if (request.remote() != null && !request.remote().isEmpty()) {
            throw new NotImplemented("remote build contexts are not supported: " + request.remote());
        }
        BuildFiles files = ports.files();
        BuildFiles.Workspace workspace = files.workspace();
        try {
            Path context = workspace.root().resolve("context");
            files.unpackContext(uncompressed(body), context);
            String name = DockerIgnore.clean(request.dockerfile());
            String text = files.readText(context, name)
                    .or(() -> name.equals("Dockerfile") ? files.readText(context, "dockerfile")
                            : java.util.Optional.empty())
                    .orElseThrow(() -> new InvalidParameter("Cannot locate specified Dockerfile: " + name));
            files.readText(context, ".dockerignore").map(DockerIgnore::parse)
                    .ifPresent(ignore -> files.prune(context, ignore));
            Dockerfile dockerfile = DockerfileParser.parse(text);
            if (dockerfile.instructions().isEmpty()) {
                throw new InvalidParameter("the Dockerfile (" + name + ") cannot be empty");
            }
            if (dockerfile.instructions().stream().noneMatch(i -> i.keyword().equals("FROM"))
                    || dockerfile.instructions().stream().takeWhile(i -> !i.keyword().equals("FROM"))
                    .anyMatch(i -> !i.keyword().equals("ARG"))) {
                throw new InvalidParameter("no build stage in current context: a Dockerfile begins with FROM "
                        + "(only ARG may come before it)");
            }
            return new BuildRun(ports, request, workspace, context, dockerfile);
        } catch (RuntimeException e) {
            workspace.close();
            throw e;
        }
    }

    private static InputStream uncompressed(InputStream body) {
        try {
            return Uncompressed.of(body);
        } catch (IOException e) {
            throw new InvalidParameter("cannot read the build context: " + e.getMessage(), e);
        }
    }
}

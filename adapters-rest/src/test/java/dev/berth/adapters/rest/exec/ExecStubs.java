package dev.berth.adapters.rest.exec;

import dev.berth.application.container.ContainerFilter;
import dev.berth.application.container.ContainerInspection;
import dev.berth.application.exec.ExecService;
import dev.berth.domain.container.Container;
import dev.berth.domain.container.ContainerConfig;
import dev.berth.domain.container.ContainerId;
import dev.berth.domain.container.ContainerName;
import dev.berth.domain.container.ContainerState;
import dev.berth.domain.container.HostConfig;
import dev.berth.domain.error.NotFound;
import dev.berth.domain.image.ImageId;
import dev.berth.domain.runtime.ExecProcess;
import dev.berth.domain.runtime.ExecResult;
import dev.berth.domain.runtime.ExecRuntime;
import dev.berth.domain.runtime.ExecSpec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The real exec use cases over three containers ({@code running}, {@code stopped}, {@code paused}) and a runtime
 * whose processes print their arguments on stdout, {@code err} on stderr, and exit with their argument count.
 */
@ApplicationScoped
public class ExecStubs {

    static final Map<String, Container> CONTAINERS = Map.of(
            "running", container("running", ContainerState.created().running(7, Instant.EPOCH)),
            "stopped", container("stopped", ContainerState.created().running(7, Instant.EPOCH)
                    .exited(0, false, Instant.EPOCH)),
            "paused", container("paused", ContainerState.created().running(7, Instant.EPOCH).paused(true)));

    @Produces
    @Singleton
    ExecService execs() {
        return new ExecService(new Containers(), new EchoRuntime(), (type, action, actor) -> { }, Clock.systemUTC());
    }

    private static Container container(String name, ContainerState state) {
        ContainerConfig config = new ContainerConfig("busybox", name, "", "", List.of(), null, List.of("sleep"), "",
                Map.of(), Set.of(), false, false, false, false, false, false, null, null);
        return new Container(ContainerId.random(), new ContainerName(name), Instant.EPOCH,
                ImageId.parse("sha256:" + "b".repeat(64)), config,
                new HostConfig(false, "default", null, List.of(), List.of(), false, false), state, "sleep",
                List.of(), 0, false);
    }

    private static final class Containers implements ContainerInspection {

        @Override
        public Container find(String ref) {
            return CONTAINERS.values().stream()
                    .filter(c -> c.name().value().equals(ref) || c.id().value().equals(ref)).findFirst()
                    .orElseThrow(() -> new NotFound("No such container: " + ref));
        }

        @Override
        public List<Container> all() {
            return List.copyOf(CONTAINERS.values());
        }

        @Override
        public List<Container> list(ContainerFilter filter) {
            return all();
        }
    }

    private static final class EchoRuntime implements ExecRuntime {

        @Override
        public ExecProcess exec(ContainerId id, ExecSpec spec) {
            List<String> args = spec.process().args();
            return new ExecProcess() {
                @Override
                public long pid() {
                    return 99;
                }

                @Override
                public OutputStream stdin() {
                    return OutputStream.nullOutputStream();
                }

                @Override
                public InputStream stdout() {
                    return bytes(spec.stdout() ? String.join(" ", args.subList(1, args.size())) + "\n" : "");
                }

                @Override
                public InputStream stderr() {
                    return bytes(spec.stderr() ? "err\n" : "");
                }

                @Override
                public int waitFor() {
                    return args.size() - 1;
                }

                @Override
                public boolean waitFor(Duration timeout) {
                    return true;
                }

                @Override
                public void resize(int height, int width) {
                }

                @Override
                public void kill() {
                }
            };
        }

        @Override
        public ExecResult run(ContainerId id, ExecSpec spec, Duration timeout) {
            return new ExecResult(0, false, new byte[0]);
        }

        private static InputStream bytes(String text) {
            return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        }
    }
}

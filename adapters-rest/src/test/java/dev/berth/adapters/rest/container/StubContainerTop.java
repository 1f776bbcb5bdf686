package dev.berth.adapters.rest.container;

import dev.berth.application.container.ContainerTop;
import dev.berth.domain.error.Conflict;
import dev.berth.domain.error.InvalidParameter;
import dev.berth.domain.error.NotFound;
import dev.berth.domain.error.SystemFault;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * Top use case for API tests: {@code box} runs {@code sleep 1234}, {@code stopped} is not running; ps_args
 * {@code uid=PID} is refused and {@code --bogus} makes ps fail.
 */
@ApplicationScoped
public class StubContainerTop implements ContainerTop {

    @Override
    public ProcessList top(String ref, String psArgs) {
        if (psArgs != null && psArgs.contains("uid=PID")) {
            throw new InvalidParameter("specifying \"uid=PID\" is not allowed");
        }
        if (psArgs != null && psArgs.contains("--bogus")) {
            throw new SystemFault("ps: error: unknown gnu long option");
        }
        if (ref.equals("stopped")) {
            throw new Conflict("Container stopped is not running");
        }
        if (!ref.equals(StubContainerArchive.CONTAINER)) {
            throw new NotFound("No such container: " + ref);
        }
        return new ProcessList(List.of("UID", "PID", "CMD", "ARGS:" + psArgs),
                List.of(List.of("root", "100", "sleep 1234", "")));
    }
}

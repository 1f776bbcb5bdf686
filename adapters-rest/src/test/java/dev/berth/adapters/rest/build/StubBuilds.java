package dev.berth.adapters.rest.build;

import dev.berth.application.build.BuildFailed;
import dev.berth.application.build.BuildOutput;
import dev.berth.application.build.BuildRequest;
import dev.berth.application.build.ImageBuild;
import dev.berth.application.build.PreparedBuild;
import dev.berth.domain.error.InvalidParameter;
import dev.berth.domain.image.Digest;
import dev.berth.domain.image.ImageId;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A canned builder for the API tests: a context whose content is {@code bad} is refused before the stream,
 * {@code fail} fails its one step, anything else builds {@link #ID}; requests and contexts are recorded.
 */
@ApplicationScoped
public class StubBuilds implements ImageBuild {

    static final ImageId ID = new ImageId(new Digest("c".repeat(64)));

    private final List<Object> calls = new CopyOnWriteArrayList<>();

    public List<Object> calls() {
        return List.copyOf(calls);
    }

    @Override
    public PreparedBuild prepare(BuildRequest request, InputStream context) {
        String content;
        try {
            content = new String(context.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        calls.add(request);
        if (content.equals("bad")) {
            throw new InvalidParameter("Cannot locate specified Dockerfile: Dockerfile");
        }
        return new PreparedBuild() {
            @Override
            public ImageId run(BuildOutput output) {
                output.stream("Step 1/1 : RUN exit 3\n");
                if (content.equals("fail")) {
                    throw new BuildFailed("The command '/bin/sh -c exit 3' returned a non-zero code: 3", 3);
                }
                output.aux(ID);
                return ID;
            }

            @Override
            public void cancel() {
                calls.add("cancelled");
            }

            @Override
            public void close() {
                calls.add("closed");
            }
        };
    }
}

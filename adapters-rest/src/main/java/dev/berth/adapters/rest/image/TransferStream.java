package dev.berth.adapters.rest.image;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.application.image.Transfer;
import dev.berth.domain.error.BerthException;
import dev.berth.domain.error.ErrorKind;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Runs a pull or push while streaming its events as JSON lines, each flushed as it comes. Once the stream has begun
 * the status is sent, so a failure becomes a last {@code errorDetail} line, as dockerd ends such a stream.
 */
final class TransferStream {

    private static final Logger LOG = Logger.getLogger(TransferStream.class);

    private TransferStream() {
    }

    static Response of(Transfer transfer, ObjectMapper json) {
        StreamingOutput body = out -> {
            try {
                transfer.run(event -> write(out, json, TransferProgressJson.from(event)));
            } catch (UncheckedIOException e) {
                throw e.getCause(); // the client went away: nothing left to tell it
            } catch (BerthException e) {
                if (e.kind() == ErrorKind.SYSTEM) {
                    LOG.error(e.getMessage(), e);
                }
                write(out, json, TransferProgressJson.error(e.getMessage()));
            } catch (RuntimeException e) {
                LOG.error("transfer failed", e);
                write(out, json, TransferProgressJson.error("internal error: " + e.getClass().getSimpleName()));
            }
        };
        // the CLI reads progress JSON only when the type is exactly application/json (no charset)
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** Layers report from their own threads: one line at a time, or two could interleave. */
    private static void write(OutputStream out, ObjectMapper json, TransferProgressJson line) {
        try {
            byte[] encoded = json.writeValueAsBytes(line);
            synchronized (out) {
                out.write(encoded);
                out.write('\n');
                out.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.berth.adapters.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.domain.error.BerthException;
import dev.berth.domain.error.Forbidden;
import dev.berth.domain.error.InvalidParameter;
import dev.berth.domain.error.NotFound;
import dev.berth.domain.error.SystemFault;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A registry's error answer as a domain error with the registry's words: the Distribution API's
 * {@code {"errors":[{"code":"MANIFEST_UNKNOWN","message":"manifest unknown"}]}} reads
 * {@code manifest unknown: manifest unknown}, as distribution's errcode prints it.
 */
final class RegistryErrors {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_BODY = 64 * 1024;

    private RegistryErrors() {
    }

    static BerthException of(String describe, HttpResponse<InputStream> response) {
        String message = message(response);
        return switch (response.statusCode()) {
            case 404 -> new NotFound(message);
            case 401, 403 -> new Forbidden(describe + ": " + message);
            case 400 -> new InvalidParameter(describe + ": " + message);
            default -> new SystemFault(describe + ": received unexpected HTTP status: " + response.statusCode()
                    + (message.isEmpty() ? "" : ": " + message));
        };
    }

    /** The registry's message for a failed response (and the body is closed). */
    static String message(HttpResponse<InputStream> response) {
        byte[] body;
        try (InputStream in = response.body()) {
            body = in.readNBytes(MAX_BODY);
        } catch (IOException e) {
            body = new byte[0]; // an error body that cannot be read leaves the status as the message
        }
        List<String> parts = new ArrayList<>();
        try {
            JsonNode errors = JSON.readTree(body).path("errors");
            for (JsonNode error : errors) {
                String code = error.path("code").asText("").toLowerCase(Locale.ROOT).replace('_', ' ');
                String text = error.path("message").asText("");
                parts.add(code.isEmpty() ? text : code + ": " + text);
            }
        } catch (IOException e) {
            // not the Distribution API's error JSON: fall back to the status below
        }
        return parts.isEmpty() ? statusText(response.statusCode()) : String.join(", ", parts);
    }

    static String statusText(int status) {
        return switch (status) {
            case 401 -> "401 Unauthorized";
            case 403 -> "403 Forbidden";
            case 404 -> "404 Not Found";
            default -> "status " + status;
        };
    }
}

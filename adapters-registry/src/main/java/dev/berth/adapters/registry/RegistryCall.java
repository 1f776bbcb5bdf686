package dev.berth.adapters.registry;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * One Distribution API endpoint as an immutable step: the request it sends and how it reads the answer. Auth,
 * redirects and retries are {@link RegistryCaller}'s job, so a call states only its own route and statuses.
 */
interface RegistryCall<T> {

    /** The request against the registry's base URI ({@code http://127.0.0.1:5000}); a fresh one on each send. */
    HttpRequest.Builder request(URI base);

    /** Reads a response that is not a 401 the caller could answer; owns (and closes, unless it returns it) the body. */
    T handle(HttpResponse<InputStream> response) throws IOException;

}

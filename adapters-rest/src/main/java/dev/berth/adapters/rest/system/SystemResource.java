package dev.berth.adapters.rest.system;

import dev.berth.adapters.rest.version.ApiVersion;
import dev.berth.application.plugin.PluginCatalog;
import dev.berth.application.system.SystemService;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestResponse;

/** {@code /_ping}, {@code /version} and {@code /info}. */
@Path("/")
public class SystemResource {

    private final SystemService system;
    private final PluginCatalog plugins;

    @Inject
    public SystemResource(SystemService system, PluginCatalog plugins) {
        this.system = system;
        this.plugins = plugins;
    }

    @GET
    @Path("_ping")
    @Produces(MediaType.TEXT_PLAIN)
    public RestResponse<String> ping() {
        return withPingHeaders(RestResponse.ResponseBuilder.ok("OK")).build();
    }

    @HEAD
    @Path("_ping")
    public RestResponse<Void> pingHead() {
        return withPingHeaders(RestResponse.ResponseBuilder.<Void>ok()).build();
    }

    @GET
    @Path("version")
    @Produces(MediaType.APPLICATION_JSON)
    public VersionJson version() {
        return VersionJson.from(system.settings(), system.summary());
    }

    @GET
    @Path("info")
    @Produces(MediaType.APPLICATION_JSON)
    public InfoJson info() {
        return InfoJson.from(system.summary(), plugins.activePlugins());
    }

    /** Clients read the API version to negotiate from these headers (a HEAD has no body). */
    private static <T> RestResponse.ResponseBuilder<T> withPingHeaders(RestResponse.ResponseBuilder<T> builder) {
        return builder
                .header("API-Version", ApiVersion.MAXIMUM.toString())
                .header("OSType", "linux")
                .header("Docker-Experimental", "false")
                .header("Builder-Version", "1")
                .header("Cache-Control", "no-cache, no-store, must-revalidate")
                .header("Pragma", "no-cache");
    }
}

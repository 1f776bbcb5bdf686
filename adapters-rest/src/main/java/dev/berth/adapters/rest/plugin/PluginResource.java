package dev.berth.adapters.rest.plugin;

import dev.berth.adapters.rest.common.Filters;
import dev.berth.application.plugin.PluginCatalog;
import dev.berth.domain.error.NotFound;
import dev.berth.domain.error.NotImplemented;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.List;
import java.util.Set;

/**
 * The {@code /plugins} endpoints: the active v1 plugins are listed and inspected; managed (v2) plugins, which are
 * images run by the daemon, are not supported and every call that would install or change one says so (501).
 */
@Path("/plugins")
@Produces(MediaType.APPLICATION_JSON)
public class PluginResource {

    private static final Set<String> LIST_FILTERS = Set.of("capability", "enabled");
    private static final String MANAGED = "managed (v2) plugins are not supported: Berth uses v1 plugins, found by "
            + "their socket in /run/docker/plugins or a spec file in /etc/docker/plugins";

    private final PluginCatalog plugins;

    @Inject
    public PluginResource(PluginCatalog plugins) {
        this.plugins = plugins;
    }

    @GET
    public List<PluginJson> list(@RestQuery String filters) {
        Filters selection = Filters.parse(filters).accept(LIST_FILTERS);
        List<String> capabilities = selection.get("capability");
        boolean enabled = selection.bool("enabled").orElse(true);
        return plugins.activePlugins().stream()
                .filter(p -> enabled)
                .filter(p -> capabilities.isEmpty() || p.implemented().stream().map(PluginJson::capability)
                        .anyMatch(capabilities::contains))
                .map(PluginJson::from).toList();
    }

    @GET
    @Path("/{name}/json")
    public PluginJson inspect(@RestPath String name) {
        return plugins.activePlugins().stream().filter(p -> p.name().equals(bare(name))).findFirst()
                .map(PluginJson::from)
                .orElseThrow(() -> new NotFound("plugin \"" + name + "\" not found"));
    }

    @GET
    @Path("/privileges")
    public List<Object> privileges() {
        throw new NotImplemented(MANAGED);
    }

    @POST
    @Path("/{action: pull|create}")
    public void install() {
        throw new NotImplemented(MANAGED);
    }

    @POST
    @Path("/{name}/{action: enable|disable|upgrade|push|set}")
    public void change(@RestPath String name) {
        throw new NotImplemented(MANAGED);
    }

    @DELETE
    @Path("/{name}")
    public void remove(@RestPath String name) {
        throw new NotImplemented(MANAGED);
    }

    /** The CLI adds {@code :latest} to a plugin's name, which a v1 plugin does not have. */
    private static String bare(String name) {
        return name.endsWith(":latest") ? name.substring(0, name.length() - ":latest".length()) : name;
    }
}

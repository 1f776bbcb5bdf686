package dev.berth.adapters.plugins;

import dev.berth.domain.error.Unavailable;
import dev.berth.plugins.sdk.protocol.HttpMessage;
import dev.berth.plugins.sdk.protocol.Json;
import dev.berth.plugins.sdk.protocol.PluginErrors;

import java.io.IOException;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Calls a plugin's {@code POST /Protocol.Method} (java.net.http cannot speak over a Unix socket): one connection per
 * call, closed when the timeout passes so that a plugin that hangs cannot hold a request forever. An unreachable,
 * hanging or garbage-speaking plugin is Unavailable; an {@code {"Err": ...}} answer is the error of its status.
 */
public final class PluginClient {

    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r ->
            Thread.ofPlatform().name("plugin-call-timeout").daemon().unstarted(r));

    private final PluginSpec spec;
    private final Duration timeout;

    public PluginClient(PluginSpec spec, Duration timeout) {
        this.spec = spec;
        this.timeout = timeout;
    }

    public PluginSpec spec() {
        return spec;
    }

    /** {@code method} is {@code VolumeDriver.Create}; the answer's JSON object. */
    public Map<String, Object> call(String method, Map<String, Object> request) {
        SocketAddress address = spec.socketAddress();
        HttpMessage response;
        AtomicBoolean timedOut = new AtomicBoolean();
        try (SocketChannel channel = SocketChannel.open(
                address instanceof UnixDomainSocketAddress ? StandardProtocolFamily.UNIX : StandardProtocolFamily.INET)) {
            ScheduledFuture<?> deadline = TIMER.schedule(() -> {
                timedOut.set(true);
                closeQuietly(channel);
            }, timeout.toMillis(), TimeUnit.MILLISECONDS);
            try {
                channel.connect(address);
                HttpMessage.request("/" + method, "plugin", Json.write(request))
                        .writeTo(Channels.newOutputStream(channel));
                response = HttpMessage.read(Channels.newInputStream(channel)).orElseThrow(() ->
                        new IOException("the plugin closed the connection without answering"));
            } finally {
                deadline.cancel(false);
            }
        } catch (IOException e) {
            String why = timedOut.get() ? "no answer within " + timeout.toSeconds() + "s" : e.getMessage();
            throw new Unavailable(method + ": plugin " + spec.name() + " at " + spec.address() + ": " + why, e);
        }
        return answer(method, response);
    }

    private Map<String, Object> answer(String method, HttpMessage response) {
        Map<String, Object> body;
        int status;
        try {
            status = response.status();
            body = Json.parseObject(response.text());
        } catch (IllegalArgumentException e) {
            throw new Unavailable(method + ": plugin " + spec.name() + " answered garbage: " + e.getMessage(), e);
        }
        String err = Json.text(body.get("Err"));
        if (!err.isEmpty()) {
            throw PluginErrors.exception(status, method, err);
        }
        if (status != 200) {
            throw PluginErrors.exception(status, method, "plugin " + spec.name() + " answered status " + status);
        }
        return body;
    }

    private static void closeQuietly(SocketChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // the call fails with its own error
        }
    }
}

package dev.berth.application.image;

import dev.berth.domain.error.InvalidParameter;
import dev.berth.domain.image.ImageConfig;
import dev.berth.domain.image.ImageConfigCodec;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Encodes a config as a unique token and remembers it: enough to give every test image its own ID. */
final class FakeConfigCodec implements ImageConfigCodec {

    private final Map<String, ImageConfig> configs = new ConcurrentHashMap<>();
    private final AtomicInteger next = new AtomicInteger();

    @Override
    public ImageConfig decode(byte[] raw) {
        ImageConfig config = configs.get(new String(raw, StandardCharsets.UTF_8));
        if (config == null) {
            throw new InvalidParameter("invalid image config");
        }
        return config;
    }

    @Override
    public byte[] encode(ImageConfig config) {
        String token = "config-" + next.incrementAndGet();
        configs.put(token, config);
        return token.getBytes(StandardCharsets.UTF_8);
    }
}

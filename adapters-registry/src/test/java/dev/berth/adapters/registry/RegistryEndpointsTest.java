package dev.berth.adapters.registry;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegistryEndpointsTest {

    private final RegistryEndpoints endpoints = new RegistryEndpoints(List.of("reg.lan:5000", "10.1.0.0/16"), null);

    @Test
    void loopbackAndConfiguredRegistriesArePlainHttpEverythingElseHttps() {
        assertTrue(endpoints.isInsecure("127.0.0.1:5000"));
        assertTrue(endpoints.isInsecure("127.8.9.1"));
        assertTrue(endpoints.isInsecure("localhost:5000"));
        assertTrue(endpoints.isInsecure("[::1]:5000"));
        assertTrue(endpoints.isInsecure("reg.lan:5000"));
        assertTrue(endpoints.isInsecure("10.1.200.3:443"));
        assertFalse(endpoints.isInsecure("10.2.0.1:5000"));
        assertFalse(endpoints.isInsecure("reg.lan:5001"));
        assertFalse(endpoints.isInsecure("quay.io"));
        assertEquals(URI.create("http://127.0.0.1:5000"), endpoints.base("127.0.0.1:5000"));
        assertEquals(URI.create("https://quay.io"), endpoints.base("quay.io"));
        assertEquals(URI.create("https://registry-1.docker.io"), endpoints.base("docker.io"));
    }

    @Test
    void loginAddressesNameTheirRegistry() {
        assertEquals("docker.io", HttpRegistry.domain("https://index.docker.io/v1/"));
        assertEquals("127.0.0.1:5000", HttpRegistry.domain("127.0.0.1:5000"));
        assertEquals("r.example:8443", HttpRegistry.domain("https://R.example:8443/v2/"));
    }

    @Test
    void challengesParseQuotedParameters() {
        var challenge = Challenge.parse("Bearer realm=\"https://auth.example/token\",service=\"reg\","
                + "scope=\"repository:a/b:pull,push\"").orElseThrow();
        assertEquals("bearer", challenge.scheme());
        assertEquals(Map.of("realm", "https://auth.example/token", "service", "reg",
                "scope", "repository:a/b:pull,push"), challenge.parameters());
        assertEquals("basic", Challenge.parse("Basic realm=\"cli-realm\"").orElseThrow().scheme());
        assertTrue(Challenge.parse("").isEmpty());
    }
}

package dev.berth.plugins.sdk.protocol;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HttpMessageTest {

    @Test
    void aRequestReadsBackWithItsPathAndBody() throws IOException {
        var out = new ByteArrayOutputStream();
        HttpMessage.request("/VolumeDriver.Create?x=1", "plugin", "{\"Name\":\"v\"}").writeTo(out);

        HttpMessage read = HttpMessage.read(new ByteArrayInputStream(out.toByteArray())).orElseThrow();

        assertEquals("/VolumeDriver.Create", read.path());
        assertEquals("{\"Name\":\"v\"}", read.text());
        assertEquals(HttpMessage.CONTENT_TYPE, read.headers().get("content-type"));
    }

    @Test
    void aChunkedResponseIsJoined() throws IOException {
        String wire = "HTTP/1.1 500 Internal Server Error\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "5\r\n{\"Err\r\n9;ext=1\r\n\":\"boom\"}\r\n0\r\n\r\n";

        HttpMessage read = read(wire);

        assertEquals(500, read.status());
        assertEquals("{\"Err\":\"boom\"}", read.text());
    }

    @Test
    void aClosedConnectionBeforeAMessageIsTheEndOfKeepAlive() throws IOException {
        assertTrue(HttpMessage.read(new ByteArrayInputStream(new byte[0])).isEmpty());
    }

    @Test
    void aTruncatedBodyIsAnError() {
        assertThrows(EOFException.class, () -> read("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n{}"));
    }

    @Test
    void aStartLineThatIsNotHttpIsRejected() throws IOException {
        HttpMessage read = read("garbage\r\n\r\n");
        assertThrows(IllegalArgumentException.class, read::status);
    }

    private static HttpMessage read(String wire) throws IOException {
        return HttpMessage.read(new ByteArrayInputStream(wire.getBytes(StandardCharsets.ISO_8859_1))).orElseThrow();
    }
}

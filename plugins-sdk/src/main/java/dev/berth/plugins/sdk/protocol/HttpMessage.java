package dev.berth.plugins.sdk.protocol;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One HTTP/1.1 request or response as the plugin protocol uses them: a start line, headers (names lower-cased)
 * and a small body framed by {@code Content-Length} or chunked encoding.
 */
public record HttpMessage(String startLine, Map<String, String> headers, byte[] body) {

    /** Docker's media type for plugin calls; dockerd's clients and Go plugins also accept plain JSON. */
    public static final String CONTENT_TYPE = "application/vnd.docker.plugins.v1.2+json";

    /** A body above this is not a plugin message: it stops a broken peer from filling the heap. */
    private static final int MAX_BODY = 16 * 1024 * 1024;
    private static final int MAX_LINE = 64 * 1024;

    public HttpMessage {
        headers = Map.copyOf(headers);
    }

    public static HttpMessage request(String path, String host, String json) {
        return new HttpMessage("POST " + path + " HTTP/1.1",
                Map.of("host", host, "accept", CONTENT_TYPE, "content-type", CONTENT_TYPE), utf8(json));
    }

    public static HttpMessage response(int status, String json) {
        return new HttpMessage("HTTP/1.1 " + status + " " + (status == 200 ? "OK" : "Error"),
                Map.of("content-type", CONTENT_TYPE), utf8(json));
    }

    /** The message, or empty when the peer closed the connection before sending one (the end of keep-alive). */
    public static Optional<HttpMessage> read(InputStream in) throws IOException {
        String start = line(in, true);
        if (start == null) {
            return Optional.empty();
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line = line(in, false); !line.isEmpty(); line = line(in, false)) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new IOException("malformed HTTP header: " + line);
            }
            headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
        }
        byte[] body;
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = chunked(in);
        } else {
            body = exactly(in, length(headers.getOrDefault("content-length", "0")));
        }
        return Optional.of(new HttpMessage(start, headers, body));
    }

    public void writeTo(OutputStream out) throws IOException {
        StringBuilder head = new StringBuilder(startLine).append("\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        head.append("content-length: ").append(body.length).append("\r\n\r\n");
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.write(body);
        out.flush();
    }

    /** The request's path ({@code /VolumeDriver.Create}), without a query. */
    public String path() {
        String[] parts = startLine.split(" ");
        if (parts.length < 3) {
            throw new IllegalArgumentException("malformed HTTP request line: " + startLine);
        }
        int query = parts[1].indexOf('?');
        return query < 0 ? parts[1] : parts[1].substring(0, query);
    }

    /** The response's status code. */
    public int status() {
        String[] parts = startLine.split(" ");
        if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
            throw new IllegalArgumentException("not an HTTP response: " + startLine);
        }
        try {
            return Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not an HTTP response: " + startLine, e);
        }
    }

    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    private static byte[] chunked(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (true) {
            String size = line(in, false);
            int semicolon = size.indexOf(';');
            int length;
            try {
                length = Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
            } catch (NumberFormatException e) {
                throw new IOException("malformed chunk size: " + size, e);
            }
            if (length == 0) {
                while (!line(in, false).isEmpty()) {
                    // trailers: none of the protocol's business
                }
                return out.toByteArray();
            }
            if (out.size() + length > MAX_BODY) {
                throw new IOException("HTTP body is larger than " + MAX_BODY + " bytes");
            }
            out.write(exactly(in, length));
            line(in, false);
        }
    }

    private static int length(String header) throws IOException {
        try {
            int length = Integer.parseInt(header.trim());
            if (length < 0 || length > MAX_BODY) {
                throw new IOException("bad Content-Length: " + header);
            }
            return length;
        } catch (NumberFormatException e) {
            throw new IOException("bad Content-Length: " + header, e);
        }
    }

    private static byte[] exactly(InputStream in, int length) throws IOException {
        byte[] bytes = in.readNBytes(length);
        if (bytes.length != length) {
            throw new EOFException("connection closed in the middle of an HTTP body");
        }
        return bytes;
    }

    /** A CRLF (or LF) terminated line; {@code null} at a clean end of stream when {@code endAllowed}. */
    private static String line(InputStream in, boolean endAllowed) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != '\n') {
            if (b < 0) {
                if (endAllowed && line.size() == 0) {
                    return null;
                }
                throw new EOFException("connection closed in the middle of an HTTP message");
            }
            if (line.size() >= MAX_LINE) {
                throw new IOException("HTTP line longer than " + MAX_LINE + " bytes");
            }
            line.write(b);
        }
        String text = line.toString(StandardCharsets.ISO_8859_1);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

package dev.berth.drivers.network.dns;

import java.io.ByteArrayOutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The part of RFC 1035 the embedded server needs: a query's header and first question, and answers with A and PTR
 * records. Names are kept lowercase without the final dot.
 */
record DnsMessage(int id, int flags, String name, int type, int questionClass) {

    static final int TYPE_A = 1;
    static final int TYPE_PTR = 12;
    static final int RCODE_NXDOMAIN = 3;
    private static final int TTL = 600;

    /** Reads a query; empty when it is not one with a question (which the server then ignores). */
    static Optional<DnsMessage> parseQuery(byte[] packet, int length) {
        try {
            ByteBuffer in = ByteBuffer.wrap(packet, 0, length);
            int id = in.getShort() & 0xffff;
            int flags = in.getShort() & 0xffff;
            int questions = in.getShort() & 0xffff;
            in.position(12);
            if ((flags & 0x8000) != 0 || questions < 1) {
                return Optional.empty();
            }
            StringBuilder name = new StringBuilder();
            for (int label = in.get() & 0xff; label != 0; label = in.get() & 0xff) {
                if (label > 63) {
                    return Optional.empty(); // compression is not used in questions of queries
                }
                byte[] bytes = new byte[label];
                in.get(bytes);
                if (!name.isEmpty()) {
                    name.append('.');
                }
                name.append(new String(bytes, java.nio.charset.StandardCharsets.US_ASCII));
            }
            int type = in.getShort() & 0xffff;
            int questionClass = in.getShort() & 0xffff;
            return Optional.of(new DnsMessage(id, flags, name.toString().toLowerCase(), type, questionClass));
        } catch (BufferUnderflowException e) {
            return Optional.empty();
        }
    }

    /** A response with A records for {@code addresses}. */
    byte[] answerA(List<String> addresses) {
        List<byte[]> records = new ArrayList<>();
        for (String address : addresses) {
            byte[] rdata = new byte[4];
            String[] parts = address.split("\\.");
            for (int i = 0; i < 4; i++) {
                rdata[i] = (byte) Integer.parseInt(parts[i]);
            }
            records.add(rdata);
        }
        return response(0, TYPE_A, records);
    }

    /** A response with one PTR record naming {@code target}. */
    byte[] answerPtr(String target) {
        return response(0, TYPE_PTR, List.of(encodeName(target)));
    }

    /** A response with no answers: {@code rcode} 0 (the name exists, not with this type) or NXDOMAIN. */
    byte[] empty(int rcode) {
        return response(rcode, type, List.of());
    }

    private byte[] response(int rcode, int recordType, List<byte[]> rdatas) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // QR, the query's opcode and RD, AA (the server is authoritative for its network), RA
        int responseFlags = 0x8000 | (flags & 0x7900) | 0x0400 | 0x0080 | rcode;
        writeShort(out, id);
        writeShort(out, responseFlags);
        writeShort(out, 1);
        writeShort(out, rdatas.size());
        writeShort(out, 0);
        writeShort(out, 0);
        out.writeBytes(encodeName(name));
        writeShort(out, type);
        writeShort(out, questionClass);
        for (byte[] rdata : rdatas) {
            writeShort(out, 0xc00c); // the question's name
            writeShort(out, recordType);
            writeShort(out, 1);
            writeShort(out, TTL >>> 16);
            writeShort(out, TTL & 0xffff);
            writeShort(out, rdata.length);
            out.writeBytes(rdata);
        }
        return out.toByteArray();
    }

    static byte[] encodeName(String name) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String label : name.split("\\.")) {
            if (!label.isEmpty()) {
                out.write(label.length());
                out.writeBytes(label.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            }
        }
        out.write(0);
        return out.toByteArray();
    }

    private static void writeShort(ByteArrayOutputStream out, int value) {
        out.write(value >>> 8 & 0xff);
        out.write(value & 0xff);
    }

    /** {@code 4.3.2.1.in-addr.arpa} as the address it asks about ({@code 1.2.3.4}); empty for other names. */
    Optional<String> reverseAddress() {
        String suffix = ".in-addr.arpa";
        if (!name.endsWith(suffix)) {
            return Optional.empty();
        }
        String[] octets = name.substring(0, name.length() - suffix.length()).split("\\.");
        if (octets.length != 4) {
            return Optional.empty();
        }
        return Optional.of(octets[3] + "." + octets[2] + "." + octets[1] + "." + octets[0]);
    }
}

package dev.berth.drivers.network.dns;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class DnsMessageTest {

    /** A query as resolvers send it: id, flags (RD), one question. */
    private static byte[] query(int id, int flags, String name, int type) {
        byte[] encoded = DnsMessage.encodeName(name);
        ByteBuffer out = ByteBuffer.allocate(12 + encoded.length + 4);
        out.putShort((short) id).putShort((short) flags).putShort((short) 1).putShort((short) 0)
                .putShort((short) 0).putShort((short) 0).put(encoded).putShort((short) type).putShort((short) 1);
        return out.array();
    }

    @Test
    void aQuestionIsReadLowercaseWithoutTheFinalDot() {
        byte[] packet = query(0x1234, 0x0100, "Web.MyNet.", DnsMessage.TYPE_A);
        assertEquals(Optional.of(new DnsMessage(0x1234, 0x0100, "web.mynet", DnsMessage.TYPE_A, 1)),
                DnsMessage.parseQuery(packet, packet.length));
    }

    @Test
    void responsesAndTruncatedPacketsAreNotQueries() {
        byte[] response = query(1, 0x8180, "web", DnsMessage.TYPE_A);
        assertEquals(Optional.empty(), DnsMessage.parseQuery(response, response.length));
        byte[] packet = query(1, 0x0100, "web", DnsMessage.TYPE_A);
        assertEquals(Optional.empty(), DnsMessage.parseQuery(packet, 15));
    }

    @Test
    void anAnswerEchoesTheQuestionAndCarriesTheAddresses() {
        DnsMessage question = new DnsMessage(7, 0x0100, "web", DnsMessage.TYPE_A, 1);
        ByteBuffer in = ByteBuffer.wrap(question.answerA(List.of("10.0.0.2", "10.0.0.3")));
        assertEquals(7, in.getShort());
        assertEquals(0x8580, in.getShort() & 0xffff, "QR, AA, RD, RA and NOERROR");
        assertEquals(1, in.getShort());
        assertEquals(2, in.getShort());
        in.position(12 + DnsMessage.encodeName("web").length + 4);
        for (String address : List.of("10.0.0.2", "10.0.0.3")) {
            assertEquals((short) 0xc00c, in.getShort(), "the question's name");
            assertEquals(DnsMessage.TYPE_A, in.getShort());
            in.position(in.position() + 2 + 4);
            assertEquals(4, in.getShort());
            byte[] rdata = new byte[4];
            in.get(rdata);
            assertEquals(address, (rdata[0] & 255) + "." + (rdata[1] & 255) + "." + (rdata[2] & 255) + "."
                    + (rdata[3] & 255));
        }
    }

    @Test
    void nxdomainCarriesItsCodeAndNoAnswer() {
        ByteBuffer in = ByteBuffer.wrap(new DnsMessage(7, 0x0100, "x.mynet", DnsMessage.TYPE_A, 1)
                .empty(DnsMessage.RCODE_NXDOMAIN));
        in.getShort();
        assertEquals(DnsMessage.RCODE_NXDOMAIN, in.getShort() & 0xf);
        in.getShort();
        assertEquals(0, in.getShort());
    }

    @Test
    void reverseNamesGiveTheirAddress() {
        assertEquals(Optional.of("10.8.0.2"), new DnsMessage(1, 0, "2.0.8.10.in-addr.arpa", 12, 1).reverseAddress());
        assertEquals(Optional.empty(), new DnsMessage(1, 0, "8.10.in-addr.arpa", 12, 1).reverseAddress());
        assertEquals(Optional.empty(), new DnsMessage(1, 0, "web.mynet", 12, 1).reverseAddress());
    }

    @Test
    void namesAreEncodedAsLabels() {
        assertArrayEquals(new byte[] {3, 'w', 'e', 'b', 5, 'm', 'y', 'n', 'e', 't', 0},
                DnsMessage.encodeName("web.mynet."));
    }
}

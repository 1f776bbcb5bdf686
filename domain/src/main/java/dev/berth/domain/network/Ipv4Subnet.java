package dev.berth.domain.network;

import dev.berth.domain.error.InvalidParameter;

/** An IPv4 network in CIDR form ({@code 10.20.0.0/16}); addresses are unsigned 32-bit values held in an int. */
public record Ipv4Subnet(int base, int prefix) {

    public Ipv4Subnet {
        if (prefix < 0 || prefix > 32) {
            throw new InvalidParameter("invalid prefix length " + prefix);
        }
        base &= mask(prefix);
    }

    /** {@code 10.20.0.0/16}; host bits are cleared ({@code 10.20.0.1/16} is the same subnet). */
    public static Ipv4Subnet parse(String cidr) {
        int slash = cidr == null ? -1 : cidr.indexOf('/');
        if (slash < 0) {
            throw new InvalidParameter("invalid CIDR address: " + cidr);
        }
        try {
            return new Ipv4Subnet(address(cidr.substring(0, slash)), Integer.parseInt(cidr.substring(slash + 1)));
        } catch (NumberFormatException e) {
            throw new InvalidParameter("invalid CIDR address: " + cidr);
        }
    }

    /** A dotted quad as an int; InvalidParameter when it is not one. */
    public static int address(String dotted) {
        String[] parts = dotted == null ? new String[0] : dotted.split("\\.", -1);
        if (parts.length != 4) {
            throw new InvalidParameter("invalid IPv4 address: " + dotted);
        }
        int value = 0;
        for (String part : parts) {
            if (!part.matches("[0-9]{1,3}") || Integer.parseInt(part) > 255) {
                throw new InvalidParameter("invalid IPv4 address: " + dotted);
            }
            value = value << 8 | Integer.parseInt(part);
        }
        return value;
    }

    public static String dotted(int address) {
        return (address >>> 24) + "." + (address >>> 16 & 255) + "." + (address >>> 8 & 255) + "." + (address & 255);
    }

    static int mask(int prefix) {
        return prefix == 0 ? 0 : -1 << (32 - prefix);
    }

    public boolean contains(int address) {
        return (address & mask(prefix)) == base;
    }

    public boolean contains(String address) {
        return contains(address(address));
    }

    public boolean overlaps(Ipv4Subnet other) {
        int shorter = Math.min(prefix, other.prefix);
        return (base & mask(shorter)) == (other.base & mask(shorter));
    }

    /** How many addresses it holds (2^(32-prefix)). */
    public long size() {
        return 1L << (32 - prefix);
    }

    /** The address {@code offset} places after the network address. */
    public int at(long offset) {
        return (int) (Integer.toUnsignedLong(base) + offset);
    }

    public int broadcast() {
        return base | ~mask(prefix);
    }

    @Override
    public String toString() {
        return dotted(base) + "/" + prefix;
    }
}

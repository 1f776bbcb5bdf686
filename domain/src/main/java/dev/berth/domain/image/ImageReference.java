package dev.berth.domain.image;

import dev.berth.domain.error.InvalidParameter;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A normalised image reference: {@code busybox} is {@code docker.io/library/busybox:latest}. A reference names
 * a tag, a digest, or both ({@code localhost:5000/a/b:t@sha256:…}), or neither when parsed as a bare repository
 * (a filter); {@link #familiar()} gives the short form dockerd prints.
 */
public record ImageReference(String domain, String path, String tag, Digest digest) {

    public static final String DEFAULT_DOMAIN = "docker.io";
    public static final String DEFAULT_TAG = "latest";
    private static final String OFFICIAL_PREFIX = "library/";
    private static final Pattern COMPONENT = Pattern.compile("[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*");
    private static final Pattern DOMAIN = Pattern.compile(
            "(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::[0-9]+)?"
                    + "|\\[[0-9a-fA-F:]+\\](?::[0-9]+)?");
    private static final Pattern TAG = Pattern.compile("[\\w][\\w.-]{0,127}");
    private static final int MAX_NAME_LENGTH = 255;

    /** Parses and normalises a reference; a missing tag and digest means {@code :latest}. */
    public static ImageReference parse(String text) {
        return parseName(text, true);
    }

    /** Parses a repository name with an optional tag or digest, keeping "no tag" as a null tag (for filters). */
    public static ImageReference parseRepository(String text) {
        return parseName(text, false);
    }

    private static ImageReference parseName(String text, boolean defaultTag) {
        if (text == null || text.isEmpty()) {
            throw invalid(text);
        }
        String rest = text;
        Digest digest = null;
        int at = rest.indexOf('@');
        if (at >= 0) {
            if (!Digest.isDigest(rest.substring(at + 1))) {
                throw invalid(text);
            }
            digest = Digest.parse(rest.substring(at + 1));
            rest = rest.substring(0, at);
        }
        String tag = null;
        int colon = rest.lastIndexOf(':');
        if (colon > rest.lastIndexOf('/')) {
            tag = rest.substring(colon + 1);
            rest = rest.substring(0, colon);
            if (!TAG.matcher(tag).matches()) {
                throw invalid(text);
            }
        }
        String domain = DEFAULT_DOMAIN;
        String path = rest;
        int slash = rest.indexOf('/');
        if (slash > 0) {
            String first = rest.substring(0, slash);
            if (first.contains(".") || first.contains(":") || first.equals("localhost")
                    || !first.equals(first.toLowerCase(Locale.ROOT))) {
                if (!DOMAIN.matcher(first).matches()) {
                    throw invalid(text);
                }
                domain = first;
                path = rest.substring(slash + 1);
            }
        }
        if (domain.equals(DEFAULT_DOMAIN) && !path.contains("/")) {
            path = OFFICIAL_PREFIX + path;
        }
        if (!path.equals(path.toLowerCase(Locale.ROOT))) {
            // dockerd's wording: upper case is the one mistake worth naming
            throw new InvalidParameter("invalid reference format: repository name (" + path + ") must be lowercase");
        }
        for (String component : path.split("/", -1)) {
            if (!COMPONENT.matcher(component).matches()) {
                throw invalid(text);
            }
        }
        if (domain.length() + 1 + path.length() > MAX_NAME_LENGTH) {
            throw new InvalidParameter("invalid reference format: repository name must not be more than 255 characters");
        }
        if (tag == null && digest == null && defaultTag) {
            tag = DEFAULT_TAG;
        }
        return new ImageReference(domain, path, tag, digest);
    }

    private static InvalidParameter invalid(String text) {
        return new InvalidParameter("invalid reference format: " + text);
    }

    /** {@code docker.io/library/busybox} */
    public String repository() {
        return domain + "/" + path;
    }

    /** The repository as dockerd prints it: {@code busybox}, {@code user/app}, {@code localhost:5000/a/b}. */
    public String familiarRepository() {
        if (!domain.equals(DEFAULT_DOMAIN)) {
            return repository();
        }
        return path.startsWith(OFFICIAL_PREFIX) ? path.substring(OFFICIAL_PREFIX.length()) : path;
    }

    public Optional<String> tagName() {
        return Optional.ofNullable(tag);
    }

    public Optional<Digest> digestValue() {
        return Optional.ofNullable(digest);
    }

    /** The same repository with another tag and no digest. */
    public ImageReference withTag(String newTag) {
        return new ImageReference(domain, path, newTag, null);
    }

    /** The short form: {@code busybox:latest}, {@code localhost:5000/a/b@sha256:…}. */
    public String familiar() {
        return familiarRepository() + (tag != null ? ":" + tag : "") + (digest != null ? "@" + digest : "");
    }

    @Override
    public String toString() {
        return repository() + (tag != null ? ":" + tag : "") + (digest != null ? "@" + digest : "");
    }
}

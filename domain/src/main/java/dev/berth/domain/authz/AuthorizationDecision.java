package dev.berth.domain.authz;

/** An authorizer's verdict; {@code message} says why (dockerd shows it to the client on a denial). */
public record AuthorizationDecision(boolean allowed, String message) {

    public AuthorizationDecision {
        message = message == null ? "" : message;
    }

    public static AuthorizationDecision allow() {
        return new AuthorizationDecision(true, "");
    }

    public static AuthorizationDecision deny(String message) {
        return new AuthorizationDecision(false, message);
    }
}

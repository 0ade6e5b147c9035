package nl.inburgering.portal.web.security;

/** A token just created: the only moment its plaintext exists outside the caller's system. */
public record NieuwToken(long id, String naam, String token) {
}

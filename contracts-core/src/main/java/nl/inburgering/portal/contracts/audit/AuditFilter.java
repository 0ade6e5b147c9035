package nl.inburgering.portal.contracts.audit;

import java.time.Instant;

/**
 * Filter of the audit log list; every field is optional (null: no condition).
 *
 * @param gebruiker   user name, exact
 * @param actie       action, exact (e.g. {@code AANGEMAAKT})
 * @param entiteit    entity name, exact (e.g. {@code Contract})
 * @param entiteitId  entity id
 * @param vanaf       from this moment (inclusive)
 * @param tot         until this moment (exclusive)
 * @param tekst       contained in the summary, case-insensitive
 */
public record AuditFilter(String gebruiker, String actie, String entiteit, Long entiteitId, Instant vanaf,
        Instant tot, String tekst) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null, null);
    }

    public static AuditFilter forEntity(String entiteit, Long entiteitId) {
        return new AuditFilter(null, null, entiteit, entiteitId, null, null, null);
    }
}

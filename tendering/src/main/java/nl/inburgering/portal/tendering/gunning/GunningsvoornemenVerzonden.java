package nl.inburgering.portal.tendering.gunning;

import java.time.LocalDate;

/**
 * An award decision was sent to all bidders: the standstill runs until {@code standstillEinde}
 * (inclusive). Fired inside the sending transaction; observers in other modules (the dashboard, an
 * e-mail notice) should observe {@code AFTER_SUCCESS}.
 */
public record GunningsvoornemenVerzonden(long aanbestedingId, long voornemenId, LocalDate verzenddatum,
        LocalDate standstillEinde) {
}

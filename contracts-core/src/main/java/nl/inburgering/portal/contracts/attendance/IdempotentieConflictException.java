package nl.inburgering.portal.contracts.attendance;

import nl.inburgering.portal.contracts.shared.StateConflictException;

/**
 * An {@code Idempotency-Key} that this provider used before for other records: refused, nothing stored
 * (409, or 422 if the API prefers; the web layer decides).
 */
public class IdempotentieConflictException extends StateConflictException {

    public IdempotentieConflictException(String sleutel) {
        super("De Idempotency-Key '" + sleutel + "' is al gebruikt voor een verzoek met andere presenties;"
                + " gebruik een nieuwe sleutel voor een nieuw verzoek.");
    }
}

package nl.inburgering.portal.tendering.gunning;

import java.util.List;

/**
 * A tender was definitively awarded and its contracts created in contracts-core. Fired inside the
 * awarding transaction; observers in other modules should observe {@code AFTER_SUCCESS}.
 */
public record AanbestedingGegund(long aanbestedingId, List<Long> contractIds) {

    public AanbestedingGegund {
        contractIds = List.copyOf(contractIds);
    }
}

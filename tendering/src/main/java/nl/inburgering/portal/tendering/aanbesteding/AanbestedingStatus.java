package nl.inburgering.portal.tendering.aanbesteding;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.inburgering.portal.contracts.shared.StateConflictException;

/**
 * The life cycle of a tender (DESIGN.md, "Tender"), as a plain state machine:
 *
 * <pre>
 * CONCEPT -> GEPUBLICEERD -> GESLOTEN -> BEOORDEELD -> GUNNINGSVOORNEMEN_VERZONDEN -> GEGUND
 *                               ^            |                 |
 *                               +------------+-----------------+   (reopen scoring; withdraw the decision)
 * every status but GEGUND -> INGETROKKEN
 * </pre>
 *
 * GESLOTEN is reached at the bid deadline, when the bids are opened. BEOORDEELD can go back to
 * GESLOTEN to correct a score before the award decision is sent; a sent decision can be withdrawn
 * (e.g. after a well-founded objection), which reopens the scoring, and a new decision then starts a
 * new standstill. GEGUND and INGETROKKEN are final. Every other transition is refused.
 */
public enum AanbestedingStatus {

    /** Being prepared by the contract manager; not public. */
    CONCEPT("concept"),
    /** Public notice online; providers may bid until the deadline. */
    GEPUBLICEERD("gepubliceerd"),
    /** Deadline passed, bids opened and checked for exclusion; quality being scored. */
    GESLOTEN("gesloten"),
    /** Every valid bid scored and every tie decided: the BPKV table is final. */
    BEOORDEELD("beoordeeld"),
    /** Award decision sent to all bidders; the standstill runs. */
    GUNNINGSVOORNEMEN_VERZONDEN("gunningsvoornemen verzonden"),
    /** Definitively awarded: the contracts exist. Final. */
    GEGUND("gegund"),
    /** Cancelled. Final. */
    INGETROKKEN("ingetrokken");

    private static final Map<AanbestedingStatus, Set<AanbestedingStatus>> OVERGANGEN =
            new EnumMap<>(AanbestedingStatus.class);

    static {
        OVERGANGEN.put(CONCEPT, EnumSet.of(GEPUBLICEERD, INGETROKKEN));
        OVERGANGEN.put(GEPUBLICEERD, EnumSet.of(GESLOTEN, INGETROKKEN));
        OVERGANGEN.put(GESLOTEN, EnumSet.of(BEOORDEELD, INGETROKKEN));
        OVERGANGEN.put(BEOORDEELD, EnumSet.of(GESLOTEN, GUNNINGSVOORNEMEN_VERZONDEN, INGETROKKEN));
        OVERGANGEN.put(GUNNINGSVOORNEMEN_VERZONDEN, EnumSet.of(GESLOTEN, GEGUND, INGETROKKEN));
        OVERGANGEN.put(GEGUND, EnumSet.noneOf(AanbestedingStatus.class));
        OVERGANGEN.put(INGETROKKEN, EnumSet.noneOf(AanbestedingStatus.class));
    }

    private final String omschrijving;

    AanbestedingStatus(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    /** The status as a Dutch word, for messages. */
    public String omschrijving() {
        return omschrijving;
    }

    public boolean kanNaar(AanbestedingStatus doel) {
        return OVERGANGEN.get(this).contains(doel);
    }

    /** The statuses this one may change to. */
    public Set<AanbestedingStatus> volgende() {
        return Collections.unmodifiableSet(OVERGANGEN.get(this));
    }

    /**
     * The target status, if this transition is allowed; otherwise a {@link StateConflictException}
     * naming the current status and what is possible from it.
     *
     * @param handeling what the user tried, e.g. "publiceren", for the message
     */
    public AanbestedingStatus naar(AanbestedingStatus doel, String handeling) {
        if (!kanNaar(doel)) {
            String mogelijk = volgende().isEmpty() ? "geen: dit is een eindstatus"
                    : volgende().stream().map(AanbestedingStatus::omschrijving).collect(Collectors.joining(", "));
            throw new StateConflictException("Een aanbesteding met status '" + omschrijving + "' kan niet "
                    + handeling + " (mogelijk vanuit deze status: " + mogelijk + ").");
        }
        return doel;
    }

    /** Whether the public notice is online: every status after CONCEPT. */
    public boolean isPubliek() {
        return this != CONCEPT;
    }

    public boolean isEindstatus() {
        return OVERGANGEN.get(this).isEmpty();
    }
}

package nl.inburgering.portal.contracts.attendance;

import nl.inburgering.portal.contracts.shared.Onderdeel;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.inburgering.portal.contracts.shared.ContractNumber;

/**
 * The weekly attendance grid of one contract (issue 6, "Portal entry"): every placement active in the week
 * (Monday to Sunday) with its stored records, and per day whether it can be entered. The page saves the
 * grid through {@link PresentieService#verwerk}, so the same rules and answers apply as to the API.
 *
 * @param dagen Monday up to and including Sunday
 */
public record Weekrooster(long contractId, ContractNumber contractNummer, LocalDate maandag, List<LocalDate> dagen,
        List<Regel> regels) {

    public Weekrooster {
        dagen = List.copyOf(dagen);
        regels = List.copyOf(regels);
    }

    /**
     * One placement's row.
     *
     * @param invoerbaar the days in the active period, not paused, not in the future and not in a settled month
     * @param afgesloten    the days of the week in a settled month: changes go through a correction request
     * @param corrigeerbaar the days of {@code afgesloten} that would be enterable were the month not settled
     *                      (active, not paused, not in the future): a correction request can be proposed for them
     */
    public record Regel(long plaatsingId, long inburgeraarId, String inburgeraarNaam, String klantReferentie,
            Set<LocalDate> invoerbaar, Set<LocalDate> afgesloten, Set<LocalDate> corrigeerbaar,
            List<PresentieView> presenties) {

        public Regel {
            invoerbaar = Set.copyOf(invoerbaar);
            afgesloten = Set.copyOf(afgesloten);
            corrigeerbaar = Set.copyOf(corrigeerbaar);
            presenties = List.copyOf(presenties);
        }

        /** The stored record of this day and component, or null. */
        public PresentieView presentie(LocalDate datum, Onderdeel onderdeel) {
            for (PresentieView p : presenties) {
                if (p.datum().equals(datum) && p.onderdeel() == onderdeel) {
                    return p;
                }
            }
            return null;
        }
    }
}

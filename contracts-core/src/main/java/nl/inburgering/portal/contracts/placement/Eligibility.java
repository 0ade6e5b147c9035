package nl.inburgering.portal.contracts.placement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.inburgering.portal.contracts.aanbieder.Aanbieder;
import nl.inburgering.portal.contracts.aanbieder.KeurmerkStatus;
import nl.inburgering.portal.contracts.contract.Contract;
import nl.inburgering.portal.contracts.contract.ContractStatus;
import nl.inburgering.portal.contracts.shared.Leerroute;

/**
 * Eligibility of a placement on a contract (DESIGN.md, "Rules", "Eligibility of a placement"), as a
 * pure function: every rule is checked and every failed rule is returned, each with a Dutch reason, so
 * a refusal always says all that is wrong at once. An empty list means eligible.
 *
 * <ol>
 * <li>The contract is {@code ACTIEF} on the planned start date and covers the leerroute
 * ({@link PlaatsingsRegel#CONTRACT_NIET_ACTIEF}, {@link PlaatsingsRegel#LEERROUTE_NIET_GEDEKT}).</li>
 * <li>The inburgeraar's gemeente participates in the contract
 * ({@link PlaatsingsRegel#GEMEENTE_NEEMT_NIET_DEEL}).</li>
 * <li>{@code ONDERWIJSROUTE} only with a WEB-recognised education institution (Wet educatie en
 * beroepsonderwijs); {@code B1_ROUTE} and {@code Z_ROUTE} only with a Blik op Werk keurmerk
 * {@code GELDIG} on the planned start date (Besluit inburgering 2021). A {@code GESCHORST} provider takes
 * no new cursisten on any route ({@link PlaatsingsRegel#GEEN_WEB_ERKENNING},
 * {@link PlaatsingsRegel#KEURMERK_NIET_GELDIG}, {@link PlaatsingsRegel#AANBIEDER_GESCHORST}).</li>
 * <li>Capacity: the placements taking a place on the contract stay below its capacity
 * ({@link PlaatsingsRegel#CAPACITEIT_VOL}; see {@link PlaatsingStatus#BEZET_CAPACITEIT}).</li>
 * <li>No other lopende placement for the same inburgeraar ({@link PlaatsingsRegel#ANDERE_OPEN_PLAATSING}).</li>
 * </ol>
 * And, from "Allocation": for the onderwijsroute only a contract of the provider the inburgeraar chose
 * ({@link PlaatsingsRegel#NIET_GEKOZEN_AANBIEDER}).
 *
 * <p>The facts that need the database (how many places are taken, whether the inburgeraar has another
 * lopende placement) come in as numbers and flags; the service counts them under a lock.
 */
public final class Eligibility {

    private Eligibility() {
    }

    /**
     * What is asked: a placement of one inburgeraar on a contract.
     *
     * @param gekozenAanbiederId  for the onderwijsroute: the provider the inburgeraar chose; null otherwise
     * @param andereOpenPlaatsing whether the inburgeraar has another lopende placement (not this one)
     */
    public record Aanvraag(Leerroute leerroute, long gemeenteId, LocalDate geplandeStart, Long gekozenAanbiederId,
            boolean andereOpenPlaatsing) {

        public Aanvraag {
            Objects.requireNonNull(leerroute, "leerroute");
            Objects.requireNonNull(geplandeStart, "geplandeStart");
        }
    }

    /**
     * All rules.
     *
     * @param aanbieder the contract's provider
     * @param bezet     places taken on the contract by other placements
     */
    public static List<Afwijzing> toets(Aanvraag aanvraag, Contract contract, Aanbieder aanbieder, long bezet) {
        List<Afwijzing> afwijzingen = toetsZonderCapaciteit(aanvraag, contract, aanbieder);
        capaciteit(contract, bezet).ifPresent(afwijzingen::add);
        return afwijzingen;
    }

    /**
     * Every rule except capacity (rule 4), which an allocation over a batch tracks itself as it goes.
     * Returns a new, modifiable list.
     */
    public static List<Afwijzing> toetsZonderCapaciteit(Aanvraag aanvraag, Contract contract, Aanbieder aanbieder) {
        Objects.requireNonNull(aanvraag, "aanvraag");
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(aanbieder, "aanbieder");
        List<Afwijzing> uit = new ArrayList<>();
        String nr = "Contract " + contract.getContractNummer();
        LocalDate start = aanvraag.geplandeStart();

        // rule 1
        if (contract.getStatus() != ContractStatus.ACTIEF) {
            uit.add(new Afwijzing(PlaatsingsRegel.CONTRACT_NIET_ACTIEF, nr + " is " + contract.getStatus()
                    + " en neemt geen nieuwe plaatsingen aan."));
        } else if (!contract.isActiefOp(start)) {
            uit.add(new Afwijzing(PlaatsingsRegel.CONTRACT_NIET_ACTIEF, nr + " loopt van " + contract.getStartdatum()
                    + " tot en met " + contract.getEinddatum() + "; de geplande start " + start
                    + " valt daarbuiten."));
        }
        if (!contract.dektLeerroute(aanvraag.leerroute())) {
            uit.add(new Afwijzing(PlaatsingsRegel.LEERROUTE_NIET_GEDEKT, nr + " dekt de " + routeNaam(
                    aanvraag.leerroute()) + " niet."));
        }
        // rule 2
        if (!contract.neemtDeel(aanvraag.gemeenteId())) {
            uit.add(new Afwijzing(PlaatsingsRegel.GEMEENTE_NEEMT_NIET_DEEL, "De gemeente van de inburgeraar neemt niet"
                    + " deel aan contract " + contract.getContractNummer() + "."));
        }
        // rule 3
        Optional<KeurmerkStatus> keurmerk = aanbieder.keurmerkStatusOp(start);
        if (keurmerk.filter(s -> s == KeurmerkStatus.GESCHORST).isPresent()) {
            uit.add(new Afwijzing(PlaatsingsRegel.AANBIEDER_GESCHORST, aanbieder.getNaam() + " is geschorst op " + start
                    + " en neemt geen nieuwe cursisten aan."));
        }
        if (aanvraag.leerroute() == Leerroute.ONDERWIJSROUTE) {
            if (!aanbieder.isWebErkendOp(start)) {
                uit.add(new Afwijzing(PlaatsingsRegel.GEEN_WEB_ERKENNING, aanbieder.getNaam()
                        + " is geen WEB-erkende onderwijsinstelling op " + start
                        + "; de onderwijsroute vraagt die erkenning."));
            }
        } else if (keurmerk.filter(s -> s == KeurmerkStatus.GELDIG).isEmpty()
                && keurmerk.filter(s -> s == KeurmerkStatus.GESCHORST).isEmpty()) {
            uit.add(new Afwijzing(PlaatsingsRegel.KEURMERK_NIET_GELDIG, aanbieder.getNaam() + " heeft op " + start
                    + (keurmerk.isPresent() ? " keurmerkstatus " + keurmerk.get() : " geen keurmerk")
                    + "; de " + routeNaam(aanvraag.leerroute()) + " vraagt een geldig keurmerk."));
        }
        // rule 5
        if (aanvraag.andereOpenPlaatsing()) {
            uit.add(new Afwijzing(PlaatsingsRegel.ANDERE_OPEN_PLAATSING,
                    "De inburgeraar heeft al een lopende plaatsing; een inburgeraar heeft er hoogstens één."));
        }
        // Open House: the inburgeraar chooses
        if (aanvraag.leerroute() == Leerroute.ONDERWIJSROUTE && aanvraag.gekozenAanbiederId() != null
                && !aanvraag.gekozenAanbiederId().equals(contract.getAanbiederId())) {
            uit.add(new Afwijzing(PlaatsingsRegel.NIET_GEKOZEN_AANBIEDER, nr + " is van " + aanbieder.getNaam()
                    + "; voor de onderwijsroute kiest de inburgeraar zelf de aanbieder."));
        }
        return uit;
    }

    /** Rule 4: capacity, if the contract has one. */
    public static Optional<Afwijzing> capaciteit(Contract contract, long bezet) {
        Integer capaciteit = contract.getCapaciteit();
        if (capaciteit == null || bezet < capaciteit) {
            return Optional.empty();
        }
        return Optional.of(new Afwijzing(PlaatsingsRegel.CAPACITEIT_VOL, "Contract " + contract.getContractNummer()
                + " zit vol: " + bezet + " van " + capaciteit + " plaatsen bezet."));
    }

    static String routeNaam(Leerroute l) {
        return switch (l) {
            case ONDERWIJSROUTE -> "onderwijsroute";
            case B1_ROUTE -> "B1-route";
            case Z_ROUTE -> "Z-route";
        };
    }
}

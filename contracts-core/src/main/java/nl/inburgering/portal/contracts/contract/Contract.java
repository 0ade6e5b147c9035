package nl.inburgering.portal.contracts.contract;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.inburgering.portal.contracts.shared.ContractNumber;
import nl.inburgering.portal.contracts.shared.FieldChecks;
import nl.inburgering.portal.contracts.shared.InvalidInputException;
import nl.inburgering.portal.contracts.shared.Leerroute;
import nl.inburgering.portal.contracts.shared.Onderdeel;
import nl.inburgering.portal.contracts.shared.StateConflictException;

/**
 * A contract between the lead municipality (on behalf of the participating gemeenten) and one provider
 * for one or more leerroutes (DESIGN.md, "Domain model", Contract). It comes from an Open House
 * admission or a tender award ({@link ContractHerkomst}) and references its provider and the
 * participating gemeenten by id.
 *
 * <p>Rules kept here:
 * <ul>
 * <li>A contract runs from its start to its end date (end after start) and covers at least one
 * leerroute and one participating gemeente.</li>
 * <li>{@link #isActiefOp(LocalDate)}: eligibility rule 1 (DESIGN.md): status {@link ContractStatus#ACTIEF}
 * and the date within the contract period.</li>
 * <li>Status: {@code ACTIEF <-> OPGESCHORT} ({@link #schortOp()}, {@link #hervat()}); both may be
 * ended early ({@link #beeindig(LocalDate)}: withdrawal from Open House with notice, or termination),
 * which is final. Any other transition is refused.</li>
 * <li>{@link #verleng(LocalDate)} uses one of the extension options agreed in the tender
 * (Aanbestedingswet 2012: a modification must be foreseen in the original contract).</li>
 * <li>Tariffs are versions by valid-from date ({@link #tariefOp(LocalDate)}): one per date, all of
 * the same payment model (indexation changes the price, not the model), and the first in force on
 * the start date, so every day of the contract has a tariff.</li>
 * </ul>
 */
@Entity
@Table(name = "contract")
public class Contract {

    static final int MAX_REFERENTIE = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "contract_nummer", nullable = false, unique = true, length = 30)
    private ContractNumber contractNummer;

    @Column(name = "aanbieder_id", nullable = false)
    private Long aanbiederId;

    @Enumerated(EnumType.STRING)
    @Column(name = "herkomst", nullable = false, length = 20)
    private ContractHerkomst herkomst;

    @Column(name = "herkomst_referentie", nullable = false, length = MAX_REFERENTIE)
    private String herkomstReferentie;

    @Column(name = "perceel", length = MAX_REFERENTIE)
    private String perceel;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "contract_leerroute", joinColumns = @JoinColumn(name = "contract_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "leerroute", nullable = false, length = 20)
    private Set<Leerroute> leerroutes = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "contract_gemeente", joinColumns = @JoinColumn(name = "contract_id"))
    @Column(name = "gemeente_id", nullable = false)
    private Set<Long> gemeenteIds = new HashSet<>();

    @Column(name = "startdatum", nullable = false)
    private LocalDate startdatum;

    @Column(name = "einddatum", nullable = false)
    private LocalDate einddatum;

    @Column(name = "verlengopties_resterend", nullable = false)
    private int verlengoptiesResterend;

    @Column(name = "capaciteit")
    private Integer capaciteit;

    @Enumerated(EnumType.STRING)
    @Column(name = "btw_tarief", nullable = false, length = 20)
    private BtwTarief btwTarief;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ContractStatus status;

    @Column(name = "geoorloofd_verzuim_declarabel", nullable = false)
    private boolean geoorloofdVerzuimDeclarabel;

    @OneToMany(mappedBy = "contract", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    private List<Tarief> tarieven = new ArrayList<>();

    protected Contract() {
    }

    /**
     * A new, active contract.
     *
     * @param perceel                     optional; the lot, only for AANBESTEDING
     * @param capaciteit                  optional: maximum concurrent open placements
     * @param geoorloofdVerzuimDeclarabel whether excused absence is billable under PER_UUR
     * @param tarieven                    at least one; the earliest in force on the start date
     */
    public Contract(ContractNumber contractNummer, long aanbiederId, ContractHerkomst herkomst, String herkomstReferentie,
            String perceel, Set<Leerroute> leerroutes, Set<Long> gemeenteIds, LocalDate startdatum, LocalDate einddatum,
            int verlengoptiesResterend, Integer capaciteit, BtwTarief btwTarief, boolean geoorloofdVerzuimDeclarabel,
            List<Tarief> tarieven) {
        FieldChecks checks = new FieldChecks();
        checks.required("contractNummer", contractNummer);
        String ref = checks.requiredText("herkomstReferentie", herkomstReferentie, MAX_REFERENTIE);
        String lot = checks.optionalText("perceel", perceel, MAX_REFERENTIE);
        check(checks, herkomst, lot != null, leerroutes, gemeenteIds, startdatum, einddatum, verlengoptiesResterend,
                capaciteit, btwTarief);
        checkTarieven(checks, startdatum, einddatum, tarieven);
        checks.throwIfAny();
        this.contractNummer = contractNummer;
        this.aanbiederId = aanbiederId;
        this.herkomst = herkomst;
        this.herkomstReferentie = ref;
        this.perceel = lot;
        this.leerroutes.addAll(leerroutes);
        this.gemeenteIds.addAll(gemeenteIds);
        this.startdatum = startdatum;
        this.einddatum = einddatum;
        this.verlengoptiesResterend = verlengoptiesResterend;
        this.capaciteit = capaciteit;
        this.btwTarief = btwTarief;
        this.geoorloofdVerzuimDeclarabel = geoorloofdVerzuimDeclarabel;
        this.status = ContractStatus.ACTIEF;
        for (Tarief t : tarieven) {
            t.hoortBij(this);
            this.tarieven.add(t);
        }
    }

    /** The rules on a new contract's terms, each violation reported; shared with the service. */
    static void check(FieldChecks checks, ContractHerkomst herkomst, boolean heeftPerceel, Set<Leerroute> leerroutes,
            Set<Long> gemeenteIds, LocalDate startdatum, LocalDate einddatum, int verlengopties, Integer capaciteit,
            BtwTarief btwTarief) {
        if (checks.required("herkomst", herkomst) != null) {
            checks.check(herkomst == ContractHerkomst.AANBESTEDING || !heeftPerceel, "perceel",
                    "contract.perceel-alleen-aanbesteding", "Alleen een aanbesteding heeft percelen.");
        }
        checks.check(leerroutes != null && !leerroutes.isEmpty() && !heeftLeeg(leerroutes), "leerroutes",
                "contract.leerroute-verplicht", "Kies ten minste een leerroute.");
        checks.check(gemeenteIds != null && !gemeenteIds.isEmpty() && !heeftLeeg(gemeenteIds), "gemeenteIds",
                "contract.gemeente-verplicht", "Kies ten minste een deelnemende gemeente.");
        checks.required("startdatum", startdatum);
        checks.required("einddatum", einddatum);
        if (startdatum != null && einddatum != null) {
            checks.check(einddatum.isAfter(startdatum), "einddatum", "contract.datumvolgorde",
                    "De einddatum ligt na de startdatum.");
        }
        checks.check(verlengopties >= 0, "verlengoptiesResterend", "contract.verlengopties-negatief",
                "Het aantal verlengopties is nul of meer.");
        checks.check(capaciteit == null || capaciteit > 0, "capaciteit", "contract.capaciteit-positief",
                "De capaciteit is leeg (onbeperkt) of groter dan nul.");
        checks.required("btwTarief", btwTarief);
    }

    /** The rules on a contract's tariff versions, each violation reported; shared with the service. */
    static void checkTarieven(FieldChecks checks, LocalDate startdatum, LocalDate einddatum,
            Collection<Tarief> tarieven) {
        if (!checks.check(tarieven != null && !tarieven.isEmpty() && !heeftLeeg(tarieven), "tarieven",
                "contract.tarief-verplicht", "Een contract heeft ten minste een tarief.")) {
            return;
        }
        Set<String> data = new HashSet<>();
        Set<Betaalmodel> modellen = EnumSet.noneOf(Betaalmodel.class);
        Map<Onderdeel, LocalDate> eerste = new HashMap<>();
        for (Tarief t : tarieven) {
            checks.check(data.add(t.getGeldigVanaf() + "/" + t.getOnderdeel()), "tarieven", "tarief.dubbele-datum",
                    "Er zijn twee tarieven" + (t.getOnderdeel() == null ? "" : " voor " + t.getOnderdeel())
                            + " geldig vanaf " + t.getGeldigVanaf() + ".");
            modellen.add(t.getBetaalmodel());
            eerste.merge(t.getOnderdeel(), t.getGeldigVanaf(), (a, b) -> a.isBefore(b) ? a : b);
            if (einddatum != null) {
                checks.check(!t.getGeldigVanaf().isAfter(einddatum), "tarieven", "tarief.na-einddatum",
                        "Het tarief vanaf " + t.getGeldigVanaf() + " begint na de einddatum van het contract.");
            }
        }
        checks.check(modellen.size() == 1, "tarieven", "tarief.een-betaalmodel",
                "Alle tarieven van een contract hebben hetzelfde betaalmodel.");
        if (startdatum != null) {
            checks.check(eerste.values().stream().noneMatch(d -> d.isAfter(startdatum)), "tarieven",
                    "tarief.vanaf-start", "Het eerste tarief (van elk onderdeel) geldt uiterlijk vanaf de startdatum"
                            + " van het contract.");
        }
    }

    /** Null-safe for immutable collections, whose contains(null) throws. */
    static boolean heeftLeeg(Collection<?> c) {
        return c.stream().anyMatch(Objects::isNull);
    }

    /** Eligibility rule 1: ACTIEF, and the date within the contract period. */
    public boolean isActiefOp(LocalDate d) {
        return status == ContractStatus.ACTIEF && !d.isBefore(startdatum) && !d.isAfter(einddatum);
    }

    public boolean dektLeerroute(Leerroute l) {
        return leerroutes.contains(l);
    }

    public boolean neemtDeel(long gemeenteId) {
        return gemeenteIds.contains(gemeenteId);
    }

    /** For the contract manager's dashboard: not ended early, and the end date within the next days. */
    public boolean eindigtBinnen(LocalDate vandaag, int dagen) {
        return status != ContractStatus.BEEINDIGD && !einddatum.isBefore(vandaag)
                && !einddatum.isAfter(vandaag.plusDays(dagen));
    }

    /** Suspends an active contract: it takes no new placements until {@link #hervat()}. */
    public void schortOp() {
        if (status != ContractStatus.ACTIEF) {
            throw new StateConflictException("Alleen een actief contract kan worden opgeschort; dit contract is "
                    + status + ".");
        }
        status = ContractStatus.OPGESCHORT;
    }

    public void hervat() {
        if (status != ContractStatus.OPGESCHORT) {
            throw new StateConflictException("Alleen een opgeschort contract kan worden hervat; dit contract is "
                    + status + ".");
        }
        status = ContractStatus.ACTIEF;
    }

    /**
     * Ends the contract early, on the given date (the last day it runs; placements may be served
     * until then). Final: no extension options remain.
     */
    public void beeindig(LocalDate per) {
        Objects.requireNonNull(per, "per");
        if (status == ContractStatus.BEEINDIGD) {
            throw new StateConflictException("Dit contract is al beëindigd.");
        }
        if (per.isBefore(startdatum) || per.isAfter(einddatum)) {
            throw InvalidInputException.of("per", "contract.einde-buiten-looptijd",
                    "Beëindigen kan per een datum van " + startdatum + " tot en met " + einddatum + ".");
        }
        einddatum = per;
        verlengoptiesResterend = 0;
        status = ContractStatus.BEEINDIGD;
    }

    /** Uses one extension option: the contract runs until the new end date. */
    public void verleng(LocalDate nieuweEinddatum) {
        Objects.requireNonNull(nieuweEinddatum, "nieuweEinddatum");
        if (status == ContractStatus.BEEINDIGD) {
            throw new StateConflictException("Een beëindigd contract kan niet worden verlengd.");
        }
        if (verlengoptiesResterend <= 0) {
            throw new StateConflictException("Dit contract heeft geen verlengopties meer.");
        }
        if (!nieuweEinddatum.isAfter(einddatum)) {
            throw InvalidInputException.of("nieuweEinddatum", "contract.verlenging-na-einde",
                    "De nieuwe einddatum ligt na de huidige einddatum " + einddatum + ".");
        }
        einddatum = nieuweEinddatum;
        verlengoptiesResterend--;
    }

    /**
     * Adds a tariff version (e.g. the yearly indexation). Refused when another version has the same
     * valid-from date, when its payment model differs from the contract's, when it would start after
     * the end date, or when the contract has ended.
     */
    public void voegTariefToe(Tarief tarief) {
        Objects.requireNonNull(tarief, "tarief");
        if (status == ContractStatus.BEEINDIGD) {
            throw new StateConflictException("Een beëindigd contract krijgt geen nieuwe tarieven.");
        }
        FieldChecks checks = new FieldChecks();
        checks.check(tarieven.stream().noneMatch(t -> t.getGeldigVanaf().equals(tarief.getGeldigVanaf())
                        && Objects.equals(t.getOnderdeel(), tarief.getOnderdeel())), "geldigVanaf", "tarief.dubbele-datum",
                "Er is al een tarief" + (tarief.getOnderdeel() == null ? "" : " voor " + tarief.getOnderdeel())
                        + " geldig vanaf " + tarief.getGeldigVanaf() + ".");
        checks.check(tarief.getBetaalmodel() == getBetaalmodel(), "betaalmodel", "tarief.een-betaalmodel",
                "Dit contract rekent af met betaalmodel " + getBetaalmodel() + ".");
        checks.check(!tarief.getGeldigVanaf().isAfter(einddatum), "geldigVanaf", "tarief.na-einddatum",
                "Het tarief begint na de einddatum van het contract (" + einddatum + ").");
        checks.throwIfAny();
        tarief.hoortBij(this);
        tarieven.add(tarief);
    }

    /**
     * The tariff version in force on a date for all components (the one without a component): the latest valid
     * from on or before it.
     */
    public Optional<Tarief> tariefOp(LocalDate d) {
        return tariefOp(d, null);
    }

    /**
     * The version in force on a date for a component's hours: the component's own latest version on or before
     * the date, else the general one; empty when neither is in force.
     */
    public Optional<Tarief> tariefOp(LocalDate d, Onderdeel onderdeel) {
        Objects.requireNonNull(d, "datum");
        Optional<Tarief> eigen = onderdeel == null ? Optional.empty() : laatste(d, onderdeel);
        return eigen.isPresent() ? eigen : laatste(d, null);
    }

    private Optional<Tarief> laatste(LocalDate d, Onderdeel onderdeel) {
        return getTarieven().stream()
                .filter(t -> Objects.equals(t.getOnderdeel(), onderdeel) && !t.getGeldigVanaf().isAfter(d))
                .reduce((eerder, later) -> later);
    }

    /** The payment model of all the contract's tariffs. */
    public Betaalmodel getBetaalmodel() {
        return tarieven.isEmpty() ? null : tarieven.get(0).getBetaalmodel();
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public ContractNumber getContractNummer() {
        return contractNummer;
    }

    public Long getAanbiederId() {
        return aanbiederId;
    }

    public ContractHerkomst getHerkomst() {
        return herkomst;
    }

    /** The procedure or tender it came from. */
    public String getHerkomstReferentie() {
        return herkomstReferentie;
    }

    /** Optional: the lot of the tender. */
    public String getPerceel() {
        return perceel;
    }

    public Set<Leerroute> getLeerroutes() {
        return leerroutes.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(leerroutes));
    }

    /** The participating gemeenten, in id order. */
    public Set<Long> getGemeenteIds() {
        return Collections.unmodifiableSet(new TreeSet<>(gemeenteIds));
    }

    public LocalDate getStartdatum() {
        return startdatum;
    }

    public LocalDate getEinddatum() {
        return einddatum;
    }

    public int getVerlengoptiesResterend() {
        return verlengoptiesResterend;
    }

    /** Optional: maximum concurrent open placements; null is unlimited. */
    public Integer getCapaciteit() {
        return capaciteit;
    }

    public BtwTarief getBtwTarief() {
        return btwTarief;
    }

    public ContractStatus getStatus() {
        return status;
    }

    /** Whether excused absence (GEOORLOOFD) counts as billable hours under PER_UUR. */
    public boolean isGeoorloofdVerzuimDeclarabel() {
        return geoorloofdVerzuimDeclarabel;
    }

    /** The tariff versions, oldest first; read-only. */
    public List<Tarief> getTarieven() {
        List<Tarief> sorted = new ArrayList<>(tarieven);
        sorted.sort(Comparator.comparing(Tarief::getGeldigVanaf));
        return List.copyOf(sorted);
    }

    @Override
    public String toString() {
        return String.valueOf(contractNummer);
    }
}

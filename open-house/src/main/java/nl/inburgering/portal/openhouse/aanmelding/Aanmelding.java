package nl.inburgering.portal.openhouse.aanmelding;

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
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.inburgering.portal.contracts.aanbieder.Aanbieder;
import nl.inburgering.portal.contracts.shared.ContractNumber;
import nl.inburgering.portal.contracts.shared.FieldChecks;
import nl.inburgering.portal.contracts.shared.InvalidInputException;
import nl.inburgering.portal.contracts.shared.StateConflictException;
import nl.inburgering.portal.openhouse.internal.Datums;
import nl.inburgering.portal.openhouse.procedure.Aanmeldtermijn;
import nl.inburgering.portal.openhouse.procedure.Eis;
import nl.inburgering.portal.openhouse.procedure.ProcedureVersie;

/**
 * A provider's application to an Open House procedure (DESIGN.md, "Open House procedure"; issue 3).
 * References the procedure, the provider and, once admitted, the contract by id.
 *
 * <p>Rules kept here:
 * <ul>
 * <li>It is made under one published version of the procedure and records it: the conditions it
 * answers are that version's, whatever is published later. A draft whose version has been superseded
 * is not submitted; it moves to the version in force first ({@link #naarVersie}).</li>
 * <li>The provider writes the draft ({@link #beantwoord}, {@link #koppelBewijs}) and submits it
 * ({@link #dienIn}) up to and including the deadline ({@link Aanmeldtermijn}); afterwards both are
 * refused with the date. A submission answers, with PDF evidence, every mandatory condition.</li>
 * <li>The contract manager assesses each condition, met or not, with a remark that is required when it
 * is not met ({@link #beoordeel}), and decides once: admitted ({@link #laatToe}, only when the
 * {@link Toelatingstoets} passes) or rejected ({@link #wijsAf}, with reasons). A second decision is
 * refused.</li>
 * <li>An admitted provider may withdraw ({@link #zegOp}) with the notice period of its version
 * ({@link Opzegtermijn}); the contract manager then ends the contract ({@link #verwerkOpzegging}).</li>
 * </ul>
 * Status transitions: see {@link AanmeldingStatus}; any other is refused.
 */
@Entity
@Table(name = "aanmelding")
public class Aanmelding {

    static final int MAX_REDENEN = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "procedure_id", nullable = false)
    private Long procedureId;

    @Column(name = "procedure_versie_id", nullable = false)
    private Long procedureVersieId;

    @Column(name = "versienummer", nullable = false)
    private int versienummer;

    @Column(name = "aanbieder_id", nullable = false)
    private Long aanbiederId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private AanmeldingStatus status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "aanmelding_antwoord", joinColumns = @JoinColumn(name = "aanmelding_id"))
    @OrderBy("eisVolgnummer ASC")
    private List<Antwoord> antwoorden = new ArrayList<>();

    @Column(name = "aangemaakt_op", nullable = false)
    private Instant aangemaaktOp;

    @Column(name = "ingediend_op")
    private Instant ingediendOp;

    @Column(name = "besluitdatum")
    private LocalDate besluitdatum;

    @Column(name = "besloten_door", length = 100)
    private String beslotenDoor;

    @Column(name = "afwijzingsredenen", length = MAX_REDENEN)
    private String afwijzingsredenen;

    @Column(name = "contract_id")
    private Long contractId;

    @Column(name = "contract_nummer", length = 30)
    private ContractNumber contractNummer;

    @Column(name = "opgezegd_op")
    private LocalDate opgezegdOp;

    @Column(name = "opgezegd_door", length = 100)
    private String opgezegdDoor;

    @Column(name = "opzegging_einddatum")
    private LocalDate opzeggingEinddatum;

    @Column(name = "opzegging_verwerkt_op")
    private LocalDate opzeggingVerwerktOp;

    protected Aanmelding() {
    }

    /** A new draft under a published version: an empty answer for each of its conditions. */
    public Aanmelding(ProcedureVersie versie, long aanbiederId, Instant aangemaaktOp) {
        Objects.requireNonNull(versie, "versie");
        if (!versie.isGepubliceerd()) {
            throw new IllegalArgumentException("an application is made under a published version");
        }
        this.procedureId = versie.getProcedureId();
        this.procedureVersieId = versie.getId();
        this.versienummer = versie.getVersienummer();
        this.aanbiederId = aanbiederId;
        this.status = AanmeldingStatus.CONCEPT;
        this.aangemaaktOp = Objects.requireNonNull(aangemaaktOp, "aangemaaktOp");
        for (Eis e : versie.getEisen()) {
            antwoorden.add(Antwoord.leeg(e.getVolgnummer(), e.isVerplicht()));
        }
    }

    // ---- the provider's draft

    /**
     * Saves answers to the draft: per condition number the text (blank clears it). Every unknown
     * condition and every too long text is reported at once.
     */
    public void beantwoord(Map<Integer, String> teksten, LocalDate deadline, LocalDate vandaag) {
        eisConceptOpen(deadline, vandaag);
        FieldChecks checks = new FieldChecks();
        for (Map.Entry<Integer, String> e : teksten.entrySet()) {
            if (e.getKey() == null || antwoord(e.getKey()).isEmpty()) {
                checks.add("antwoorden", "aanmelding.eis-onbekend", "Deze procedure heeft geen eis " + e.getKey() + ".");
                continue;
            }
            checks.optionalText(veld(e.getKey()) + ".tekst", e.getValue(), Antwoord.MAX_TEKST);
        }
        checks.throwIfAny();
        for (Map.Entry<Integer, String> e : teksten.entrySet()) {
            String t = e.getValue() == null || e.getValue().isBlank() ? null : e.getValue().strip();
            vervang(antwoord(e.getKey()).orElseThrow().metTekst(t));
        }
    }

    /** Attaches evidence to a condition; returns the evidence it replaces, which the caller removes. */
    public Optional<Long> koppelBewijs(int eisVolgnummer, long bewijsstukId, LocalDate deadline, LocalDate vandaag) {
        eisConceptOpen(deadline, vandaag);
        Antwoord a = bestaandeEis(eisVolgnummer);
        vervang(a.metBewijs(bewijsstukId));
        return Optional.ofNullable(a.getBewijsstukId());
    }

    /** Removes the evidence of a condition; returns it, for the caller to delete. */
    public Optional<Long> ontkoppelBewijs(int eisVolgnummer, LocalDate deadline, LocalDate vandaag) {
        eisConceptOpen(deadline, vandaag);
        Antwoord a = bestaandeEis(eisVolgnummer);
        vervang(a.metBewijs(null));
        return Optional.ofNullable(a.getBewijsstukId());
    }

    /**
     * Moves a draft to the version in force after the procedure changed. An answer, with its
     * evidence, is kept for every condition that is unchanged in the new version (same text,
     * explanation and mandatory flag), under its new number; new or changed conditions start empty.
     *
     * @return the evidence of the answers that were dropped, for the caller to delete
     */
    public List<Long> naarVersie(ProcedureVersie oud, ProcedureVersie nieuw, LocalDate vandaag) {
        if (status != AanmeldingStatus.CONCEPT) {
            throw new StateConflictException("Alleen een concept-aanmelding gaat over naar een nieuwe versie; deze is "
                    + status + ".");
        }
        if (!Objects.equals(oud.getId(), procedureVersieId) || !Objects.equals(nieuw.getProcedureId(), procedureId)
                || !nieuw.isGepubliceerd()) {
            throw new IllegalArgumentException("versions of another procedure, or an unpublished one");
        }
        if (nieuw.getVersienummer() <= versienummer) {
            throw new StateConflictException("Deze aanmelding hoort al bij de geldende versie " + versienummer + ".");
        }
        Aanmeldtermijn.eisOpen(nieuw.getAanmelddeadline(), vandaag);
        List<Antwoord> nieuweAntwoorden = new ArrayList<>();
        List<Long> vervallen = new ArrayList<>();
        List<Antwoord> oude = new ArrayList<>(antwoorden);
        for (Eis e : nieuw.getEisen()) {
            Optional<Antwoord> behouden = oud.getEisen().stream()
                    .filter(o -> o.zelfdeInhoud(e))
                    .findFirst()
                    .flatMap(o -> antwoord(o.getVolgnummer()));
            behouden.ifPresent(oude::remove);
            nieuweAntwoorden.add(behouden.map(a -> a.alsEis(e.getVolgnummer()))
                    .orElse(Antwoord.leeg(e.getVolgnummer(), e.isVerplicht())));
        }
        oude.stream().map(Antwoord::getBewijsstukId).filter(Objects::nonNull).forEach(vervallen::add);
        antwoorden.clear();
        antwoorden.addAll(nieuweAntwoorden);
        procedureVersieId = nieuw.getId();
        versienummer = nieuw.getVersienummer();
        return vervallen;
    }

    /**
     * Submits the draft: before the deadline, under the version in force, with an answer and evidence
     * for every mandatory condition (each missing one is reported).
     */
    public void dienIn(boolean versieIsHuidig, LocalDate deadline, LocalDate vandaag, Instant nu) {
        eisConceptOpen(deadline, vandaag);
        if (!versieIsHuidig) {
            throw new StateConflictException("De voorwaarden van deze procedure zijn gewijzigd sinds u begon (u werkt in "
                    + "versie " + versienummer + "); zet uw aanmelding over naar de geldende versie en dien haar dan in.");
        }
        FieldChecks checks = new FieldChecks();
        for (Antwoord a : getAntwoorden()) {
            if (a.isVerplicht()) {
                String veld = veld(a.getEisVolgnummer());
                checks.check(a.heeftTekst(), veld + ".tekst", "aanmelding.antwoord-verplicht",
                        "Beantwoord verplichte eis " + a.getEisVolgnummer() + ".");
                checks.check(a.heeftBewijs(), veld + ".bewijs", "aanmelding.bewijs-verplicht",
                        "Voeg bewijs (pdf) toe bij verplichte eis " + a.getEisVolgnummer() + ".");
            }
        }
        checks.throwIfAny();
        status = AanmeldingStatus.INGEDIEND;
        ingediendOp = Objects.requireNonNull(nu, "nu");
    }

    /** Refuses evidence for a condition now: not a draft, deadline passed, or no such condition. */
    void eisBewijsMogelijk(int eisVolgnummer, LocalDate deadline, LocalDate vandaag) {
        eisConceptOpen(deadline, vandaag);
        bestaandeEis(eisVolgnummer);
    }

    private void eisConceptOpen(LocalDate deadline, LocalDate vandaag) {
        if (status != AanmeldingStatus.CONCEPT) {
            throw new StateConflictException("Deze aanmelding is " + omschrijving(status)
                    + " en kan niet meer worden gewijzigd.");
        }
        Aanmeldtermijn.eisOpen(deadline, vandaag);
    }

    // ---- the contract manager's review and decision

    /** Records the assessment of one condition; a remark is required when it is not met. */
    public void beoordeel(int eisVolgnummer, Boolean voldaan, String opmerking) {
        if (status != AanmeldingStatus.INGEDIEND) {
            throw new StateConflictException(status == AanmeldingStatus.CONCEPT
                    ? "Deze aanmelding is nog niet ingediend."
                    : "Over deze aanmelding is al besloten; de beoordeling verandert niet meer.");
        }
        FieldChecks checks = new FieldChecks();
        Antwoord a = bestaandeEis(eisVolgnummer);
        checks.required("voldaan", voldaan);
        String o = checks.optionalText("opmerking", opmerking, Antwoord.MAX_OPMERKING);
        if (Boolean.FALSE.equals(voldaan)) {
            checks.check(o != null || checks.hasError("opmerking"), "opmerking", "beoordeling.opmerking-verplicht",
                    "Licht toe waarom niet aan eis " + eisVolgnummer + " is voldaan.");
        }
        checks.throwIfAny();
        vervang(a.metBeoordeling(voldaan, o));
    }

    /**
     * Admits the provider, when the {@link Toelatingstoets} passes; every reason against is reported.
     * The caller then creates the contract and records it with {@link #registreerContract}.
     */
    public void laatToe(ProcedureVersie versie, Aanbieder aanbieder, LocalDate besluitdatum, String door) {
        eisBesluitMogelijk();
        if (!Objects.equals(versie.getId(), procedureVersieId)) {
            throw new IllegalArgumentException("not the version of this application");
        }
        if (!Objects.equals(aanbieder.getId(), aanbiederId)) {
            throw new IllegalArgumentException("not the provider of this application");
        }
        FieldChecks checks = new FieldChecks();
        Toelatingstoets.toets(checks, antwoorden, versie.getLeerroute(), aanbieder, besluitdatum);
        checks.check(besluitdatum.isBefore(versie.getEinddatum()), "besluitdatum", "toelating.na-einde",
                "De looptijd van de procedure is voorbij (" + Datums.tekst(versie.getEinddatum())
                        + "); er kan geen contract meer uit voortkomen.");
        checks.throwIfAny();
        status = AanmeldingStatus.TOEGELATEN;
        this.besluitdatum = besluitdatum;
        this.beslotenDoor = Objects.requireNonNull(door, "door");
    }

    /** Records the contract that the admission created; once. */
    public void registreerContract(long contractId, ContractNumber nummer) {
        if (status != AanmeldingStatus.TOEGELATEN || this.contractId != null) {
            throw new IllegalStateException("a contract belongs to an admission, once");
        }
        this.contractId = contractId;
        this.contractNummer = Objects.requireNonNull(nummer, "nummer");
    }

    /** Rejects the application, with the reasons the provider will read. */
    public void wijsAf(String redenen, LocalDate besluitdatum, String door) {
        eisBesluitMogelijk();
        FieldChecks checks = new FieldChecks();
        String r = checks.requiredText("redenen", redenen, MAX_REDENEN);
        checks.throwIfAny();
        status = AanmeldingStatus.AFGEWEZEN;
        this.afwijzingsredenen = r;
        this.besluitdatum = Objects.requireNonNull(besluitdatum, "besluitdatum");
        this.beslotenDoor = Objects.requireNonNull(door, "door");
    }

    private void eisBesluitMogelijk() {
        if (status == AanmeldingStatus.CONCEPT) {
            throw new StateConflictException("Deze aanmelding is nog niet ingediend.");
        }
        if (status.isBesloten()) {
            throw new StateConflictException("Over deze aanmelding is al besloten: " + omschrijving(status) + " op "
                    + Datums.tekst(besluitdatum) + ". Een tweede besluit is niet mogelijk.");
        }
    }

    // ---- withdrawal

    /**
     * The admitted provider withdraws (opzegging): the contract ends after the notice period, or on a
     * later date chosen (see {@link Opzegtermijn}).
     *
     * @param gewenst       optional: a later end date
     * @param contractStart the contract's start date
     * @param contractEinde the contract's current end date
     * @return the end date
     */
    public LocalDate zegOp(LocalDate vandaag, LocalDate gewenst, int opzegtermijnMaanden, LocalDate contractStart,
            LocalDate contractEinde, String door) {
        if (status != AanmeldingStatus.TOEGELATEN) {
            throw new StateConflictException(status == AanmeldingStatus.OPGEZEGD
                    ? "Deze deelname is al opgezegd, per " + Datums.tekst(opzeggingEinddatum) + "."
                    : "Alleen een toegelaten aanbieder kan opzeggen; deze aanmelding is " + omschrijving(status) + ".");
        }
        LocalDate einde = Opzegtermijn.einddatum(vandaag, opzegtermijnMaanden, gewenst, contractStart, contractEinde);
        status = AanmeldingStatus.OPGEZEGD;
        opgezegdOp = vandaag;
        opgezegdDoor = Objects.requireNonNull(door, "door");
        opzeggingEinddatum = einde;
        return einde;
    }

    /** Refuses a withdrawal of anything but an admission with its contract. */
    void eisOpzegbaar() {
        if (status != AanmeldingStatus.TOEGELATEN || contractId == null) {
            throw new StateConflictException(status == AanmeldingStatus.OPGEZEGD
                    ? "Deze deelname is al opgezegd, per " + Datums.tekst(opzeggingEinddatum) + "."
                    : "Alleen een toegelaten aanbieder kan opzeggen; deze aanmelding is " + omschrijving(status) + ".");
        }
    }

    /** The contract manager has ended the contract per the end date of the withdrawal; once. */
    public Beeindiging verwerkOpzegging(LocalDate vandaag) {
        if (status != AanmeldingStatus.OPGEZEGD) {
            throw new StateConflictException("Deze aanmelding is niet opgezegd.");
        }
        if (opzeggingVerwerktOp != null) {
            throw new StateConflictException("Deze opzegging is al verwerkt op " + Datums.tekst(opzeggingVerwerktOp)
                    + ".");
        }
        opzeggingVerwerktOp = Objects.requireNonNull(vandaag, "vandaag");
        return getBeeindiging().orElseThrow();
    }

    // ---- helpers

    private Optional<Antwoord> antwoord(int eisVolgnummer) {
        return antwoorden.stream().filter(a -> a.getEisVolgnummer() == eisVolgnummer).findFirst();
    }

    /**
     * The field name of an answer as forms and the API know it: {@code antwoorden[i]}, i the position
     * in {@link #getAntwoorden()}, from 0 (condition 1 is {@code antwoorden[0]}).
     */
    private String veld(int eisVolgnummer) {
        List<Antwoord> lijst = getAntwoorden();
        for (int i = 0; i < lijst.size(); i++) {
            if (lijst.get(i).getEisVolgnummer() == eisVolgnummer) {
                return "antwoorden[" + i + "]";
            }
        }
        return "antwoorden";
    }

    private Antwoord bestaandeEis(int eisVolgnummer) {
        return antwoord(eisVolgnummer).orElseThrow(() -> InvalidInputException.of("eisVolgnummer",
                "aanmelding.eis-onbekend", "Deze procedure heeft geen eis " + eisVolgnummer + "."));
    }

    private void vervang(Antwoord nieuw) {
        antwoorden.removeIf(a -> a.getEisVolgnummer() == nieuw.getEisVolgnummer());
        antwoorden.add(nieuw);
    }

    private static String omschrijving(AanmeldingStatus s) {
        return switch (s) {
            case CONCEPT -> "een concept";
            case INGEDIEND -> "ingediend";
            case TOEGELATEN -> "toegelaten";
            case AFGEWEZEN -> "afgewezen";
            case OPGEZEGD -> "opgezegd";
        };
    }

    // ---- reading

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Long getProcedureId() {
        return procedureId;
    }

    /** The id of the procedure version it was made under. */
    public Long getProcedureVersieId() {
        return procedureVersieId;
    }

    /** The number of the procedure version it was made under, as shown to the provider. */
    public int getVersienummer() {
        return versienummer;
    }

    public Long getAanbiederId() {
        return aanbiederId;
    }

    public AanmeldingStatus getStatus() {
        return status;
    }

    /** The answers in the order of the conditions; read-only. */
    public List<Antwoord> getAntwoorden() {
        List<Antwoord> sorted = new ArrayList<>(antwoorden);
        sorted.sort(Comparator.comparingInt(Antwoord::getEisVolgnummer));
        return List.copyOf(sorted);
    }

    public Instant getAangemaaktOp() {
        return aangemaaktOp;
    }

    /** Null while a draft. */
    public Instant getIngediendOp() {
        return ingediendOp;
    }

    /** The date of the decision (admission: also the contract's start date, or the procedure's start). */
    public LocalDate getBesluitdatum() {
        return besluitdatum;
    }

    /** The user name of the contract manager who decided. */
    public String getBeslotenDoor() {
        return beslotenDoor;
    }

    /** AFGEWEZEN only. */
    public String getAfwijzingsredenen() {
        return afwijzingsredenen;
    }

    /** TOEGELATEN and OPGEZEGD: the OPEN_HOUSE contract the admission created. */
    public Long getContractId() {
        return contractId;
    }

    public ContractNumber getContractNummer() {
        return contractNummer;
    }

    /** OPGEZEGD: the day of the withdrawal. */
    public LocalDate getOpgezegdOp() {
        return opgezegdOp;
    }

    public String getOpgezegdDoor() {
        return opgezegdDoor;
    }

    /** OPGEZEGD: the date the contract ends on. */
    public LocalDate getOpzeggingEinddatum() {
        return opzeggingEinddatum;
    }

    /** OPGEZEGD: when the contract manager ended the contract; null while still to do. */
    public LocalDate getOpzeggingVerwerktOp() {
        return opzeggingVerwerktOp;
    }

    /** After a withdrawal: the contract and its end date. */
    public Optional<Beeindiging> getBeeindiging() {
        return status == AanmeldingStatus.OPGEZEGD && contractId != null
                ? Optional.of(new Beeindiging(id, contractId, contractNummer, opzeggingEinddatum, opzeggingVerwerktOp != null))
                : Optional.empty();
    }
}

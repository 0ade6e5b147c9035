package nl.inburgering.portal.openhouse.procedure;

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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.inburgering.portal.contracts.contract.BtwTarief;
import nl.inburgering.portal.contracts.shared.Leerroute;
import nl.inburgering.portal.contracts.shared.StateConflictException;

/**
 * One version of an Open House procedure's published terms (DESIGN.md, "Open House procedure"):
 * title, leerroute, conditions ({@link Eis}), fixed tariffs ({@link VastTarief}), participating
 * gemeenten, period, application deadline and notice period for withdrawal. Part of the
 * {@link OpenHouseProcedure} aggregate.
 *
 * <p>Once published a version never changes: a change to a published procedure is a new version, so
 * every application records, and its provider can read back, exactly the conditions it was made
 * under. Only the concept version (before the first publication) is edited in place.
 */
@Entity
@Table(name = "procedure_versie")
public class ProcedureVersie {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "procedure_id", nullable = false)
    private OpenHouseProcedure procedure;

    @Column(name = "versienummer", nullable = false)
    private int versienummer;

    @Column(name = "titel", nullable = false, length = ProcedureInhoud.MAX_TITEL)
    private String titel;

    @Enumerated(EnumType.STRING)
    @Column(name = "leerroute", nullable = false, length = 20)
    private Leerroute leerroute;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "procedure_eis", joinColumns = @JoinColumn(name = "versie_id"))
    @OrderBy("volgnummer ASC")
    private List<Eis> eisen = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "procedure_tarief", joinColumns = @JoinColumn(name = "versie_id"))
    @OrderBy("geldigVanaf ASC")
    private List<VastTarief> tarieven = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "procedure_gemeente", joinColumns = @JoinColumn(name = "versie_id"))
    @Column(name = "gemeente_id", nullable = false)
    private Set<Long> gemeenteIds = new HashSet<>();

    @Column(name = "startdatum", nullable = false)
    private LocalDate startdatum;

    @Column(name = "einddatum", nullable = false)
    private LocalDate einddatum;

    @Column(name = "aanmelddeadline", nullable = false)
    private LocalDate aanmelddeadline;

    @Column(name = "opzegtermijn_maanden", nullable = false)
    private int opzegtermijnMaanden;

    @Enumerated(EnumType.STRING)
    @Column(name = "btw_tarief", nullable = false, length = 20)
    private BtwTarief btwTarief;

    @Column(name = "geoorloofd_verzuim_declarabel", nullable = false)
    private boolean geoorloofdVerzuimDeclarabel;

    @Column(name = "gepubliceerd_op")
    private Instant gepubliceerdOp;

    protected ProcedureVersie() {
    }

    ProcedureVersie(OpenHouseProcedure procedure, int versienummer, ProcedureInhoud inhoud) {
        this.procedure = Objects.requireNonNull(procedure, "procedure");
        this.versienummer = versienummer;
        zet(inhoud);
    }

    private void zet(ProcedureInhoud inhoud) {
        this.titel = inhoud.titel();
        this.leerroute = inhoud.leerroute();
        this.eisen.clear();
        this.eisen.addAll(inhoud.eisen());
        this.tarieven.clear();
        this.tarieven.addAll(inhoud.tarieven());
        this.gemeenteIds.clear();
        this.gemeenteIds.addAll(inhoud.gemeenteIds());
        this.startdatum = inhoud.startdatum();
        this.einddatum = inhoud.einddatum();
        this.aanmelddeadline = inhoud.aanmelddeadline();
        this.opzegtermijnMaanden = inhoud.opzegtermijnMaanden();
        this.btwTarief = inhoud.btwTarief();
        this.geoorloofdVerzuimDeclarabel = inhoud.geoorloofdVerzuimDeclarabel();
    }

    /** Edits the concept; a published version is never changed. */
    void vervang(ProcedureInhoud inhoud) {
        if (isGepubliceerd()) {
            throw new StateConflictException("Versie " + versienummer + " is gepubliceerd en verandert niet meer.");
        }
        zet(inhoud);
    }

    void publiceer(Instant op) {
        if (isGepubliceerd()) {
            throw new StateConflictException("Versie " + versienummer + " is al gepubliceerd.");
        }
        this.gepubliceerdOp = Objects.requireNonNull(op, "op");
    }

    ProcedureInhoud inhoud() {
        return new ProcedureInhoud(titel, leerroute, eisen, tarieven, gemeenteIds, startdatum, einddatum,
                aanmelddeadline, opzegtermijnMaanden, btwTarief, geoorloofdVerzuimDeclarabel);
    }

    /** Whether one may still apply under this version today (see {@link Aanmeldtermijn}). */
    public boolean isAanmeldenOpen(LocalDate vandaag) {
        return Aanmeldtermijn.isOpen(aanmelddeadline, vandaag);
    }

    public Optional<Eis> eis(int volgnummer) {
        return eisen.stream().filter(e -> e.getVolgnummer() == volgnummer).findFirst();
    }

    public Long getId() {
        return id;
    }

    public Long getProcedureId() {
        return procedure.getId();
    }

    public int getVersienummer() {
        return versienummer;
    }

    public boolean isGepubliceerd() {
        return gepubliceerdOp != null;
    }

    /** When this version was published; null for the concept. */
    public Instant getGepubliceerdOp() {
        return gepubliceerdOp;
    }

    public String getTitel() {
        return titel;
    }

    public Leerroute getLeerroute() {
        return leerroute;
    }

    /** The conditions in the order shown, numbered from 1; read-only. */
    public List<Eis> getEisen() {
        List<Eis> sorted = new ArrayList<>(eisen);
        sorted.sort(Comparator.comparingInt(Eis::getVolgnummer));
        return List.copyOf(sorted);
    }

    /** The fixed tariffs, oldest first; read-only. */
    public List<VastTarief> getTarieven() {
        List<VastTarief> sorted = new ArrayList<>(tarieven);
        sorted.sort(Comparator.comparing(VastTarief::getGeldigVanaf));
        return List.copyOf(sorted);
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

    /** The last day to apply (inclusive). */
    public LocalDate getAanmelddeadline() {
        return aanmelddeadline;
    }

    /** Notice period for a withdrawal, in months. */
    public int getOpzegtermijnMaanden() {
        return opzegtermijnMaanden;
    }

    public BtwTarief getBtwTarief() {
        return btwTarief;
    }

    public boolean isGeoorloofdVerzuimDeclarabel() {
        return geoorloofdVerzuimDeclarabel;
    }

    @Override
    public String toString() {
        return titel + " (versie " + versienummer + ")";
    }
}

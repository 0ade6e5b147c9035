package nl.inburgering.portal.openhouse.procedure;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.inburgering.portal.contracts.shared.InvalidInputException;
import nl.inburgering.portal.contracts.shared.StateConflictException;
import nl.inburgering.portal.openhouse.internal.Datums;

/**
 * An Open House procedure for the onderwijsroute (DESIGN.md, "Open House procedure"): the lead
 * municipality publishes conditions and fixed terms, and admits every education institution that
 * meets them, at any time during the period, without competition or selection. Because there is no
 * selection it is no public contract in the sense of the procurement directive (CJEU 2 June 2016,
 * C-410/14 Falk Pharma), and the inburgeraar, not the gemeente, chooses among the admitted providers
 * (DESIGN.md, "Allocation").
 *
 * <p>Rules kept here:
 * <ul>
 * <li>Status {@code CONCEPT -> GEPUBLICEERD} ({@link #publiceer}); a procedure is published only while
 * its application deadline has not passed.</li>
 * <li>Versions ({@link ProcedureVersie}): before the first publication the one concept version is
 * edited in place. A published procedure never changes silently: every change publishes a new
 * version with the next number ({@link #wijzig}), the previous one stays readable, and each
 * application records the version it was made under. Saving unchanged terms makes no version.</li>
 * <li>A new version may not move the deadline into the past: closing applications early would strand
 * the drafts of providers who relied on the published date.</li>
 * </ul>
 */
@Entity
@Table(name = "open_house_procedure")
public class OpenHouseProcedure {

    /** What {@link #wijzig} did. */
    public enum Wijziging {
        /** The concept was edited; nothing was public yet. */
        CONCEPT_GEWIJZIGD,
        /** A new version was published. */
        NIEUWE_VERSIE,
        /** The terms were the same as before: nothing changed, no new version. */
        ONGEWIJZIGD
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ProcedureStatus status;

    @Column(name = "aangemaakt_op", nullable = false)
    private Instant aangemaaktOp;

    @OneToMany(mappedBy = "procedure", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("versienummer ASC")
    private List<ProcedureVersie> versies = new ArrayList<>();

    protected OpenHouseProcedure() {
    }

    OpenHouseProcedure(ProcedureInhoud inhoud, Instant nu) {
        this.status = ProcedureStatus.CONCEPT;
        this.aangemaaktOp = Objects.requireNonNull(nu, "nu");
        this.versies.add(new ProcedureVersie(this, 1, Objects.requireNonNull(inhoud, "inhoud")));
    }

    /**
     * Publishes the concept: from now on it is public and providers may apply.
     *
     * @param vandaag the deadline must not have passed
     */
    void publiceer(Instant nu, LocalDate vandaag) {
        if (status != ProcedureStatus.CONCEPT) {
            throw new StateConflictException("Deze procedure is al gepubliceerd; een wijziging wordt een nieuwe versie.");
        }
        ProcedureVersie concept = laatsteVersie();
        if (!concept.isAanmeldenOpen(vandaag)) {
            throw InvalidInputException.of("aanmelddeadline", "procedure.deadline-verstreken",
                    "De sluitingsdatum voor aanmeldingen (" + Datums.tekst(concept.getAanmelddeadline())
                            + ") is al voorbij; kies een latere datum voordat u publiceert.");
        }
        concept.publiceer(nu);
        status = ProcedureStatus.GEPUBLICEERD;
    }

    /**
     * Changes the terms: the concept in place, or, once published, by publishing a new version.
     *
     * @param vandaag a new version may not move the deadline to before this day
     */
    Wijziging wijzig(ProcedureInhoud inhoud, Instant nu, LocalDate vandaag) {
        Objects.requireNonNull(inhoud, "inhoud");
        ProcedureVersie laatste = laatsteVersie();
        if (laatste.inhoud().equals(inhoud)) {
            return Wijziging.ONGEWIJZIGD;
        }
        if (status == ProcedureStatus.CONCEPT) {
            laatste.vervang(inhoud);
            return Wijziging.CONCEPT_GEWIJZIGD;
        }
        if (!inhoud.aanmelddeadline().equals(laatste.getAanmelddeadline())
                && !Aanmeldtermijn.isOpen(inhoud.aanmelddeadline(), vandaag)) {
            throw InvalidInputException.of("aanmelddeadline", "procedure.deadline-verleden",
                    "Een nieuwe sluitingsdatum voor aanmeldingen ligt niet in het verleden.");
        }
        ProcedureVersie nieuw = new ProcedureVersie(this, laatste.getVersienummer() + 1, inhoud);
        nieuw.publiceer(nu);
        versies.add(nieuw);
        return Wijziging.NIEUWE_VERSIE;
    }

    private ProcedureVersie laatsteVersie() {
        return versies.stream().max(Comparator.comparingInt(ProcedureVersie::getVersienummer))
                .orElseThrow(() -> new IllegalStateException("procedure without version"));
    }

    /** The version in force: the latest published one; empty while the procedure is a concept. */
    public Optional<ProcedureVersie> huidigeVersie() {
        return versies.stream().filter(ProcedureVersie::isGepubliceerd)
                .max(Comparator.comparingInt(ProcedureVersie::getVersienummer));
    }

    /** The concept version, while the procedure has not been published. */
    public Optional<ProcedureVersie> concept() {
        return versies.stream().filter(v -> !v.isGepubliceerd()).findFirst();
    }

    public Optional<ProcedureVersie> versie(int versienummer) {
        return versies.stream().filter(v -> v.getVersienummer() == versienummer).findFirst();
    }

    /** Whether this version is the one in force (a draft application under an older one must move on). */
    public boolean isHuidig(ProcedureVersie v) {
        return huidigeVersie().map(h -> h.getVersienummer() == v.getVersienummer()).orElse(false);
    }

    public boolean isGepubliceerd() {
        return status == ProcedureStatus.GEPUBLICEERD;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public ProcedureStatus getStatus() {
        return status;
    }

    public Instant getAangemaaktOp() {
        return aangemaaktOp;
    }

    /** All versions, oldest first; read-only. Outside the contract managers, show only published ones. */
    public List<ProcedureVersie> getVersies() {
        List<ProcedureVersie> sorted = new ArrayList<>(versies);
        sorted.sort(Comparator.comparingInt(ProcedureVersie::getVersienummer));
        return List.copyOf(sorted);
    }

    /** The published versions, oldest first. */
    public List<ProcedureVersie> getGepubliceerdeVersies() {
        return getVersies().stream().filter(ProcedureVersie::isGepubliceerd).toList();
    }

    /** The title of the version in force, or of the concept. */
    public String getTitel() {
        return huidigeVersie().or(this::concept).map(ProcedureVersie::getTitel).orElse("");
    }

    @Override
    public String toString() {
        return getTitel();
    }
}

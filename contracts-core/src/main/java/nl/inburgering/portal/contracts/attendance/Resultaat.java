package nl.inburgering.portal.contracts.attendance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import nl.inburgering.portal.contracts.access.Actor;
import nl.inburgering.portal.contracts.shared.FieldChecks;

/**
 * A result of a placement (DESIGN.md, "Domain model", Resultaat), recorded by the provider: an exam component
 * (LEZEN, LUISTEREN, SCHRIJVEN, SPREKEN with the level A1..B2 and the outcome; KNM with its outcome), a
 * progress report (VOORTGANGSRAPPORTAGE, with its summary), or the completion of the route (ROUTE_AFGEROND,
 * which completes the placement on that date). The gemeente follows the results of its own inburgeraars.
 *
 * <p>The constructor refuses, all at once, a combination that does not fit the kind: a level or outcome
 * missing where the kind needs one, or given where it has none. Immutable once recorded: a wrong result is
 * corrected by recording the right one.
 */
@Entity
@Table(name = "resultaat")
public class Resultaat {

    static final int MAX_TOELICHTING = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "plaatsing_id", nullable = false)
    private Long plaatsingId;

    @Enumerated(EnumType.STRING)
    @Column(name = "soort", nullable = false, length = 30)
    private ResultaatSoort soort;

    @Enumerated(EnumType.STRING)
    @Column(name = "niveau", length = 2)
    private Taalniveau niveau;

    @Enumerated(EnumType.STRING)
    @Column(name = "uitslag", length = 20)
    private Uitslag uitslag;

    @Column(name = "datum", nullable = false)
    private LocalDate datum;

    @Column(name = "toelichting", length = MAX_TOELICHTING)
    private String toelichting;

    @Column(name = "vastgelegd_door", nullable = false, length = 100)
    private String vastgelegdDoor;

    @Column(name = "vastgelegd_op", nullable = false)
    private Instant vastgelegdOp;

    protected Resultaat() {
    }

    /** A result of this placement; the service has checked the placement and the date against it. */
    public Resultaat(long plaatsingId, ResultaatGegevens in, Actor door) {
        FieldChecks checks = new FieldChecks();
        checks.required("datum", in.datum());
        String t = checks.optionalText("toelichting", in.toelichting(), MAX_TOELICHTING);
        ResultaatSoort s = checks.required("soort", in.soort());
        if (s != null) {
            if (s.isTaalvaardigheid()) {
                checks.check(in.niveau() != null, "niveau", "resultaat.niveau-verplicht", "Geef het taalniveau"
                        + " (A1, A2, B1 of B2) van dit examenonderdeel.");
            } else if (s == ResultaatSoort.ROUTE_AFGEROND) {
                checks.check(in.niveau() == null, "niveau", "resultaat.niveau-niet-toegestaan", "Het afronden van de"
                        + " route heeft geen taalniveau; leg de examenuitslagen apart vast.");
            }
            if (s.isExamen()) {
                checks.check(in.uitslag() != null, "uitslag", "resultaat.uitslag-verplicht", "Geef de uitslag"
                        + " (GEHAALD of NIET_GEHAALD) van dit examenonderdeel.");
            } else {
                checks.check(in.uitslag() == null, "uitslag", "resultaat.uitslag-niet-toegestaan", "Alleen een"
                        + " examenonderdeel heeft een uitslag.");
            }
            if (s == ResultaatSoort.VOORTGANGSRAPPORTAGE && !checks.hasError("toelichting")) {
                checks.check(t != null, "toelichting", "resultaat.toelichting-verplicht", "Vat de voortgang samen"
                        + " in de toelichting.");
            }
        }
        checks.throwIfAny();
        this.plaatsingId = plaatsingId;
        this.soort = s;
        this.niveau = in.niveau();
        this.uitslag = in.uitslag();
        this.datum = in.datum();
        this.toelichting = t;
        this.vastgelegdDoor = door.username();
        this.vastgelegdOp = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public Long getPlaatsingId() {
        return plaatsingId;
    }

    public ResultaatSoort getSoort() {
        return soort;
    }

    public Taalniveau getNiveau() {
        return niveau;
    }

    public Uitslag getUitslag() {
        return uitslag;
    }

    public LocalDate getDatum() {
        return datum;
    }

    public String getToelichting() {
        return toelichting;
    }

    public String getVastgelegdDoor() {
        return vastgelegdDoor;
    }

    public Instant getVastgelegdOp() {
        return vastgelegdOp;
    }
}

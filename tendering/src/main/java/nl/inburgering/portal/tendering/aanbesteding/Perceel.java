package nl.inburgering.portal.tendering.aanbesteding;

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
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import nl.inburgering.portal.contracts.contract.Betaalmodel;
import nl.inburgering.portal.contracts.shared.FieldChecks;
import nl.inburgering.portal.contracts.shared.Leerroute;
import nl.inburgering.portal.contracts.shared.Money;
import nl.inburgering.portal.contracts.shared.Onderdeel;
import nl.inburgering.portal.tendering.aanbesteding.AanbestedingGegevens.PerceelInvoer;
import nl.inburgering.portal.tendering.aanbesteding.AanbestedingGegevens.Post;

/**
 * A lot of a tender (DESIGN.md, "Tender"): one leerroute for a set of participating gemeenten, won
 * by a fixed number of providers, with the tariff items the bidders price and their estimated
 * volumes. Part of the {@link Aanbesteding} aggregate; bids and contracts refer to it by id.
 */
@Entity
@Table(name = "perceel")
public class Perceel {

    static final int MAX_NAAM = 80;
    static final int MAX_WINNAARS = 20;
    /**
     * Tariff items per lot: at most one per course component ({@link Onderdeel}: TAAL, KNM, MAP,
     * PARTICIPATIE). A contract in contracts-core holds an hourly rate per component, so a winner's bid
     * prices become its contract tariffs one for one. With more than one item every item names a
     * different component and the payment model is PER_UUR (component rates exist only for hourly
     * billing); a single item may leave the component empty and then prices every component.
     */
    public static final int MAX_TARIEFPOSTEN = 4;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "aanbesteding_id", nullable = false)
    private Aanbesteding aanbesteding;

    @Column(name = "nummer", nullable = false)
    private int nummer;

    @Column(name = "naam", nullable = false, length = MAX_NAAM)
    private String naam;

    @Enumerated(EnumType.STRING)
    @Column(name = "leerroute", nullable = false, length = 20)
    private Leerroute leerroute;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "perceel_gemeente", joinColumns = @JoinColumn(name = "perceel_id"))
    @Column(name = "gemeente_id", nullable = false)
    private Set<Long> gemeenteIds = new HashSet<>();

    @Column(name = "aantal_winnaars", nullable = false)
    private int aantalWinnaars;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "perceel_tariefpost", joinColumns = @JoinColumn(name = "perceel_id"))
    private List<Tariefpost> tariefposten = new ArrayList<>();

    protected Perceel() {
    }

    /** A lot that passed {@link #check}. */
    Perceel(Aanbesteding aanbesteding, int nummer, PerceelInvoer in, Betaalmodel betaalmodel) {
        FieldChecks checks = new FieldChecks();
        check(checks, "perceel", in, betaalmodel);
        checks.throwIfAny();
        this.aanbesteding = aanbesteding;
        this.nummer = nummer;
        this.naam = in.naam().strip();
        this.leerroute = in.leerroute();
        this.gemeenteIds.addAll(in.gemeenteIds());
        this.aantalWinnaars = in.aantalWinnaars();
        for (int i = 0; i < in.tariefposten().size(); i++) {
            Post p = in.tariefposten().get(i);
            tariefposten.add(new Tariefpost(i + 1, p.omschrijving(), p.geraamdVolume(), p.onderdeel()));
        }
    }

    /**
     * Checks a lot, each violation reported under {@code prefix.field}.
     *
     * @param betaalmodel the payment model of the tender's contract terms; null when not yet chosen (the
     *                    terms report that themselves)
     */
    static void check(FieldChecks checks, String prefix, PerceelInvoer in, Betaalmodel betaalmodel) {
        if (in == null) {
            checks.add(prefix, "verplicht", "Vul het perceel in.");
            return;
        }
        FieldChecks p = new FieldChecks();
        p.requiredText("naam", in.naam(), MAX_NAAM);
        if (p.required("leerroute", in.leerroute()) != null) {
            p.check(in.leerroute() != Leerroute.ONDERWIJSROUTE, "leerroute", "perceel.geen-onderwijsroute",
                    "De onderwijsroute wordt via Open House ingekocht, niet aanbesteed: kies de B1-route of de Z-route.");
        }
        p.check(in.gemeenteIds() != null && !in.gemeenteIds().isEmpty()
                && in.gemeenteIds().stream().noneMatch(Objects::isNull), "gemeenteIds", "perceel.gemeente-verplicht",
                "Kies ten minste een deelnemende gemeente.");
        if (p.required("aantalWinnaars", in.aantalWinnaars()) != null) {
            p.check(in.aantalWinnaars() >= 1 && in.aantalWinnaars() <= MAX_WINNAARS, "aantalWinnaars",
                    "perceel.winnaars-bereik", "Een perceel wordt gegund aan 1 tot " + MAX_WINNAARS + " aanbieders.");
        }
        List<Post> posten = in.tariefposten() == null ? List.of() : in.tariefposten();
        if (p.check(!posten.isEmpty(), "tariefposten", "perceel.tariefpost-verplicht",
                "Een perceel heeft ten minste een tariefpost met een geraamd volume.")) {
            p.check(posten.size() <= MAX_TARIEFPOSTEN, "tariefposten", "perceel.tariefposten-max",
                    "Een perceel heeft hoogstens " + MAX_TARIEFPOSTEN + " tariefposten: een per onderdeel (taal, KNM, "
                            + "MAP, participatie).");
            boolean meer = posten.size() > 1;
            boolean perUur = betaalmodel == null || betaalmodel == Betaalmodel.PER_UUR;
            if (meer) {
                p.check(perUur, "tariefposten", "perceel.tariefposten-per-uur",
                        "Meer dan een tariefpost kan alleen bij het betaalmodel per uur: een tarief per onderdeel "
                                + "bestaat alleen voor uren. Kies per uur in de contractvoorwaarden of houd een tariefpost.");
            }
            Set<Onderdeel> onderdelen = EnumSet.noneOf(Onderdeel.class);
            for (int i = 0; i < posten.size(); i++) {
                FieldChecks t = new FieldChecks();
                Post post = posten.get(i);
                if (post == null) {
                    t.add("omschrijving", "verplicht", "Dit veld is verplicht.");
                } else {
                    t.requiredText("omschrijving", post.omschrijving(), Tariefpost.MAX_OMSCHRIJVING);
                    if (t.required("geraamdVolume", post.geraamdVolume()) != null) {
                        t.check(post.geraamdVolume() >= 1, "geraamdVolume", "perceel.volume-positief",
                                "Het geraamde volume is een geheel getal van ten minste 1.");
                    }
                    if (post.onderdeel() == null) {
                        t.check(!meer, "onderdeel", "perceel.onderdeel-verplicht",
                                "Kies het onderdeel van deze tariefpost: bij meer dan een tariefpost prijst elke post "
                                        + "een eigen onderdeel.");
                    } else {
                        t.check(onderdelen.add(post.onderdeel()), "onderdeel", "perceel.onderdeel-dubbel",
                                "Twee tariefposten hebben hetzelfde onderdeel: kies per tariefpost een ander onderdeel.");
                        if (!meer) {
                            t.check(perUur, "onderdeel", "perceel.onderdeel-per-uur",
                                    "Een tarief per onderdeel bestaat alleen bij het betaalmodel per uur: laat het "
                                            + "onderdeel leeg of kies per uur in de contractvoorwaarden.");
                        }
                    }
                }
                p.addAll("tariefposten[" + i + "]", t);
            }
        }
        checks.addAll(prefix, p);
    }

    /** The evaluation price of a bid with these prices per item number; see {@link Tariefpost#evaluatieprijs}. */
    public Money evaluatieprijs(Map<Integer, Money> prijzen) {
        return Tariefpost.evaluatieprijs(getTariefposten(), prijzen);
    }

    /** The label of the lot on its contracts and messages: "Perceel 2: Z-route Oost". */
    public String label() {
        return "Perceel " + nummer + ": " + naam;
    }

    public Long getId() {
        return id;
    }

    public Aanbesteding getAanbesteding() {
        return aanbesteding;
    }

    public int getNummer() {
        return nummer;
    }

    public String getNaam() {
        return naam;
    }

    public Leerroute getLeerroute() {
        return leerroute;
    }

    /** The participating gemeenten, in id order. */
    public Set<Long> getGemeenteIds() {
        return Collections.unmodifiableSet(new TreeSet<>(gemeenteIds));
    }

    public int getAantalWinnaars() {
        return aantalWinnaars;
    }

    /** The items in number order; read-only. */
    public List<Tariefpost> getTariefposten() {
        List<Tariefpost> sorted = new ArrayList<>(tariefposten);
        sorted.sort(Comparator.comparingInt(Tariefpost::getNummer));
        return List.copyOf(sorted);
    }

    @Override
    public String toString() {
        return label();
    }
}

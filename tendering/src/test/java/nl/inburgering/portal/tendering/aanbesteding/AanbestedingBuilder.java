package nl.inburgering.portal.tendering.aanbesteding;

import static nl.inburgering.portal.tendering.Testen.metId;
import static nl.inburgering.portal.tendering.Testen.nl;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.inburgering.portal.contracts.contract.Betaalmodel;
import nl.inburgering.portal.contracts.contract.BtwTarief;
import nl.inburgering.portal.contracts.contract.Mijlpaal;
import nl.inburgering.portal.contracts.shared.Leerroute;
import nl.inburgering.portal.tendering.aanbesteding.AanbestedingGegevens.Criterium;
import nl.inburgering.portal.tendering.aanbesteding.AanbestedingGegevens.PerceelInvoer;
import nl.inburgering.portal.tendering.aanbesteding.AanbestedingGegevens.Post;
import nl.inburgering.portal.tendering.aanbesteding.AanbestedingGegevens.Voorwaarden;

/**
 * Test data: {@code anAanbesteding().withWinnaars(2).gesloten()}. By default a Z-route tender with
 * one lot for Groningen and Eemsdelta (2 winners, 12,000 language hours), price weight 40, quality
 * "Plan van aanpak" 35 and "Kwaliteit docenten" 25 (max 10 each), deadline 15 March 2026 12:00, 24
 * months + 2 x 12 months, PER_UUR.
 */
public final class AanbestedingBuilder {

    public static final long GRONINGEN = 1L;
    public static final long EEMSDELTA = 2L;
    public static final long AANBESTEDING_ID = 100L;
    /** The lot with number n gets id PERCEEL_ID + n. */
    public static final long PERCEEL_ID = 200L;
    public static final LocalDateTime SLUITINGSTIJD = LocalDateTime.parse("2026-03-15T12:00");
    /** When the draft is made and published. */
    public static final Instant CONCEPT_OP = nl("2026-01-10T09:00");
    /** The deadline as a moment. */
    public static final Instant DEADLINE = nl("2026-03-15T12:00");

    private String referentie = "AB-2026-01";
    private BigDecimal prijsWeging = new BigDecimal("40");
    private List<Criterium> criteria = new ArrayList<>(List.of(
            new Criterium("Plan van aanpak", new BigDecimal("35"), 10),
            new Criterium("Kwaliteit docenten", new BigDecimal("25"), 10)));
    private Leerroute leerroute = Leerroute.Z_ROUTE;
    private final Set<Long> gemeenten = new LinkedHashSet<>(List.of(GRONINGEN, EEMSDELTA));
    private int winnaars = 2;
    private List<Post> posten = new ArrayList<>(List.of(new Post("Taaluur Z-route (groepsles)", 12_000L)));
    private int extraPercelen = 0;
    private Integer standstillDagen;
    private LocalDateTime sluitingstijd = SLUITINGSTIJD;
    private Voorwaarden voorwaarden = new Voorwaarden(24, 2, 12, Betaalmodel.PER_UUR, null, new BigDecimal("800"),
            BtwTarief.NUL, true);

    public static AanbestedingBuilder anAanbesteding() {
        return new AanbestedingBuilder();
    }

    public AanbestedingBuilder withReferentie(String r) {
        this.referentie = r;
        return this;
    }

    public AanbestedingBuilder withPrijsWeging(String w) {
        this.prijsWeging = w == null ? null : new BigDecimal(w);
        return this;
    }

    public AanbestedingBuilder withCriteria(Criterium... c) {
        this.criteria = new ArrayList<>(List.of(c));
        return this;
    }

    public AanbestedingBuilder withLeerroute(Leerroute l) {
        this.leerroute = l;
        return this;
    }

    public AanbestedingBuilder withWinnaars(int n) {
        this.winnaars = n;
        return this;
    }

    public AanbestedingBuilder withPosten(Post... p) {
        this.posten = new ArrayList<>(List.of(p));
        return this;
    }

    /** Adds lots 2..n+1, copies of the first. */
    public AanbestedingBuilder withExtraPercelen(int n) {
        this.extraPercelen = n;
        return this;
    }

    public AanbestedingBuilder withStandstillDagen(Integer d) {
        this.standstillDagen = d;
        return this;
    }

    public AanbestedingBuilder withSluitingstijd(LocalDateTime t) {
        this.sluitingstijd = t;
        return this;
    }

    public AanbestedingBuilder withVoorwaarden(Voorwaarden v) {
        this.voorwaarden = v;
        return this;
    }

    /** A TRAJECT model paid START 40, HALVERWEGE 40, AFRONDING 20. */
    public AanbestedingBuilder trajectprijs() {
        this.voorwaarden = new Voorwaarden(24, 0, null, Betaalmodel.TRAJECT, Map.of(Mijlpaal.START,
                new BigDecimal("40"), Mijlpaal.HALVERWEGE, new BigDecimal("40"), Mijlpaal.AFRONDING,
                new BigDecimal("20")), null, BtwTarief.NUL, false);
        return this;
    }

    public AanbestedingGegevens gegevens() {
        List<PerceelInvoer> percelen = new ArrayList<>();
        percelen.add(new PerceelInvoer("Z-route Noord", leerroute, gemeenten, winnaars, posten));
        for (int i = 0; i < extraPercelen; i++) {
            percelen.add(new PerceelInvoer("Z-route " + (i + 2), leerroute, gemeenten, winnaars, posten));
        }
        return new AanbestedingGegevens(referentie, "Taal Z-route regio Groningen 2026", "Taalcomponent Z-route",
                sluitingstijd, standstillDagen, prijsWeging, criteria, percelen, voorwaarden);
    }

    /** A draft, with the ids the database would give. */
    public Aanbesteding build() {
        Aanbesteding a = metId(new Aanbesteding(gegevens(), CONCEPT_OP), AANBESTEDING_ID);
        a.getPercelen().forEach(p -> metId(p, PERCEEL_ID + p.getNummer()));
        return a;
    }

    public Aanbesteding gepubliceerd() {
        Aanbesteding a = build();
        a.publiceer(CONCEPT_OP);
        return a;
    }

    /** Closed at the deadline: bids opened. */
    public Aanbesteding gesloten() {
        Aanbesteding a = gepubliceerd();
        a.sluit(DEADLINE);
        return a;
    }

    public Aanbesteding beoordeeld() {
        Aanbesteding a = gesloten();
        a.rondBeoordelingAf();
        return a;
    }
}

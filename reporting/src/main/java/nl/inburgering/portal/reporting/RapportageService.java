package nl.inburgering.portal.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.inburgering.portal.contracts.access.Actor;
import nl.inburgering.portal.contracts.access.Role;
import nl.inburgering.portal.contracts.audit.AuditLog;
import nl.inburgering.portal.contracts.shared.InvalidInputException;
import nl.inburgering.portal.contracts.shared.Leerroute;
import nl.inburgering.portal.contracts.shared.NotAllowedException;
import nl.inburgering.portal.contracts.shared.NotFoundException;

/**
 * The reports (issue 8; DESIGN.md, "reporting: dashboards, budget vs spending, per-gemeente shares, exports"): the
 * gemeente's dashboard, the contract manager's overview of the region and the forecast of next year's cost. A read
 * side: it aggregates the other modules' tables in SQL ({@link RapportageQueries}) on the EntityManager's connection
 * and never writes them; it writes only its own settings (budget norm per year, route mix, expected inflow).
 *
 * <p><b>Tenancy</b>, decided here and carried into every query as the gemeente's id: a gemeente sees only its own
 * dashboard and its own row of the forecast; asking for another gemeente's dashboard is answered as if it did not
 * exist (404). The contract manager sees every gemeente, the overview and the whole forecast, and alone changes the
 * settings. Providers and the administrator see no reports (403): the figures are the gemeenten's money.
 *
 * <p><b>Money</b>: euros incl. VAT unless a field says net. "Approved" is an invoice GOEDGEKEURD or BETAALD; costs
 * are the gemeente's shares of approved GEMEENTEN invoices (zelfbetalers never count), reported by the invoice's
 * month. The budget is the year's norm per asielmigrant times the gemeente's asielmigranten with a PIP in the year;
 * spent is the year's approved shares; committed is the expected remaining cost of the open placements (see
 * {@link RapportageQueries#verplicht}).
 */
@ApplicationScoped
public class RapportageService {

    /** The region's time zone: a Dutch day. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    static final String ENTITEIT = "Rapportage";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private RapportageSettings settings;

    @Inject
    private AuditLog auditLog;

    /** Set only by {@link #opVerbinding}: then every query runs on this connection. */
    private Connection vasteVerbinding;

    /**
     * The service on a plain JDBC connection, outside a container: for batch tools and the benchmark
     * (bench/ReportingBench.java). Reads only; the settings methods need the container's audit log.
     */
    public static RapportageService opVerbinding(Connection connection, RapportageSettings settings) {
        RapportageService s = new RapportageService();
        s.vasteVerbinding = Objects.requireNonNull(connection);
        s.settings = Objects.requireNonNull(settings);
        return s;
    }

    /** Today in the Netherlands. */
    public static LocalDate vandaag() {
        return LocalDate.now(ZONE);
    }

    // ---------------------------------------------------------------- gemeente dashboard

    /** The dashboard of the gemeente for the calendar year; the snapshot figures as on {@code peildatum}. */
    @Transactional
    public GemeenteDashboard gemeenteDashboard(Actor actor, long gemeenteId, int jaar, LocalDate peildatum) {
        checkJaar(jaar);
        magGemeenteZien(actor, gemeenteId);
        RapportageQueries q = queries();
        String naam = q.gemeenteNaam(gemeenteId);
        if (naam == null) {
            throw new NotFoundException("Gemeente", gemeenteId);
        }
        List<GemeenteDashboard.MaandKosten> kosten = q.kostenPerMaand(gemeenteId, jaar);
        BigDecimal uitgegeven = kosten.stream().map(GemeenteDashboard.MaandKosten::totaal)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        Budget budget = Budget.van(gemeenteId, naam, jaar, q.asielmigranten(gemeenteId, jaar).getOrDefault(gemeenteId,
                0L), q.budgetnorm(jaar), uitgegeven, q.verplicht(gemeenteId, peildatum).get(gemeenteId));
        return new GemeenteDashboard(gemeenteId, naam, jaar, peildatum, q.inburgeraars(gemeenteId), kosten,
                q.kostenPerAanbieder(gemeenteId, jaar), budget, q.aanwezigheid(gemeenteId, jaar),
                q.examens(gemeenteId, jaar), q.openSignalen(gemeenteId));
    }

    // ---------------------------------------------------------------- region overview

    /** The contract manager's overview of the region for the calendar year, as on {@code peildatum}. */
    @Transactional
    public RegioOverzicht regioOverzicht(Actor actor, int jaar, LocalDate peildatum) {
        checkJaar(jaar);
        if (!actor.is(Role.CONTRACTBEHEERDER)) {
            throw new NotAllowedException("Het overzicht van de regio is voor de contractbeheerder.");
        }
        RapportageQueries q = queries();
        Map<Long, String> gemeenten = q.gemeenten();
        Map<Long, BigDecimal[]> aandelen = q.aandelenPerGemeente(jaar);
        List<RegioOverzicht.Maandreeks> perGemeente = new ArrayList<>();
        gemeenten.forEach((id, naam) -> perGemeente.add(reeks(id, naam, aandelen.get(id))));

        Map<Long, Long> asiel = q.asielmigranten(null, jaar);
        Map<Long, BigDecimal> uitgegeven = q.uitgegeven(null, jaar);
        Map<Long, BigDecimal> verplicht = q.verplicht(null, peildatum);
        BigDecimal norm = q.budgetnorm(jaar);
        List<Budget> budgetten = new ArrayList<>();
        gemeenten.forEach((id, naam) -> budgetten.add(Budget.van(id, naam, jaar, asiel.getOrDefault(id, 0L), norm,
                uitgegeven.get(id), verplicht.get(id))));

        return new RegioOverzicht(jaar, peildatum, perGemeente, reeks(null, "totaalGemeenten", q.aandelenTotaal(jaar)),
                reeks(null, "goedgekeurdGemeenten", q.goedgekeurdeFacturen(jaar, "GEMEENTEN")),
                reeks(null, "goedgekeurdZelfbetalers", q.goedgekeurdeFacturen(jaar, "ZELFBETALERS")), budgetten,
                q.bezettingPerContract(), q.bezettingPerPerceel(),
                q.keurmerken(peildatum, RegioOverzicht.KEURMERK_DAGEN),
                q.eindigendeContracten(peildatum, RegioOverzicht.CONTRACT_DAGEN), q.standstills(peildatum),
                q.teBeoordelen(peildatum));
    }

    static RegioOverzicht.Maandreeks reeks(Long id, String naam, BigDecimal[] maanden) {
        List<BigDecimal> bedragen = new ArrayList<>(12);
        BigDecimal totaal = BigDecimal.ZERO.setScale(2);
        for (int m = 0; m < 12; m++) {
            BigDecimal b = Bedragen.euro(maanden == null ? null : maanden[m]);
            bedragen.add(b);
            totaal = totaal.add(b);
        }
        return new RegioOverzicht.Maandreeks(id, naam, List.copyOf(bedragen), totaal);
    }

    // ---------------------------------------------------------------- forecast

    /**
     * The forecast for the year (normally next year) with the tariffs in force on {@code peildatum}: every gemeente
     * for the contract manager, its own row for a gemeente.
     */
    @Transactional
    public Prognose prognose(Actor actor, int jaar, LocalDate peildatum) {
        checkJaar(jaar);
        Long alleen = switch (actor.role()) {
            case CONTRACTBEHEERDER -> null;
            case GEMEENTE -> actor.gemeenteId();
            default -> throw new NotAllowedException("De prognose is voor de gemeente en de contractbeheerder.");
        };
        RapportageQueries q = queries();
        Map<Long, String> gemeenten = q.gemeenten();
        Routemix gesteld = q.routemix(jaar);
        Routemix mix = gesteld == null ? Routemix.STANDAARD : gesteld;
        Map<Long, Map<Leerroute, BigDecimal>> kosten = q.trajectkosten(peildatum);
        List<Prognose.Regel> regels = new ArrayList<>();
        BigDecimal totaal = BigDecimal.ZERO.setScale(2);
        for (Map.Entry<Long, Integer[]> e : q.instroom(alleen, jaar, peildatum).entrySet()) {
            Integer[] instroom = e.getValue();
            boolean standaard = instroom[0] == null;
            Prognose.Regel regel = Prognoseberekening.regel(e.getKey(), gemeenten.get(e.getKey()),
                    standaard ? instroom[1] : instroom[0], standaard, mix, kosten.getOrDefault(e.getKey(), Map.of()));
            regels.add(regel);
            totaal = totaal.add(regel.totaal());
        }
        return new Prognose(jaar, peildatum, mix, gesteld == null, regels, totaal);
    }

    // ---------------------------------------------------------------- settings

    /** The budget norm per asielmigrant of the year (its own, or the default). */
    @Transactional
    public BigDecimal budgetnorm(Actor actor, int jaar) {
        checkJaar(jaar);
        if (!actor.is(Role.CONTRACTBEHEERDER) && !actor.is(Role.GEMEENTE)) {
            throw new NotAllowedException("De budgetnorm is voor de gemeente en de contractbeheerder.");
        }
        return queries().budgetnorm(jaar);
    }

    /** The contract manager sets the budget norm per asielmigrant of a year. */
    @Transactional
    public void stelBudgetnormIn(Actor actor, int jaar, BigDecimal bedrag) {
        alleenContractbeheerder(actor);
        checkJaar(jaar);
        if (bedrag == null || bedrag.signum() < 0 || bedrag.stripTrailingZeros().scale() > 2
                || bedrag.compareTo(new BigDecimal("1000000")) >= 0) {
            throw InvalidInputException.of("budgetnorm", "bedrag",
                    "Een bedrag van 0 tot 1.000.000 euro, hoogstens twee decimalen.");
        }
        queries().slaBudgetnormOp(jaar, bedrag.setScale(2), actor.username());
        auditLog.record(actor, AuditLog.GEWIJZIGD, ENTITEIT, null, "Budgetnorm " + jaar + " per asielmigrant: "
                + bedrag.setScale(2).toPlainString());
    }

    /** The contract manager sets the route mix of a year's forecast. */
    @Transactional
    public void stelRoutemixIn(Actor actor, int jaar, Routemix mix) {
        alleenContractbeheerder(actor);
        checkJaar(jaar);
        Routemix geldig = Routemix.van(mix.onderwijsroute(), mix.b1Route(), mix.zRoute());
        queries().slaRoutemixOp(jaar, geldig, actor.username());
        auditLog.record(actor, AuditLog.GEWIJZIGD, ENTITEIT, null, "Routemix " + jaar + ": onderwijsroute "
                + geldig.onderwijsroute() + " %, B1-route " + geldig.b1Route() + " %, Z-route " + geldig.zRoute()
                + " %");
    }

    /** The contract manager sets the expected inflow of each gemeente named (null: back to the default). */
    @Transactional
    public void stelInstroomIn(Actor actor, int jaar, Map<Long, Integer> instroom) {
        alleenContractbeheerder(actor);
        checkJaar(jaar);
        RapportageQueries q = queries();
        Map<Long, String> gemeenten = q.gemeenten();
        for (Map.Entry<Long, Integer> e : instroom.entrySet()) {
            if (!gemeenten.containsKey(e.getKey())) {
                throw new NotFoundException("Gemeente", e.getKey());
            }
            Integer n = e.getValue();
            if (n != null && (n < 0 || n > 1_000_000)) {
                throw InvalidInputException.of("instroom", "aantal", "Een aantal van 0 tot en met 1.000.000.");
            }
        }
        instroom.forEach((id, n) -> q.slaInstroomOp(jaar, id, n, actor.username()));
        auditLog.record(actor, AuditLog.GEWIJZIGD, ENTITEIT, null, "Verwachte instroom " + jaar + " gewijzigd voor "
                + instroom.size() + " gemeente(n)");
    }

    /**
     * The contract manager's settings of a forecast year in one transaction: the route mix, the inflow per gemeente
     * and the budget norm of the year; nothing is saved when one of them is invalid.
     */
    @Transactional
    public void stelPrognoseIn(Actor actor, int jaar, Routemix mix, Map<Long, Integer> instroom, BigDecimal norm) {
        stelRoutemixIn(actor, jaar, mix);
        stelInstroomIn(actor, jaar, instroom);
        stelBudgetnormIn(actor, jaar, norm);
    }

    // ---------------------------------------------------------------- helpers

    private void magGemeenteZien(Actor actor, long gemeenteId) {
        switch (actor.role()) {
            case CONTRACTBEHEERDER -> {
                // the whole region
            }
            case GEMEENTE -> {
                if (actor.gemeenteId() != gemeenteId) {
                    // another gemeente's figures: as if they did not exist (DESIGN.md, tenancy)
                    throw new NotFoundException("Gemeente", gemeenteId);
                }
            }
            default -> throw new NotAllowedException("Rapportages zijn voor de gemeente en de contractbeheerder.");
        }
    }

    private static void alleenContractbeheerder(Actor actor) {
        if (!actor.is(Role.CONTRACTBEHEERDER)) {
            throw new NotAllowedException("De instellingen van de rapportages wijzigt de contractbeheerder.");
        }
    }

    static void checkJaar(int jaar) {
        if (jaar < 2000 || jaar > 2100) {
            throw InvalidInputException.of("jaar", "bereik", "Een jaar van 2000 tot en met 2100.");
        }
    }

    private RapportageQueries queries() {
        Connection c = vasteVerbinding != null ? vasteVerbinding : em.unwrap(Connection.class);
        return new RapportageQueries(c, settings);
    }
}

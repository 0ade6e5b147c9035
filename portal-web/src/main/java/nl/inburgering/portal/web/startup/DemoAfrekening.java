package nl.inburgering.portal.web.startup;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import nl.inburgering.portal.contracts.access.Actor;
import nl.inburgering.portal.contracts.access.Role;
import nl.inburgering.portal.contracts.shared.Onderdeel;
import nl.inburgering.portal.contracts.attendance.PresentieInvoer;
import nl.inburgering.portal.contracts.attendance.PresentieService;
import nl.inburgering.portal.contracts.attendance.Verzuimreden;
import nl.inburgering.portal.contracts.placement.PlaatsingService;
import nl.inburgering.portal.contracts.placement.PlaatsingView;
import nl.inburgering.portal.contracts.placement.Toewijzing;
import nl.inburgering.portal.contracts.placement.ToewijzingService;
import nl.inburgering.portal.contracts.placement.VerwijzingGegevens;
import nl.inburgering.portal.contracts.settlement.AfrekenService;
import nl.inburgering.portal.contracts.settlement.AfrekenrunView;
import nl.inburgering.portal.contracts.settlement.FactuurFilter;
import nl.inburgering.portal.contracts.settlement.FactuurService;
import nl.inburgering.portal.contracts.settlement.FactuurView;
import nl.inburgering.portal.contracts.settlement.rules.Factuursoort;

/**
 * The demo region's money (after {@link DemoData} has loaded the region, each step committing on its own as in
 * real use): five inburgeraars placed on the B1-route contract of Taalhuis Groningen from the first day of the
 * month before last, with attendance in that month and the last; the month before last settled, submitted by
 * the provider, approved and paid, so the gemeenten have statements; last month settled as CONCEPT invoices the
 * provider can review and submit. Skipped (with a log line) in January and February, when those months lie before
 * the demo contracts start.
 */
@ApplicationScoped
public class DemoAfrekening {

    private static final Logger LOG = Logger.getLogger(DemoAfrekening.class.getName());
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Resource
    UserTransaction utx;

    @Inject
    PlaatsingService plaatsingen;

    @Inject
    ToewijzingService toewijzing;

    @Inject
    PresentieService presenties;

    @Inject
    AfrekenService afrekenen;

    @Inject
    FactuurService facturen;

    public void load() {
        LocalDate today = LocalDate.now(ZONE);
        YearMonth m2 = YearMonth.from(today).minusMonths(2);
        YearMonth m1 = YearMonth.from(today).minusMonths(1);
        if (m2.getYear() != today.getYear()) {
            LOG.info("Demo settlement skipped: the months before last lie before the demo contracts start");
            return;
        }
        long t0 = System.nanoTime();
        Actor cb = new Actor("contractbeheerder", Role.CONTRACTBEHEERDER, null, null);
        long contract = id("select id from contract where contract_nummer = ?1", "AB-" + today.getYear() + "-B1-01");
        long taalhuis = id("select aanbieder_id from contract where id = ?1", contract);
        Actor provider = new Actor("aanbieder.taalhuis", Role.AANBIEDER, null, taalhuis);

        List<Long> placed = new ArrayList<>();
        for (String achternaam : List.of("Haddad", "Kowalska", "Ahmadi", "Al-Khatib", "Abdi")) {
            long inburgeraar = id("select id from inburgeraar where achternaam = ?1", achternaam);
            long gemeente = id("select gemeente_id from inburgeraar where id = ?1", inburgeraar);
            Actor consulent = new Actor("demo", Role.GEMEENTE, gemeente, null);
            PlaatsingView p = plaatsingen.verwijs(consulent, new VerwijzingGegevens(inburgeraar, null,
                    today.plusDays(7), new BigDecimal("400"), null));
            toewijzing.bevestig(cb, List.of(new Toewijzing(p.id(), contract)));
            plaatsingen.accepteer(provider, p.id(), new BigDecimal("400"));
            verwezenOp(p.id(), m2.atDay(1).minusDays(14));
            plaatsingen.start(provider, p.id(), m2.atDay(1));
            placed.add(p.id());
        }
        presenties.verwerk(provider, attendance(placed, m2), null);
        presenties.verwerk(provider, attendance(placed, m1), null);

        settle(cb, m2);
        for (FactuurView f : facturen.zoek(cb, new FactuurFilter(m2, null, contract, null, null), 0, 10, "maand", true)) {
            String nummer = "TH-" + m2.getYear() + "-" + String.format("%02d", m2.getMonthValue())
                    + (f.soort() == Factuursoort.GEMEENTEN ? "-G" : "-Z");
            facturen.dienIn(provider, f.id(), nummer);
            facturen.keurGoed(cb, f.id());
            facturen.registreerBetaling(cb, f.id(), today, "BET-" + nummer);
        }
        settle(cb, m1);
        LOG.info(() -> "Demo settlement of " + m2 + " and " + m1 + " loaded in " + (System.nanoTime() - t0) / 1_000_000
                + " ms");
    }

    private void settle(Actor cb, YearMonth maand) {
        AfrekenrunView run = afrekenen.start(cb, maand, null);
        afrekenen.voerUit(cb, run.id());
    }

    /** Mondays and Wednesdays 3 hours of TAAL, Thursdays 2 of KNM; now and then an absence. */
    private static List<PresentieInvoer> attendance(List<Long> placed, YearMonth maand) {
        List<PresentieInvoer> records = new ArrayList<>();
        for (int i = 0; i < placed.size(); i++) {
            for (LocalDate d = maand.atDay(1); !d.isAfter(maand.atEndOfMonth()); d = d.plusDays(1)) {
                DayOfWeek dow = d.getDayOfWeek();
                boolean taal = dow == DayOfWeek.MONDAY || dow == DayOfWeek.WEDNESDAY;
                if (!taal && dow != DayOfWeek.THURSDAY) {
                    continue;
                }
                BigDecimal gepland = new BigDecimal(taal ? "3" : "2");
                boolean afwezig = (d.getDayOfMonth() + i * 5) % 11 == 0;
                records.add(new PresentieInvoer(placed.get(i), d, taal ? Onderdeel.TAAL : Onderdeel.KNM, gepland,
                        afwezig ? BigDecimal.ZERO : gepland, afwezig ? (i % 2 == 0 ? Verzuimreden.ZIEK
                                : Verzuimreden.ONGEOORLOOFD) : null));
            }
        }
        return records;
    }

    /** The referral date moved back: what weeks of waiting before the start would have done. */
    private void verwezenOp(long plaatsingId, LocalDate datum) {
        try {
            utx.begin();
            em.createNativeQuery("update plaatsing set aangemeld_op = ?1 where id = ?2")
                    .setParameter(1, datum)
                    .setParameter(2, plaatsingId)
                    .executeUpdate();
            utx.commit();
        } catch (Exception e) {
            throw new IllegalStateException("demo placement " + plaatsingId + " could not be backdated", e);
        }
    }

    private long id(String sql, Object param) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, param).getSingleResult()).longValue();
    }
}

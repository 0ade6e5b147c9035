package nl.inburgering.portal.web.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import nl.inburgering.portal.contracts.access.Actor;
import nl.inburgering.portal.contracts.access.Role;
import nl.inburgering.portal.contracts.aanbieder.AanbiederGegevens;
import nl.inburgering.portal.contracts.aanbieder.AanbiederService;
import nl.inburgering.portal.contracts.aanbieder.AanbiederSoort;
import nl.inburgering.portal.contracts.aanbieder.KeurmerkStatus;
import nl.inburgering.portal.contracts.gemeente.Gemeente;
import nl.inburgering.portal.contracts.gemeente.GemeenteFactuurgegevens;
import nl.inburgering.portal.contracts.gemeente.GemeenteGegevens;
import nl.inburgering.portal.contracts.gemeente.GemeenteService;
import nl.inburgering.portal.web.platform.EmbeddedDatabase;
import nl.inburgering.portal.web.security.NieuweGebruiker;
import nl.inburgering.portal.web.security.UserAccountService;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The demo region: Groningen as lead with nine participating gemeenten (real CBS codes), providers of
 * both kinds in every keurmerk state, contracts of both origins with all three payment models, and
 * inburgeraars. Loaded only into an EMPTY database, and into a configured (non-embedded) one only when
 * {@code portal.demo-data=true}. Dates are relative to the day of loading, so the signals on the
 * dashboards (keurmerk expiring, contracts ending) show up whenever the demo is started.
 *
 * <p>Names of providers and people are invented; OINs and KvK numbers are well-formed but fictitious; the
 * town-hall addresses are illustrative (not checked against the gemeenten's own), the lead's IBAN fictitious.
 */
@ApplicationScoped
public class DemoData {

    /** Password of every demo account (README.md lists the accounts). */
    public static final String DEMO_PASSWORD = "Welkom-2026!";

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    @ConfigProperty(name = "portal.demo-data", defaultValue = "auto")
    String mode;

    @Inject
    @ConfigProperty(name = "portal.admin.password")
    java.util.Optional<String> initialAdminPassword;

    @Inject
    GemeenteService gemeenten;

    @Inject
    AanbiederService aanbieders;

    @Inject
    UserAccountService accounts;

    @Inject
    DemoContracts contracts;

    /** Loads the demo region when wanted and the database is empty; true when it did. */
    @Transactional
    public boolean loadIfWanted() {
        boolean empty = gemeenten.list(Actor.system()).isEmpty();
        boolean wanted = switch (mode.trim().toLowerCase()) {
            case "true" -> true;
            case "false" -> false;
            default -> EmbeddedDatabase.isRunning();
        };
        if (empty && wanted) {
            long t0 = System.nanoTime();
            load();
            LOG.info(() -> "Demo region loaded in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
            return true;
        } else if (accounts.countUsers() == 0 && initialAdminPassword.isPresent()) {
            accounts.createInitialUser(new NieuweGebruiker("beheerder", "Applicatiebeheerder",
                    initialAdminPassword.get(), Role.BEHEERDER, null, null));
            LOG.info("First start: account 'beheerder' created from portal.admin.password");
        }
        return false;
    }

    private void load() {
        Actor system = Actor.system();
        LocalDate today = LocalDate.now();
        Map<String, Long> g = new HashMap<>();
        for (String[] row : List.of(
                new String[] {"0014", "Groningen", "00000001001589623000", "true",
                        "Grote Markt 1", "9712 HN", "Groningen"},
                new String[] {"1979", "Eemsdelta", "00000001823288444000", "false",
                        "Johan van den Kornputplein 1", "9934 EA", "Delfzijl"},
                new String[] {"1966", "Het Hogeland", "00000001823288420000", "false",
                        "Hoofdstraat W 45", "9951 AA", "Winsum"},
                new String[] {"1969", "Westerkwartier", "00000001823288432000", "false",
                        "Hooiweg 4", "9801 AK", "Zuidhorn"},
                new String[] {"1952", "Midden-Groningen", "00000001823288456000", "false",
                        "Gorecht-Oost 169", "9603 AC", "Hoogezand"},
                new String[] {"1895", "Oldambt", "00000001823288468000", "false",
                        "Jeltingalaan 1", "9671 CE", "Winschoten"},
                new String[] {"0047", "Veendam", "00000001001589647000", "false",
                        "Raadhuisplein 1", "9641 AV", "Veendam"},
                new String[] {"0765", "Pekela", "00000001001589659000", "false",
                        "Raadhuisplein 1", "9663 BP", "Oude Pekela"},
                new String[] {"0037", "Stadskanaal", "00000001001589671000", "false",
                        "Raadhuisplein 1", "9501 DG", "Stadskanaal"},
                new String[] {"1950", "Westerwolde", "00000001823288480000", "false",
                        "Sellingerstraat 1", "9561 AB", "Ter Apel"})) {
            Gemeente gemeente = gemeenten.create(system, new GemeenteGegevens(row[0], row[1], row[2],
                    Boolean.parseBoolean(row[3]), "Team Inburgering " + row[1],
                    "inburgering@" + row[1].toLowerCase().replace(" ", "").replace("-", "") + ".demo.nl"));
            g.put(row[1], gemeente.getId());
            // what the UBL invoice of a statement needs: addresses, and the lead's account and VAT identifier
            boolean lead = Boolean.parseBoolean(row[3]);
            gemeenten.wijzigFactuurgegevens(system, gemeente.getId(), new GemeenteFactuurgegevens(row[4], row[5],
                    row[6], lead ? "NL64BNGH0285001789" : null, lead ? "NL001589623B01" : null));
        }

        Map<String, Long> a = new HashMap<>();
        a.put("Taalhuis", aanbieders.create(system, new AanbiederGegevens("Taalhuis Groningen B.V.", "68750110",
                AanbiederSoort.TAALAANBIEDER, null, false, null, "NL20INGB0001234567", "info@taalhuis.demo.nl")).getId());
        a.put("Lingua", aanbieders.create(system, new AanbiederGegevens("Lingua Noord", "71234568",
                AanbiederSoort.TAALAANBIEDER, null, false, null, "NL81RABO0312345678", "contract@lingua.demo.nl")).getId());
        a.put("Spreekbeurt", aanbieders.create(system, new AanbiederGegevens("Spreekbeurt Taaltrainingen", "65432109",
                AanbiederSoort.TAALAANBIEDER, null, false, null, "NL36INGB0007654321", null)).getId());
        a.put("NieuwBegin", aanbieders.create(system, new AanbiederGegevens("Nieuw Begin Taalschool", "80011223",
                AanbiederSoort.TAALAANBIEDER, null, false, null, "NL44RABO0123456789", null)).getId());
        a.put("Noorderlicht", aanbieders.create(system, new AanbiederGegevens("Noorderlicht College", "41009876",
                AanbiederSoort.ONDERWIJSINSTELLING, "30NL", true, LocalDate.of(2012, 8, 1),
                "NL02ABNA0123456789", "inburgering@noorderlicht.demo.nl")).getId());
        a.put("Hanze", aanbieders.create(system, new AanbiederGegevens("Hanze Schakelinstituut", "02045678",
                AanbiederSoort.ONDERWIJSINSTELLING, "21HS", true, LocalDate.of(2015, 9, 1),
                "NL91ABNA0417164300", null)).getId());
        a.put("Eems", aanbieders.create(system, new AanbiederGegevens("Eems Vakcollege", "59876543",
                AanbiederSoort.ONDERWIJSINSTELLING, "27EV", false, null, "NL63TRIO0212345678", null)).getId());

        LocalDate yearStart = today.withDayOfYear(1);
        aanbieders.registreerKeurmerk(system, a.get("Taalhuis"), KeurmerkStatus.GELDIG, yearStart.minusYears(1),
                yearStart.plusYears(2));
        // valid, but expiring within 60 days: shows on the contract manager's dashboard
        aanbieders.registreerKeurmerk(system, a.get("Lingua"), KeurmerkStatus.GELDIG, yearStart.minusYears(2),
                today.plusDays(45));
        aanbieders.registreerKeurmerk(system, a.get("Spreekbeurt"), KeurmerkStatus.GELDIG, yearStart.minusYears(2),
                yearStart.plusYears(1));
        aanbieders.registreerKeurmerk(system, a.get("Spreekbeurt"), KeurmerkStatus.GESCHORST, today.minusDays(20),
                null);
        aanbieders.registreerKeurmerk(system, a.get("NieuwBegin"), KeurmerkStatus.ASPIRANT, today.minusMonths(3), null);

        contracts.load(new Actor("demo", Role.CONTRACTBEHEERDER, null, null), today, g, a);

        user("beheerder", "Bea Beheer", Role.BEHEERDER, null, null);
        user("contractbeheerder", "Carla de Vries (Groningen)", Role.CONTRACTBEHEERDER, null, null);
        user("gemeente.eemsdelta", "Erik Mulder (Eemsdelta)", Role.GEMEENTE, g.get("Eemsdelta"), null);
        user("gemeente.hogeland", "Hanneke Bos (Het Hogeland)", Role.GEMEENTE, g.get("Het Hogeland"), null);
        user("aanbieder.taalhuis", "Tom Smit (Taalhuis Groningen)", Role.AANBIEDER, null, a.get("Taalhuis"));
        user("aanbieder.noorderlicht", "Nadia Haddou (Noorderlicht College)", Role.AANBIEDER, null,
                a.get("Noorderlicht"));
    }

    private void user(String username, String naam, Role rol, Long gemeenteId, Long aanbiederId) {
        accounts.createInitialUser(new NieuweGebruiker(username, naam, DEMO_PASSWORD, rol, gemeenteId, aanbiederId));
    }

}

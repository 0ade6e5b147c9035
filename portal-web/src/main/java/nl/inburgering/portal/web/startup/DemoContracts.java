package nl.inburgering.portal.web.startup;

import static nl.inburgering.portal.contracts.contract.Betaalmodel.PER_MAAND;
import static nl.inburgering.portal.contracts.contract.Betaalmodel.PER_UUR;
import static nl.inburgering.portal.contracts.contract.Betaalmodel.TRAJECT;
import static nl.inburgering.portal.contracts.shared.Leerroute.B1_ROUTE;
import static nl.inburgering.portal.contracts.shared.Leerroute.ONDERWIJSROUTE;
import static nl.inburgering.portal.contracts.shared.Leerroute.Z_ROUTE;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.inburgering.portal.contracts.access.Actor;
import nl.inburgering.portal.contracts.access.Role;
import nl.inburgering.portal.contracts.contract.BtwTarief;
import nl.inburgering.portal.contracts.contract.ContractGegevens;
import nl.inburgering.portal.contracts.contract.ContractHerkomst;
import nl.inburgering.portal.contracts.contract.ContractService;
import nl.inburgering.portal.contracts.contract.Mijlpaal;
import nl.inburgering.portal.contracts.contract.TariefGegevens;
import nl.inburgering.portal.contracts.inburgeraar.Doelgroep;
import nl.inburgering.portal.contracts.inburgeraar.InburgeraarGegevens;
import nl.inburgering.portal.contracts.inburgeraar.InburgeraarService;
import nl.inburgering.portal.contracts.shared.Leerroute;

/** The contracts and inburgeraars of the demo region (see {@link DemoData}). */
@ApplicationScoped
class DemoContracts {

    @Inject
    ContractService contracts;

    @Inject
    InburgeraarService inburgeraars;

    void load(Actor system, LocalDate today, Map<String, Long> g, Map<String, Long> a) {
        Set<Long> all = new HashSet<>(g.values());
        Set<Long> north = Set.of(g.get("Groningen"), g.get("Eemsdelta"), g.get("Het Hogeland"),
                g.get("Westerkwartier"), g.get("Midden-Groningen"));
        Set<Long> east = Set.of(g.get("Groningen"), g.get("Oldambt"), g.get("Veendam"), g.get("Pekela"),
                g.get("Stadskanaal"), g.get("Westerwolde"));
        int year = today.getYear();
        LocalDate start = LocalDate.of(year, 1, 1);

        Map<Mijlpaal, BigDecimal> milestones = new EnumMap<>(Mijlpaal.class);
        milestones.put(Mijlpaal.START, new BigDecimal("40"));
        milestones.put(Mijlpaal.HALVERWEGE, new BigDecimal("40"));
        milestones.put(Mijlpaal.AFRONDING, new BigDecimal("20"));

        // Open House, onderwijsroute: output-based (trajectory in milestones) and per month
        contracts.create(system, new ContractGegevens("OH-" + year + "-001", a.get("Noorderlicht"),
                ContractHerkomst.OPEN_HOUSE, "Open House Onderwijsroute Groningen " + year, null,
                Set.of(ONDERWIJSROUTE), all, start, start.plusYears(4).minusDays(1), 0, 60, BtwTarief.NUL, false,
                List.of(new TariefGegevens(start, TRAJECT, new BigDecimal("12500.00"), null, milestones,
                        "Onderwijsroute-traject (schakeljaar)"))));
        contracts.create(system, new ContractGegevens("OH-" + year + "-002", a.get("Hanze"),
                ContractHerkomst.OPEN_HOUSE, "Open House Onderwijsroute Groningen " + year, null,
                Set.of(ONDERWIJSROUTE), all, start.plusMonths(2), start.plusYears(4).minusDays(1), 0, null,
                BtwTarief.NUL, false,
                List.of(new TariefGegevens(start.plusMonths(2), PER_MAAND, new BigDecimal("1050.00"), null, null,
                        "Onderwijsroute per maand"))));

        // Tender AB-<year>: lot 1 B1-route (north), lot 2 Z-route (east): per hour and per month
        contracts.create(system, new ContractGegevens("AB-" + year + "-B1-01", a.get("Taalhuis"),
                ContractHerkomst.AANBESTEDING, "AB-" + year + "-01 Taal inburgering", "Perceel 1: B1-route",
                Set.of(B1_ROUTE), north, start, start.plusYears(2).minusDays(1), 2, 120, BtwTarief.EENENTWINTIG,
                false,
                List.of(new TariefGegevens(start, PER_UUR, new BigDecimal("62.50"), null, null, "Taalles per uur"),
                        new TariefGegevens(start.plusYears(1), PER_UUR, new BigDecimal("64.70"), null, null,
                                "Taalles per uur (geïndexeerd)"))));
        // ends within 90 days: shows on the contract manager's dashboard
        contracts.create(system, new ContractGegevens("AB-" + year + "-B1-02", a.get("Lingua"),
                ContractHerkomst.AANBESTEDING, "AB-" + year + "-01 Taal inburgering", "Perceel 1: B1-route",
                Set.of(B1_ROUTE), north, start.minusYears(1), today.plusDays(75), 1, 80, BtwTarief.EENENTWINTIG,
                true, List.of(new TariefGegevens(start.minusYears(1), PER_UUR, new BigDecimal("59.80"), null, null,
                        "Taalles per uur, geoorloofd verzuim declarabel"))));
        contracts.create(system, new ContractGegevens("AB-" + year + "-Z-01", a.get("Taalhuis"),
                ContractHerkomst.AANBESTEDING, "AB-" + year + "-01 Taal inburgering", "Perceel 2: Z-route",
                Set.of(Z_ROUTE), east, start, start.plusYears(2).minusDays(1), 2, 40, BtwTarief.EENENTWINTIG, false,
                List.of(new TariefGegevens(start, PER_UUR, new BigDecimal("55.00"), new BigDecimal("800"), null,
                        "Z-route taal per uur, max. 800 uur"))));
        contracts.create(system, new ContractGegevens("AB-" + year + "-Z-02", a.get("Spreekbeurt"),
                ContractHerkomst.AANBESTEDING, "AB-" + year + "-01 Taal inburgering", "Perceel 2: Z-route",
                Set.of(Z_ROUTE), east, start, start.plusYears(2).minusDays(1), 2, 30, BtwTarief.EENENTWINTIG, false,
                List.of(new TariefGegevens(start, PER_MAAND, new BigDecimal("780.00"), null, null,
                        "Z-route per maand"))));

        String[] bsns = {"725763863", "162275869", "192285142", "691682483", "987825707", "688136138",
                "864623112", "321146487", "187891151", "883235912", "178598835", "467279627"};
        String[][] people = {
                {"Eemsdelta", "A.", "Haddad", "ASIELMIGRANT", "B1_ROUTE"},
                {"Eemsdelta", "M.", "Tesfay", "ASIELMIGRANT", "Z_ROUTE"},
                {"Eemsdelta", "S.", "Rahimi", "ASIELMIGRANT", "ONDERWIJSROUTE"},
                {"Eemsdelta", "L.", "Kowalska", "GEZINSMIGRANT", "B1_ROUTE"},
                {"Het Hogeland", "Y.", "Ahmadi", "ASIELMIGRANT", "B1_ROUTE"},
                {"Het Hogeland", "F.", "Osman", "ASIELMIGRANT", "ONDERWIJSROUTE"},
                {"Het Hogeland", "D.", "Mengistu", "ASIELMIGRANT", "Z_ROUTE"},
                {"Groningen", "K.", "Al-Khatib", "ASIELMIGRANT", "B1_ROUTE"},
                {"Groningen", "R.", "Nguyen", "GEZINSMIGRANT", "B1_ROUTE"},
                {"Oldambt", "H.", "Yusuf", "ASIELMIGRANT", "Z_ROUTE"},
                {"Westerkwartier", "J.", "Abdi", "ASIELMIGRANT", "B1_ROUTE"},
                {"Veendam", "N.", "Suleiman", "ASIELMIGRANT", "Z_ROUTE"},
        };
        for (int i = 0; i < people.length; i++) {
            String[] p = people[i];
            Long gemeenteId = g.get(p[0]);
            Leerroute route = Leerroute.valueOf(p[4]);
            Doelgroep doelgroep = Doelgroep.valueOf(p[3]);
            Long preferred = route == ONDERWIJSROUTE ? (i % 2 == 0 ? a.get("Noorderlicht") : a.get("Hanze")) : null;
            Actor gemeenteUser = new Actor("demo", Role.GEMEENTE, gemeenteId, null);
            inburgeraars.register(gemeenteUser, new InburgeraarGegevens(gemeenteId,
                    "KL-" + p[0].substring(0, 3).toUpperCase() + "-" + (1001 + i), i % 3 == 2 ? null : bsns[i],
                    p[1], p[2], doelgroep, route, today.minusDays(30L + 7L * i),
                    doelgroep == Doelgroep.GEZINSMIGRANT, preferred));
        }
    }
}

package nl.inburgering.portal.contracts.placement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.inburgering.portal.contracts.aanbieder.Aanbieder;
import nl.inburgering.portal.contracts.aanbieder.AanbiederSoort;
import nl.inburgering.portal.contracts.aanbieder.KeurmerkStatus;
import nl.inburgering.portal.contracts.access.Actor;
import nl.inburgering.portal.contracts.access.Role;
import nl.inburgering.portal.contracts.contract.BtwTarief;
import nl.inburgering.portal.contracts.contract.Contract;
import nl.inburgering.portal.contracts.contract.ContractHerkomst;
import nl.inburgering.portal.contracts.contract.Tarief;
import nl.inburgering.portal.contracts.shared.BrinCode;
import nl.inburgering.portal.contracts.shared.ContractNumber;
import nl.inburgering.portal.contracts.shared.Iban;
import nl.inburgering.portal.contracts.shared.KvkNumber;
import nl.inburgering.portal.contracts.shared.Leerroute;
import nl.inburgering.portal.contracts.shared.Money;

/** Test data for placements: {@code aContract().covering(B1_ROUTE).withCapacity(2).build()}, actors, dates. */
final class Fixtures {

    static final long GRONINGEN = 1L;
    static final long EEMSDELTA = 2L;
    static final long HET_HOGELAND = 3L;

    static final LocalDate JAN_2026 = LocalDate.of(2026, 1, 1);
    static final LocalDate MAART_2026 = LocalDate.of(2026, 3, 2);

    static final Actor GEMEENTE = new Actor("consulent.eemsdelta", Role.GEMEENTE, EEMSDELTA, null);
    static final Actor AANBIEDER = new Actor("planner.taalhuis", Role.AANBIEDER, null, 10L);
    static final Actor CONTRACTBEHEERDER = new Actor("contractbeheerder", Role.CONTRACTBEHEERDER, null, null);

    private Fixtures() {
    }

    static ContractFixture aContract() {
        return new ContractFixture();
    }

    /** A language provider holding a keurmerk GELDIG through 2027. */
    static Aanbieder aTaalaanbieder() {
        Aanbieder a = new Aanbieder("Taalhuis Noord B.V.", KvkNumber.of("12345678"), AanbiederSoort.TAALAANBIEDER, null,
                false, null, Iban.of("NL91ABNA0417164300"), null);
        a.registreerKeurmerk(KeurmerkStatus.GELDIG, LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31));
        return a;
    }

    /** A WEB-recognised education institution since 2020, without keurmerk. */
    static Aanbieder anOnderwijsinstelling() {
        return new Aanbieder("Noorderlicht College", KvkNumber.of("87654321"), AanbiederSoort.ONDERWIJSINSTELLING,
                BrinCode.of("25LP"), true, LocalDate.of(2020, 8, 1), Iban.of("NL91ABNA0417164300"), null);
    }

    /** A referral of an Eemsdelta inburgeraar, waiting in the pool. */
    static Plaatsing aReferral(Leerroute route) {
        return new Plaatsing(100L, EEMSDELTA, false, route, JAN_2026, MAART_2026, new BigDecimal("600"),
                route == Leerroute.ONDERWIJSROUTE ? 10L : null, null, GEMEENTE);
    }

    static final class ContractFixture {

        private String nummer = "AB-2026-B1-01";
        private long aanbiederId = 10L;
        private ContractHerkomst herkomst = ContractHerkomst.AANBESTEDING;
        private String perceel = "Perceel 1";
        private final Set<Leerroute> leerroutes = EnumSet.of(Leerroute.B1_ROUTE);
        private final Set<Long> gemeenten = new LinkedHashSet<>(List.of(GRONINGEN, EEMSDELTA));
        private LocalDate start = JAN_2026;
        private LocalDate einde = LocalDate.of(2027, 12, 31);
        private Integer capaciteit = 40;

        ContractFixture numbered(String nr) {
            this.nummer = nr;
            return this;
        }

        ContractFixture ofProvider(long id) {
            this.aanbiederId = id;
            return this;
        }

        ContractFixture onlyFor(long... gemeenteIds) {
            gemeenten.clear();
            for (long g : gemeenteIds) {
                gemeenten.add(g);
            }
            return this;
        }

        ContractFixture covering(Leerroute l) {
            leerroutes.clear();
            leerroutes.add(l);
            return this;
        }

        ContractFixture runningFrom(LocalDate from, LocalDate to) {
            this.start = from;
            this.einde = to;
            return this;
        }

        ContractFixture withCapacity(Integer c) {
            this.capaciteit = c;
            return this;
        }

        ContractFixture fromOpenHouse() {
            this.herkomst = ContractHerkomst.OPEN_HOUSE;
            this.perceel = null;
            this.nummer = "OH-2026-001";
            leerroutes.clear();
            leerroutes.add(Leerroute.ONDERWIJSROUTE);
            return this;
        }

        Contract build() {
            return new Contract(ContractNumber.of(nummer), aanbiederId, herkomst, "AB-2026-01", perceel, leerroutes,
                    gemeenten, start, einde, 0, capaciteit, BtwTarief.NUL, true,
                    List.of(Tarief.perUur(start, Money.of("62.50"), new BigDecimal("800"))));
        }
    }
}

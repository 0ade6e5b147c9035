package nl.inburgering.portal.contracts.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.inburgering.portal.contracts.shared.ContractNumber;
import nl.inburgering.portal.contracts.shared.Leerroute;
import nl.inburgering.portal.contracts.shared.Money;

/** Test data: {@code aContract().forGemeente(EEMSDELTA).runningFrom(..).build()}. */
final class ContractBuilder {

    static final long GRONINGEN = 1L;
    static final long EEMSDELTA = 2L;
    static final long HET_HOGELAND = 3L;

    private String nummer = "AB-2026-Z-01";
    private long aanbiederId = 10L;
    private ContractHerkomst herkomst = ContractHerkomst.AANBESTEDING;
    private String perceel = "Perceel 2";
    private final Set<Leerroute> leerroutes = EnumSet.of(Leerroute.Z_ROUTE);
    private final Set<Long> gemeenten = new LinkedHashSet<>(List.of(GRONINGEN));
    private LocalDate start = LocalDate.of(2026, 1, 1);
    private LocalDate einde = LocalDate.of(2027, 12, 31);
    private int verlengopties = 2;
    private Integer capaciteit = 40;
    private final List<Tarief> tarieven = new ArrayList<>();

    static ContractBuilder aContract() {
        return new ContractBuilder();
    }

    ContractBuilder numbered(String nr) {
        this.nummer = nr;
        return this;
    }

    ContractBuilder forGemeente(long gemeenteId) {
        gemeenten.add(gemeenteId);
        return this;
    }

    ContractBuilder covering(Leerroute l) {
        leerroutes.add(l);
        return this;
    }

    ContractBuilder runningFrom(LocalDate from, LocalDate to) {
        this.start = from;
        this.einde = to;
        return this;
    }

    ContractBuilder withExtensionOptions(int n) {
        this.verlengopties = n;
        return this;
    }

    ContractBuilder fromOpenHouse() {
        this.herkomst = ContractHerkomst.OPEN_HOUSE;
        this.perceel = null;
        return this;
    }

    ContractBuilder withTarief(Tarief t) {
        tarieven.add(t);
        return this;
    }

    Contract build() {
        List<Tarief> t = tarieven.isEmpty() ? List.of(Tarief.perUur(start, Money.of("62.50"), new BigDecimal("800")))
                : tarieven;
        return new Contract(ContractNumber.of(nummer), aanbiederId, herkomst, "AB-2026-01", perceel, leerroutes,
                gemeenten, start, einde, verlengopties, capaciteit, BtwTarief.NUL, true, t);
    }
}

package nl.inburgering.portal.contracts.settlement.internal;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.inburgering.portal.contracts.shared.Onderdeel;
import nl.inburgering.portal.contracts.attendance.Verzuimreden;
import nl.inburgering.portal.contracts.contract.Betaalmodel;
import nl.inburgering.portal.contracts.contract.BtwTarief;
import nl.inburgering.portal.contracts.contract.Mijlpaal;
import nl.inburgering.portal.contracts.settlement.Afrekenrun;
import nl.inburgering.portal.contracts.settlement.rules.Afrekenregel;
import nl.inburgering.portal.contracts.settlement.rules.Beeindiging;
import nl.inburgering.portal.contracts.settlement.rules.ContractMaand;
import nl.inburgering.portal.contracts.settlement.rules.Contractvoorwaarden;
import nl.inburgering.portal.contracts.settlement.rules.Correctieregel;
import nl.inburgering.portal.contracts.settlement.rules.Correctieverzoek;
import nl.inburgering.portal.contracts.settlement.rules.Factuur;
import nl.inburgering.portal.contracts.settlement.rules.Factuurregel;
import nl.inburgering.portal.contracts.settlement.rules.Factuursoort;
import nl.inburgering.portal.contracts.settlement.rules.GefactureerdeRegel;
import nl.inburgering.portal.contracts.settlement.rules.GemeenteAandeel;
import nl.inburgering.portal.contracts.settlement.rules.Maandgrondslag;
import nl.inburgering.portal.contracts.settlement.rules.Mijlpaalgrondslag;
import nl.inburgering.portal.contracts.settlement.rules.OnderbrokenPeriode;
import nl.inburgering.portal.contracts.settlement.rules.PlaatsingFeiten;
import nl.inburgering.portal.contracts.settlement.rules.PresentieFeit;
import nl.inburgering.portal.contracts.settlement.rules.Product;
import nl.inburgering.portal.contracts.settlement.rules.ReedsGefactureerd;
import nl.inburgering.portal.contracts.settlement.rules.Tariefversie;
import nl.inburgering.portal.contracts.settlement.rules.Uren;
import nl.inburgering.portal.contracts.settlement.rules.Uurgrondslag;
import nl.inburgering.portal.contracts.shared.Money;
import nl.inburgering.portal.contracts.shared.Percentage;

/**
 * The settlement of one contract for one month in SQL, on the caller's connection and inside the caller's
 * transaction (the service passes the EntityManager's connection; the benchmark a plain one):
 * <ol>
 * <li>{@link #laad}: the contract row locked ({@code for update}: two runs of the same month wait for each
 * other here), its terms and tariff versions, the approved corrections still to bill (and those billed in
 * this month, so a re-run recomputes them), the placements that can bill (active in the month, or corrected)
 * with their pauses, their attendance (PER_UUR: from the earliest corrected month; TRAJECT: all of it up to
 * the month end, HALVERWEGE counts every hour; PER_MAAND: none), what was billed (every line of the
 * contract's invoices that is not rejected, except those of this month's CONCEPT invoices, which the run
 * replaces; summed in the database where the rules need only sums, see {@link #gefactureerd}), and this month's
 * invoices: a handful of queries whatever the size;</li>
 * <li>the caller computes {@link nl.inburgering.portal.contracts.settlement.rules.Afrekening#bereken};</li>
 * <li>{@link #schrijf}: per invoice kind, a CONCEPT is inserted or rewritten (the invoice, its gemeente shares and
 * its lines in one statement, the lines from binary arrays), a frozen one is left alone, and an empty CONCEPT is
 * deleted;</li>
 * <li>{@link #voortgang}: the contract counted in the run's progress, in the same transaction, which commits without
 * waiting for the disk ({@link #zonderWachtenOpSchijf}); {@link #klaar} ends the run and does wait.</li>
 * </ol>
 * Where the time goes, and what was tried, is in bench/README.md ("Settlement").
 */
public final class AfrekeningOpslag {

    private final Connection connection;

    public AfrekeningOpslag(Connection connection) {
        this.connection = connection;
    }

    /** What {@link #laad} found: the rules' input and what writing needs besides. */
    public record Geladen(ContractMaand opdracht, long aanbiederId, List<TeMarkeren> correcties,
            Map<Factuursoort, Bestaand> facturen) {
    }

    /** An approved correction: billed in this run unless its month is this month or later. */
    public record TeMarkeren(long id, long plaatsingId, YearMonth maand, boolean alVerrekend) {
    }

    /** An invoice of this contract and month as it is. */
    public record Bestaand(long id, String status) {

        public boolean isConcept() {
            return "CONCEPT".equals(status);
        }
    }

    /** What {@link #schrijf} did per kind. */
    public enum Uitkomst {
        GESCHREVEN, BEVROREN, LEEG
    }

    // ---------------------------------------------------------------- loading

    /**
     * Locks the contract and reads everything its settlement for the month needs.
     *
     * @return null when the contract does not exist
     */
    public Geladen laad(long contractId, YearMonth maand) throws SQLException {
        return laad(contractId, maand, null);
    }

    /**
     * As {@link #laad(long, YearMonth)}, with what the run read once for all its contracts ({@link Vooraf}): the
     * month's PER_UUR sums and the placements active in the month with their pauses. A run of many contracts reads
     * them in three queries instead of per contract, which is several times cheaper (one scan of the month's
     * attendance instead of an index walk per placement; one pass over the placements instead of one per
     * contract).
     *
     * @param vooraf for this month, or null to read this contract's own (as when the contract was not among those
     *     it was read for)
     */
    public Geladen laad(long contractId, YearMonth maand, Vooraf vooraf) throws SQLException {
        if (vooraf != null && !vooraf.geldtVoor(contractId, maand)) {
            vooraf = null;
        }
        LocalDate eerste = maand.atDay(1);
        LocalDate laatste = maand.atEndOfMonth();
        long aanbiederId;
        BtwTarief btw;
        boolean verzuimDeclarabel;
        try (PreparedStatement st = connection.prepareStatement("select aanbieder_id, btw_tarief,"
                + " geoorloofd_verzuim_declarabel from contract where id = ? for update")) {
            st.setLong(1, contractId);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                aanbiederId = rs.getLong(1);
                btw = BtwTarief.valueOf(rs.getString(2));
                verzuimDeclarabel = rs.getBoolean(3);
            }
        }
        Contractvoorwaarden voorwaarden = new Contractvoorwaarden(contractId, btw, verzuimDeclarabel,
                tarieven(contractId));

        List<TeMarkeren> correcties = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement("select id, plaatsing_id, maand, te_verrekenen"
                + " from correctieverzoek where contract_id = ? and status = 'GOEDGEKEURD'"
                + " and (te_verrekenen or verrekend_in = ?) order by id")) {
            st.setLong(1, contractId);
            st.setDate(2, Date.valueOf(eerste));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    correcties.add(new TeMarkeren(rs.getLong(1), rs.getLong(2),
                            YearMonth.from(rs.getObject(3, LocalDate.class)), !rs.getBoolean(4)));
                }
            }
        }
        Map<Long, YearMonth> gecorrigeerdVanaf = new HashMap<>();
        for (TeMarkeren c : correcties) {
            if (c.maand().isBefore(maand)) {
                gecorrigeerdVanaf.merge(c.plaatsingId(), c.maand(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }

        Map<Long, Plaatsingrij> plaatsingen = new LinkedHashMap<>();
        Map<Long, List<OnderbrokenPeriode>> pauzes;
        if (vooraf == null) {
            plaatsingen(laatste, "contract_id = ? and (einddatum is null or einddatum >= ? or id = any(?))",
                    contractId, eerste, gecorrigeerdVanaf.keySet().toArray(Long[]::new))
                    .forEach(p -> plaatsingen.put(p.id, p));
            pauzes = pauzes(plaatsingen.keySet().toArray(Long[]::new));
        } else {
            // the run's placements of this contract, and a corrected one that ended before the month
            List<Plaatsingrij> actief = vooraf.plaatsingen.perContract.getOrDefault(contractId, List.of());
            Set<Long> ontbrekend = new TreeSet<>(gecorrigeerdVanaf.keySet());
            actief.forEach(p -> ontbrekend.remove(p.id));
            List<Plaatsingrij> extra = ontbrekend.isEmpty() ? List.of()
                    : plaatsingen(laatste, "contract_id = ? and id = any(?)", contractId, ontbrekend.toArray(Long[]::new));
            java.util.stream.Stream.concat(actief.stream(), extra.stream())
                    .sorted(java.util.Comparator.comparingLong(Plaatsingrij::id))
                    .forEach(p -> plaatsingen.put(p.id, p));
            pauzes = extra.isEmpty() ? new HashMap<>() : pauzes(ontbrekend.toArray(Long[]::new));
            for (Plaatsingrij p : actief) {
                List<OnderbrokenPeriode> l = vooraf.plaatsingen.pauzes.get(p.id);
                if (l != null) {
                    pauzes.put(p.id, l);
                }
            }
        }
        Long[] ids = plaatsingen.keySet().toArray(Long[]::new);
        Set<Long> perRecord = new java.util.HashSet<>(gecorrigeerdVanaf.keySet());
        pauzes.forEach((id, l) -> {
            if (l.stream().anyMatch(o -> raakt(o, maand))) {
                perRecord.add(id);
            }
        });
        for (Plaatsingrij p : plaatsingen.values()) {
            if (p.start.isAfter(eerste) || p.einde != null && p.einde.isBefore(laatste)) {
                perRecord.add(p.id);     // not active the whole month: the rules drop the days outside
            }
        }
        Map<Long, List<PresentieFeit>> presenties = presenties(contractId, voorwaarden, ids, maand,
                gecorrigeerdVanaf, perRecord, vooraf == null ? null : vooraf.sommen);

        List<PlaatsingFeiten> feiten = new ArrayList<>(plaatsingen.size());
        for (Plaatsingrij p : plaatsingen.values()) {
            feiten.add(new PlaatsingFeiten(p.id, p.gemeenteId, p.zelfbetaler,
                    p.geplandeUren == null ? null : Uren.of(p.geplandeUren), p.start,
                    pauzes.getOrDefault(p.id, List.of()), p.beeindiging(), presenties.getOrDefault(p.id, List.of())));
        }
        List<Correctieverzoek> teBerekenen = correcties.stream()
                .filter(c -> c.maand().isBefore(maand) && plaatsingen.containsKey(c.plaatsingId()))
                .map(c -> new Correctieverzoek(c.plaatsingId(), c.maand()))
                .toList();
        Map<Factuursoort, Bestaand> facturen = facturen(contractId, eerste);
        ContractMaand opdracht = new ContractMaand(maand, voorwaarden, feiten,
                gefactureerd(contractId, eerste, voorwaarden, gecorrigeerdVanaf.keySet()), teBerekenen);
        return new Geladen(opdracht, aanbiederId, correcties, facturen);
    }

    private List<Tariefversie> tarieven(long contractId) throws SQLException {
        Map<Long, Object[]> rijen = new LinkedHashMap<>();
        Map<Long, Map<Mijlpaal, Percentage>> mijlpalen = new HashMap<>();
        try (PreparedStatement st = connection.prepareStatement("select t.id, t.geldig_vanaf, t.betaalmodel, t.bedrag,"
                + " t.max_uren_per_plaatsing, m.mijlpaal, m.percentage, t.onderdeel from tarief t"
                + " left join tarief_mijlpaal m on m.tarief_id = t.id where t.contract_id = ? order by t.geldig_vanaf")) {
            st.setLong(1, contractId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    String onderdeel = rs.getString(8);
                    rijen.putIfAbsent(id, new Object[] {rs.getObject(2, LocalDate.class),
                        Betaalmodel.valueOf(rs.getString(3)), rs.getBigDecimal(4), rs.getBigDecimal(5),
                        onderdeel == null ? null : Onderdeel.valueOf(onderdeel)});
                    String m = rs.getString(6);
                    if (m != null) {
                        mijlpalen.computeIfAbsent(id, k -> new EnumMap<>(Mijlpaal.class))
                                .put(Mijlpaal.valueOf(m), Percentage.of(rs.getBigDecimal(7)));
                    }
                }
            }
        }
        List<Tariefversie> versies = new ArrayList<>();
        rijen.forEach((id, r) -> versies.add(new Tariefversie((LocalDate) r[0], (Betaalmodel) r[1],
                Money.of((BigDecimal) r[2]), r[3] == null ? null : Uren.of((BigDecimal) r[3]), mijlpalen.get(id),
                (Onderdeel) r[4])));
        return versies;
    }

    private record Plaatsingrij(long id, long contractId, long gemeenteId, boolean zelfbetaler, BigDecimal geplandeUren,
            LocalDate start, LocalDate einde, String status) {

        Beeindiging beeindiging() {
            if (einde == null) {
                return null;
            }
            return "AFGEROND".equals(status) ? Beeindiging.afgerond(einde) : Beeindiging.voortijdig(einde);
        }
    }

    /** The started placements (started by {@code laatste}) that match {@code waar}, by id. */
    private List<Plaatsingrij> plaatsingen(LocalDate laatste, String waar, Object... params) throws SQLException {
        List<Plaatsingrij> l = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement("select id, contract_id, gemeente_id, zelfbetaler,"
                + " geplande_uren, werkelijke_start, einddatum, status from plaatsing where werkelijke_start <= ?"
                + " and " + waar + " order by id")) {
            st.setDate(1, Date.valueOf(laatste));
            bind(st, 2, params);
            st.setFetchSize(10_000);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    l.add(new Plaatsingrij(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getBoolean(4),
                            rs.getBigDecimal(5), rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class),
                            rs.getString(8)));
                }
            }
        }
        return l;
    }

    private Map<Long, List<OnderbrokenPeriode>> pauzes(Long[] ids) throws SQLException {
        Map<Long, List<OnderbrokenPeriode>> m = new HashMap<>();
        if (ids.length == 0) {
            return m;
        }
        try (PreparedStatement st = connection.prepareStatement("select plaatsing_id, vanaf, tot_en_met"
                + " from plaatsing_onderbreking where plaatsing_id = any(?) order by plaatsing_id, vanaf")) {
            st.setArray(1, connection.createArrayOf("int8", ids));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    LocalDate tot = rs.getObject(3, LocalDate.class);
                    m.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new OnderbrokenPeriode(
                            rs.getObject(2, LocalDate.class), tot));
                }
            }
        }
        return m;
    }

    /**
     * The attendance settlement needs (see the class comment): for TRAJECT every record up to the month end; for
     * PER_UUR the month's records, and for a corrected placement those from its earliest corrected month.
     *
     * <p><b>PER_UUR in one sum.</b> When one tariff version covers the whole month, a PER_UUR line is
     * {@code round(min(billable hours of the month, cap left) x rate)} whatever the order of the records, so for a
     * placement active on every day of the month (started before it, not ended in it, not paused in it; see
     * {@link PlaatsingFeiten#isActiefOp}) and without corrections the database sums its hours of the month and
     * the rules get that sum as one record on the month's first day: attended hours, and the excused-absence
     * hours as an absence {@code GEOORLOOFD} (billable only where the contract says so, exactly as per record).
     * This keeps the 250,000 records of a large month in the database (see bench/SettlementBench.java).
     */
    private Map<Long, List<PresentieFeit>> presenties(long contractId, Contractvoorwaarden voorwaarden, Long[] ids,
            YearMonth maand, Map<Long, YearMonth> gecorrigeerdVanaf, Set<Long> perRecord,
            Map<Long, PresentieFeit> sommen) throws SQLException {
        Map<Long, List<PresentieFeit>> m = new HashMap<>();
        Betaalmodel model = voorwaarden.betaalmodel();
        if (ids.length == 0 || model == Betaalmodel.PER_MAAND) {
            return m;
        }
        boolean eenVersie = model == Betaalmodel.PER_UUR && !voorwaarden.heeftOnderdeeltarieven()
                && voorwaarden.tarieven().stream()
                .noneMatch(t -> t.geldigVanaf().isAfter(maand.atDay(1)) && !t.geldigVanaf().isAfter(maand.atEndOfMonth()));
        Long[] detail = ids;
        if (eenVersie) {
            detail = perRecord.toArray(Long[]::new);
            Map<Long, PresentieFeit> s = sommen != null ? sommen : maandsommen(contractId, maand);
            for (Long id : ids) {
                PresentieFeit som = s.get(id);
                if (som != null && !perRecord.contains(id)) {
                    m.put(id, List.of(som));
                }
            }
        }
        if (detail.length == 0) {
            return m;
        }
        LocalDate vanaf = model == Betaalmodel.TRAJECT ? LocalDate.of(1900, 1, 1) : maand.atDay(1);
        for (YearMonth c : gecorrigeerdVanaf.values()) {
            if (c.atDay(1).isBefore(vanaf)) {
                vanaf = c.atDay(1);
            }
        }
        try (PreparedStatement st = connection.prepareStatement("select plaatsing_id, datum, onderdeel,"
                + " geroosterde_uren, aanwezige_uren, verzuimreden from presentie"
                + " where plaatsing_id = any(?) and datum >= ? and datum <= ?")) {
            st.setArray(1, connection.createArrayOf("int8", detail));
            st.setDate(2, Date.valueOf(vanaf));
            st.setDate(3, Date.valueOf(maand.atEndOfMonth()));
            st.setFetchSize(10_000);
            LocalDate eerste = maand.atDay(1);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    long p = rs.getLong(1);
                    LocalDate datum = rs.getObject(2, LocalDate.class);
                    if (model == Betaalmodel.PER_UUR && datum.isBefore(eerste)) {
                        YearMonth c = gecorrigeerdVanaf.get(p);
                        if (c == null || datum.isBefore(c.atDay(1))) {
                            continue;
                        }
                    }
                    String reden = rs.getString(6);
                    m.computeIfAbsent(p, k -> new ArrayList<>()).add(new PresentieFeit(datum,
                            Onderdeel.valueOf(rs.getString(3)), Uren.of(rs.getBigDecimal(4)),
                            Uren.of(rs.getBigDecimal(5)), reden == null ? null : Verzuimreden.valueOf(reden)));
                }
            }
        }
        return m;
    }

    /**
     * What a run reads once, for all its contracts, before it settles them one by one ({@link #laad(long,
     * YearMonth, Vooraf)}): the placements of the contracts active in the month, with their pauses
     * ({@link #plaatsingenVooraf}), and every placement's PER_UUR sum of the month ({@link #maandsommen}; see
     * {@link #presenties}). The sums are read after the month's attendance is locked; the placements may be read
     * at the same time on another connection (the run does), as a snapshot: a placement that changes while the
     * run works is settled as it was when the run started, as if it had changed just after it (a re-run settles it
     * anew).
     */
    public static final class Vooraf {

        private final Plaatsingen plaatsingen;
        private final Map<Long, PresentieFeit> sommen;

        private Vooraf(Plaatsingen plaatsingen, Map<Long, PresentieFeit> sommen) {
            this.plaatsingen = plaatsingen;
            this.sommen = sommen;
        }

        public static Vooraf van(Plaatsingen plaatsingen, Map<Long, PresentieFeit> sommen) {
            return new Vooraf(plaatsingen, sommen);
        }

        /** The month's sum of each placement with attendance in it, by placement id. */
        public Map<Long, PresentieFeit> sommen() {
            return sommen;
        }

        boolean geldtVoor(long contractId, YearMonth maand) {
            return plaatsingen.maand.equals(maand) && plaatsingen.contracten.contains(contractId);
        }
    }

    /** The placements of a run's contracts active in its month, by contract, and their pauses, by placement. */
    public static final class Plaatsingen {

        private final YearMonth maand;
        private final Set<Long> contracten;
        private final Map<Long, List<Plaatsingrij>> perContract;
        private final Map<Long, List<OnderbrokenPeriode>> pauzes;

        private Plaatsingen(YearMonth maand, Set<Long> contracten, Map<Long, List<Plaatsingrij>> perContract,
                Map<Long, List<OnderbrokenPeriode>> pauzes) {
            this.maand = maand;
            this.contracten = contracten;
            this.perContract = perContract;
            this.pauzes = pauzes;
        }
    }

    /** {@link Vooraf} for a run of these contracts in the month, read one after the other. */
    public Vooraf vooraf(YearMonth maand, Collection<Long> contracten) throws SQLException {
        return new Vooraf(plaatsingenVooraf(maand, contracten), maandsommen(maand));
    }

    /** The placements of these contracts active in the month, and their pauses: two queries. */
    public Plaatsingen plaatsingenVooraf(YearMonth maand, Collection<Long> contracten) throws SQLException {
        LocalDate eerste = maand.atDay(1);
        LocalDate laatste = maand.atEndOfMonth();
        Long[] ids = contracten.toArray(Long[]::new);
        Map<Long, List<Plaatsingrij>> perContract = new HashMap<>();
        for (Plaatsingrij p : plaatsingen(laatste, "contract_id = any(?) and (einddatum is null or einddatum >= ?)",
                ids, eerste)) {
            perContract.computeIfAbsent(p.contractId, k -> new ArrayList<>()).add(p);
        }
        Map<Long, List<OnderbrokenPeriode>> pauzes = new HashMap<>();
        try (PreparedStatement st = connection.prepareStatement("select o.plaatsing_id, o.vanaf, o.tot_en_met"
                + " from plaatsing_onderbreking o join plaatsing p on p.id = o.plaatsing_id where p.contract_id = any(?)"
                + " and p.werkelijke_start <= ? and (p.einddatum is null or p.einddatum >= ?)"
                + " order by o.plaatsing_id, o.vanaf")) {
            st.setArray(1, array("int8", ids));
            st.setDate(2, Date.valueOf(laatste));
            st.setDate(3, Date.valueOf(eerste));
            st.setFetchSize(10_000);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    pauzes.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new OnderbrokenPeriode(
                            rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class)));
                }
            }
        }
        return new Plaatsingen(maand, Set.copyOf(contracten), perContract, pauzes);
    }

    /** Every placement's PER_UUR sum of the month, over all contracts (see {@link #presenties}). */
    public Map<Long, PresentieFeit> maandsommen(YearMonth maand) throws SQLException {
        return maandsommen(null, maand);
    }

    /**
     * The PER_UUR month sums per placement, of one contract or (null) all: a plain scan of the month's attendance
     * and a hash aggregate, as cheap as summing the month can be. The sums are only used for a placement that is
     * active on every day of the month (started before it, not ended in it, not paused in it: {@link #laad}
     * decides); the records of the others are read one by one, so the rules drop the inactive days themselves.
     * That is why no placement is joined here (the join per attendance row, to filter the active days in SQL, and
     * an anti-join against the pauses each doubled the query's time).
     */
    private Map<Long, PresentieFeit> maandsommen(Long contractId, YearMonth maand) throws SQLException {
        Map<Long, PresentieFeit> m = new HashMap<>();
        LocalDate eerste = maand.atDay(1);
        // The month's bounds as literals, not parameters: the pool keeps its connections, and after five runs on
        // one PostgreSQL would plan the statement once for any dates (a generic plan), guessing a few hundred rows
        // where the month has all of them: a parallel sort instead of one hash aggregate, 1.5 x slower.
        try (PreparedStatement st = connection.prepareStatement("""
                select plaatsing_id, sum(aanwezige_uren),
                    sum(geroosterde_uren - aanwezige_uren) filter (where verzuimreden = 'GEOORLOOFD')
                from presentie where datum >= date '%s' and datum <= date '%s'""".formatted(eerste,
                        maand.atEndOfMonth())
                + (contractId == null ? "" : " and plaatsing_id in (select id from plaatsing where contract_id = ?)")
                + " group by plaatsing_id")) {
            if (contractId != null) {
                st.setLong(1, contractId);
            }
            st.setFetchSize(10_000);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    Uren aanwezig = Uren.of(rs.getBigDecimal(2));
                    BigDecimal g = rs.getBigDecimal(3);
                    Uren geoorloofd = g == null ? Uren.NUL : Uren.of(g);
                    m.put(rs.getLong(1), new PresentieFeit(eerste, Onderdeel.TAAL, aanwezig.plus(geoorloofd), aanwezig,
                            geoorloofd.isPositief() ? Verzuimreden.GEOORLOOFD : null));
                }
            }
        }
        return m;
    }

    private static boolean raakt(OnderbrokenPeriode o, YearMonth maand) {
        return !o.vanaf().isAfter(maand.atEndOfMonth()) && (o.totEnMet() == null || !o.totEnMet().isBefore(maand.atDay(1)));
    }

    /**
     * What was billed, as far as this month's computation needs it: for a corrected placement every line (the
     * corrections compare month by month); for the others only what the rules ask of earlier months, summed per
     * placement and product in the database: the PER_UUR hours (for the cap, so only when the contract has one)
     * and the TRAJECT milestones (billed once). PER_UUR without a cap and PER_MAAND need nothing of the past, so
     * a year of history does not slow a month down.
     */
    private ReedsGefactureerd gefactureerd(long contractId, LocalDate eerste, Contractvoorwaarden voorwaarden,
            Set<Long> gecorrigeerd) throws SQLException {
        List<Factuurregel> regels = new ArrayList<>();
        String basis = " from factuurregel r join factuur f on f.id = r.factuur_id"
                + " where f.contract_id = ? and f.status <> 'AFGEKEURD' and r.beoordeling <> 'AFGEKEURD'"
                + " and not (f.maand = ? and f.status = 'CONCEPT')";
        if (!gecorrigeerd.isEmpty()) {
            lees(regels, "select r.plaatsing_id, r.gemeente_id, r.zelfbetaler, r.periode, r.betaalmodel,"
                    + " r.tarief_geldig_vanaf, r.mijlpaal, r.aantal, r.bedrag, r.onderdeel" + basis
                    + " and r.plaatsing_id = any(?)",
                    contractId, eerste, gecorrigeerd.toArray());
        }
        boolean verledenNodig = voorwaarden.betaalmodel() == Betaalmodel.TRAJECT
                || voorwaarden.tarieven().stream().anyMatch(t -> t.maxUrenPerPlaatsing() != null);
        if (verledenNodig) {
            lees(regels, "select r.plaatsing_id, r.gemeente_id, r.zelfbetaler, max(r.periode), r.betaalmodel,"
                    + " r.tarief_geldig_vanaf, r.mijlpaal, sum(r.aantal), sum(r.bedrag), r.onderdeel" + basis
                    + " and r.periode < ? and not (r.plaatsing_id = any(?)) group by r.plaatsing_id, r.gemeente_id,"
                    + " r.zelfbetaler, r.betaalmodel, r.tarief_geldig_vanaf, r.mijlpaal, r.onderdeel", contractId,
                    eerste, eerste,
                    gecorrigeerd.toArray());
        }
        return ReedsGefactureerd.uit(regels);
    }

    private void lees(List<Factuurregel> regels, String sql, Object... params) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            bind(st, 1, params);
            st.setFetchSize(10_000);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    String m = rs.getString(7);
                    String o = rs.getString(10);
                    Product product = new Product(Betaalmodel.valueOf(rs.getString(5)), rs.getObject(6, LocalDate.class),
                            m == null ? null : Mijlpaal.valueOf(m), o == null ? null : Onderdeel.valueOf(o));
                    regels.add(new GefactureerdeRegel(rs.getLong(1), rs.getLong(2), rs.getBoolean(3),
                            YearMonth.from(rs.getObject(4, LocalDate.class)), product, rs.getBigDecimal(8),
                            Money.of(rs.getBigDecimal(9))));
                }
            }
        }
    }

    private Map<Factuursoort, Bestaand> facturen(long contractId, LocalDate eerste) throws SQLException {
        Map<Factuursoort, Bestaand> m = new EnumMap<>(Factuursoort.class);
        try (PreparedStatement st = connection.prepareStatement("select id, soort, status from factuur"
                + " where contract_id = ? and maand = ?")) {
            st.setLong(1, contractId);
            st.setDate(2, Date.valueOf(eerste));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    m.put(Factuursoort.valueOf(rs.getString(2)), new Bestaand(rs.getLong(1), rs.getString(3)));
                }
            }
        }
        return m;
    }

    // ---------------------------------------------------------------- writing

    /**
     * Writes one invoice kind of the settlement: inserts or rewrites the CONCEPT, leaves a frozen one alone,
     * deletes a CONCEPT that has no lines any more.
     */
    public Uitkomst schrijf(Geladen geladen, Factuur factuur, Long afrekenrunId) throws SQLException {
        ContractMaand opdracht = geladen.opdracht();
        Bestaand bestaand = geladen.facturen().get(factuur.soort());
        if (bestaand != null && !bestaand.isConcept()) {
            return Uitkomst.BEVROREN;
        }
        if (factuur.isLeeg()) {
            if (bestaand != null) {
                for (String sql : List.of("delete from factuurregel where factuur_id = ?",
                        "delete from factuur where id = ?")) {
                    try (PreparedStatement st = connection.prepareStatement(sql)) {
                        st.setLong(1, bestaand.id());
                        st.executeUpdate();
                    }
                }
            }
            return Uitkomst.LEEG;
        }
        String kop;
        if (bestaand == null) {
            kop = "insert into factuur (contract_id, aanbieder_id, maand, soort, status, btw_tarief, netto, btw,"
                    + " berekend_op, afrekenrun_id) values (?, ?, ?, ?, 'CONCEPT', ?, ?, ?, now(), ?) returning id";
        } else {
            kop = "select ?::bigint as id";
            try (PreparedStatement st = connection.prepareStatement("update factuur set netto = ?, btw = ?,"
                    + " btw_tarief = ?, berekend_op = now(), afrekenrun_id = ?, version = version + 1 where id = ?")) {
                st.setBigDecimal(1, factuur.netto().amount());
                st.setBigDecimal(2, factuur.btw().amount());
                st.setString(3, factuur.btwTarief().name());
                st.setObject(4, afrekenrunId);
                st.setLong(5, bestaand.id());
                st.executeUpdate();
            }
            for (String tabel : List.of("factuurregel", "factuur_aandeel")) {
                try (PreparedStatement st = connection.prepareStatement("delete from " + tabel
                        + " where factuur_id = ?")) {
                    st.setLong(1, bestaand.id());
                    st.executeUpdate();
                }
            }
        }
        // the invoice (or the CONCEPT kept), its shares and its lines in one statement
        try (PreparedStatement st = connection.prepareStatement("with f as (" + kop + "),"
                + " a as (insert into factuur_aandeel (factuur_id, gemeente_id, netto, btw) select f.id, k.g, k.n, k.b"
                + " from f, unnest(?::bigint[], ?::numeric[], ?::numeric[]) as k(g, n, b))"
                + REGELS)) {
            int n = 1;
            if (bestaand == null) {
                st.setLong(n++, opdracht.contract().contractId());
                st.setLong(n++, geladen.aanbiederId());
                st.setDate(n++, Date.valueOf(opdracht.maand().atDay(1)));
                st.setString(n++, factuur.soort().name());
                st.setString(n++, factuur.btwTarief().name());
                st.setBigDecimal(n++, factuur.netto().amount());
                st.setBigDecimal(n++, factuur.btw().amount());
                st.setObject(n++, afrekenrunId);
            } else {
                st.setLong(n++, bestaand.id());
            }
            List<GemeenteAandeel> aandelen = factuur.aandelen();
            st.setArray(n++, array("int8", aandelen.stream().map(GemeenteAandeel::gemeenteId).toArray(Long[]::new)));
            st.setArray(n++, array("numeric", aandelen.stream().map(a -> a.netto().amount()).toArray()));
            st.setArray(n++, array("numeric", aandelen.stream().map(a -> a.btw().amount()).toArray()));
            regels(st, n, opdracht.contract(), factuur.regels());
            st.executeUpdate();
        }
        return Uitkomst.GESCHREVEN;
    }

    /** The lines' insert, from the invoice {@code f} of the statement it ends. */
    private static final String REGELS = """
             insert into factuurregel (factuur_id, volgnummer, plaatsing_id, gemeente_id, zelfbetaler, periode,
                correctie, betaalmodel, tarief_geldig_vanaf, mijlpaal, aantal, prijs, bedrag, omschrijving,
                aantal_gefactureerd, gefactureerd, aantal_herberekend, herberekend, onderdeel)
            select f.id, k.nr, k.pl, k.gm, k.zb, date '1970-01-01' + k.pe, k.co, k.bm, date '1970-01-01' + k.tv, k.mp,
                k.aa::numeric, k.pr::numeric, k.be::numeric, k.om, k.ao::numeric, k.bo::numeric, k.an::numeric,
                k.bn::numeric, k.od
            from f, (select unnest(?::bigint[]) as pl, unnest(?::bigint[]) as gm, unnest(?::boolean[]) as zb,
                unnest(?::integer[]) as pe, unnest(?::boolean[]) as co, unnest(?::text[]) as bm,
                unnest(?::integer[]) as tv, unnest(?::text[]) as mp, unnest(?::text[]) as aa, unnest(?::text[]) as pr,
                unnest(?::text[]) as be, unnest(?::text[]) as om, unnest(?::text[]) as ao, unnest(?::text[]) as bo,
                unnest(?::text[]) as an, unnest(?::text[]) as bn, unnest(?::text[]) as od,
                generate_series(1, ?) as nr) k""";

    /**
     * Binds the lines of an invoice to {@link #REGELS}' parameters from {@code eerste} on (the arrays are unnested
     * side by side in the select list, which PostgreSQL streams, where {@code unnest(a, b, ...)} in the from clause
     * would first copy every array into a tuple store). The arrays are typed
     * ({@code Long[]}, {@code Integer[]}, {@code Boolean[]}, {@code String[]}), so the driver sends them in
     * PostgreSQL's binary array format instead of array literals the server has to parse; dates go as days since
     * 1970-01-01, amounts as text per element.
     */
    private void regels(PreparedStatement st, int eerste, Contractvoorwaarden contract, List<Factuurregel> regels)
            throws SQLException {
        int n = regels.size();
        Long[] plaatsing = new Long[n];
        Long[] gemeente = new Long[n];
        Boolean[] zelf = new Boolean[n];
        Integer[] periode = new Integer[n];
        Boolean[] correctie = new Boolean[n];
        String[] model = new String[n];
        Integer[] vanaf = new Integer[n];
        String[] mijlpaal = new String[n];
        String[] aantal = new String[n];
        String[] prijs = new String[n];
        String[] bedrag = new String[n];
        String[] omschrijving = new String[n];
        String[] aantalOud = new String[n];
        String[] oud = new String[n];
        String[] aantalNieuw = new String[n];
        String[] nieuw = new String[n];
        String[] onderdeel = new String[n];
        for (int i = 0; i < n; i++) {
            Factuurregel r = regels.get(i);
            Product p = r.product();
            Money tarief = contract.versie(p).bedrag();
            plaatsing[i] = r.plaatsingId();
            gemeente[i] = r.gemeenteId();
            zelf[i] = r.zelfbetaler();
            periode[i] = (int) r.periode().atDay(1).toEpochDay();
            correctie[i] = r instanceof Correctieregel;
            model[i] = p.betaalmodel().name();
            vanaf[i] = (int) p.tariefGeldigVanaf().toEpochDay();
            mijlpaal[i] = p.mijlpaal() == null ? null : p.mijlpaal().name();
            onderdeel[i] = p.onderdeel() == null ? null : p.onderdeel().name();
            aantal[i] = r.aantal().toPlainString();
            prijs[i] = tarief.amount().toPlainString();
            bedrag[i] = r.bedrag().amount().toPlainString();
            omschrijving[i] = Omschrijving.van(r, tarief);
            if (r instanceof Correctieregel c) {
                aantalOud[i] = c.aantalGefactureerd().toPlainString();
                oud[i] = c.gefactureerd().amount().toPlainString();
                aantalNieuw[i] = c.aantalHerberekend().toPlainString();
                nieuw[i] = c.herberekend().amount().toPlainString();
            }
        }
        int i = eerste;
        for (Object[] a : List.of(plaatsing, gemeente)) {
            st.setArray(i++, array("int8", a));
        }
        st.setArray(i++, array("bool", zelf));
        st.setArray(i++, array("int4", periode));
        st.setArray(i++, array("bool", correctie));
        st.setArray(i++, array("text", model));
        st.setArray(i++, array("int4", vanaf));
        for (Object[] a : List.of(mijlpaal, aantal, prijs, bedrag, omschrijving, aantalOud, oud, aantalNieuw, nieuw,
                onderdeel)) {
            st.setArray(i++, array("text", a));
        }
        st.setInt(i, n);
    }

    /**
     * Marks the approved corrections billed in this month (those of earlier months whose placements' invoice
     * was written; the others wait for the next run).
     */
    public void markeerVerrekend(Collection<Long> ids, YearMonth maand) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement st = connection.prepareStatement("update correctieverzoek set te_verrekenen = false,"
                + " verrekend_in = ?, version = version + 1 where id = any(?) and te_verrekenen")) {
            st.setDate(1, Date.valueOf(maand.atDay(1)));
            st.setArray(2, array("int8", new TreeSet<>(ids).toArray()));
            st.executeUpdate();
        }
    }

    // ---------------------------------------------------------------- the run

    /**
     * Lets the current transaction commit without waiting for its WAL to reach the disk ({@code synchronous_commit
     * off}, for this transaction only). Used for a contract's settlement and the run's progress: the run's final
     * status ({@link #klaar}) commits synchronously, and PostgreSQL flushes the WAL in order, so once a run shows
     * as done everything it wrote is durable; a server crash before that loses at most the last contracts of a run
     * that then never shows as done, and settling the month again recomputes them. Saves a disk flush per
     * contract (bench/SettlementBench.java).
     */
    public void zonderWachtenOpSchijf() throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("set local synchronous_commit = off")) {
            st.execute();
        }
    }

    /**
     * One contract of the run done: its counts added to the run's progress (in the contract's transaction; the
     * run's row is locked only from here to the commit).
     */
    public void voortgang(long runId, int berekend, int bevroren) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("update afrekenrun set verwerkt = verwerkt + 1,"
                + " facturen_berekend = facturen_berekend + ?, facturen_bevroren = facturen_bevroren + ? where id = ?")) {
            st.setInt(1, berekend);
            st.setInt(2, bevroren);
            st.setLong(3, runId);
            st.executeUpdate();
        }
    }

    /**
     * The run's end (committed synchronously: see {@link #zonderWachtenOpSchijf}), its message cut to what the
     * run's row holds.
     */
    public void klaar(long runId, boolean gelukt, String melding) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("update afrekenrun set status = ?, klaar_op = now(),"
                + " melding = ? where id = ?")) {
            st.setString(1, gelukt ? "GEREED" : "MISLUKT");
            st.setString(2, melding == null || melding.length() <= Afrekenrun.MAX_MELDING ? melding
                    : melding.substring(0, Afrekenrun.MAX_MELDING));
            st.setLong(3, runId);
            st.executeUpdate();
        }
    }

    /** Binds {@code params} from parameter {@code eerste} on: an array as ids ({@code int8[]}), a date as a date. */
    private void bind(PreparedStatement st, int eerste, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            if (params[i] instanceof Object[] a) {
                st.setArray(eerste + i, array("int8", a));
            } else if (params[i] instanceof LocalDate d) {
                st.setDate(eerste + i, Date.valueOf(d));
            } else {
                st.setObject(eerste + i, params[i]);
            }
        }
    }

    private Array array(String type, Object[] values) throws SQLException {
        return connection.createArrayOf(type, values);
    }

    /** The Dutch line descriptions a person reads on the invoice. */
    static final class Omschrijving {

        private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd-MM-yyyy");

        private Omschrijving() {
        }

        static String van(Factuurregel r, Money tarief) {
            String basis;
            if (r instanceof Afrekenregel a) {
                basis = (r.product().onderdeel() == null ? "" : r.product().onderdeel().name() + ": ") + eigen(a);
            } else if (r instanceof Correctieregel c) {
                basis = "Correctie " + maand(c.periode())
                        + (r.product().onderdeel() == null ? "" : " " + r.product().onderdeel().name()) + ": " + aantal(c.product().betaalmodel(),
                        c.aantalGefactureerd()) + " -> " + aantal(c.product().betaalmodel(), c.aantalHerberekend())
                        + " (" + geld(c.gefactureerd()) + " -> " + geld(c.herberekend()) + ")";
            } else {
                basis = aantal(r.product().betaalmodel(), r.aantal()) + " x " + geld(tarief);
            }
            return basis.length() > 300 ? basis.substring(0, 300) : basis;
        }

        private static String eigen(Afrekenregel a) {
            if (a.grondslag() instanceof Uurgrondslag u) {
                return decimaal(u.uren().waarde()) + " uur x " + geld(u.uurtarief());
            }
            if (a.grondslag() instanceof Maandgrondslag m) {
                return m.actieveDagen() + " van " + m.dagenInMaand() + " dagen x " + geld(m.maandtarief())
                        + " per maand";
            }
            Mijlpaalgrondslag m = (Mijlpaalgrondslag) a.grondslag();
            return "Mijlpaal " + m.mijlpaal().name() + " bereikt op " + m.bereiktOp().format(DATUM) + ": "
                    + decimaal(m.percentage().value()) + " % van " + geld(m.trajectprijs());
        }

        private static String aantal(Betaalmodel model, BigDecimal aantal) {
            return decimaal(aantal) + switch (model) {
                case PER_UUR -> " uur";
                case PER_MAAND -> " dagen";
                case TRAJECT -> " mijlpaal";
            };
        }

        private static String maand(YearMonth m) {
            return "%02d-%d".formatted(m.getMonthValue(), m.getYear());
        }

        static String geld(Money m) {
            return "€ " + decimaal(m.amount().setScale(2));
        }

        static String decimaal(BigDecimal b) {
            BigDecimal s = b.stripTrailingZeros();
            if (s.scale() < 0) {
                s = s.setScale(0);
            }
            if (s.scale() == 1) {
                s = s.setScale(2);
            }
            java.text.DecimalFormat f = FORMAAT.get();
            f.setMinimumFractionDigits(s.scale());
            return f.format(s);
        }

        /** Dutch digits ({@code 1.234,5}); DecimalFormat is not thread-safe and costly to make, so one a thread. */
        private static final ThreadLocal<java.text.DecimalFormat> FORMAAT = ThreadLocal.withInitial(() ->
                new java.text.DecimalFormat("#,##0.##########",
                        java.text.DecimalFormatSymbols.getInstance(java.util.Locale.forLanguageTag("nl-NL"))));
    }
}

package nl.inburgering.portal.contracts.attendance.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import nl.inburgering.portal.contracts.attendance.IdempotentieConflictException;
import nl.inburgering.portal.contracts.shared.Onderdeel;
import nl.inburgering.portal.contracts.attendance.Plaatsingsperiode;
import nl.inburgering.portal.contracts.attendance.PresentieAntwoord;
import nl.inburgering.portal.contracts.attendance.PresentieInvoer;
import nl.inburgering.portal.contracts.attendance.PresentieRegels;
import nl.inburgering.portal.contracts.attendance.PresentieResultaat;
import nl.inburgering.portal.contracts.attendance.Presentieregel;
import nl.inburgering.portal.contracts.placement.Onderbreking;
import nl.inburgering.portal.contracts.shared.FieldError;
import nl.inburgering.portal.contracts.shared.InvalidInputException;

/**
 * The bulk attendance path in SQL, on the caller's JDBC connection and inside the caller's transaction
 * (the service passes the EntityManager's connection; the benchmark a plain one). Per request, whatever
 * its size (up to {@link #MAX_RECORDS}):
 * <ol>
 * <li>with an {@code Idempotency-Key}: claim the key ({@code insert ... on conflict do nothing}); if it
 * was taken, wait for that transaction (the unique index makes a concurrent duplicate wait) and return its
 * stored answer, or refuse another body under the same key;</li>
 * <li>the submitter's placements in the batch with their pauses, a shared lock per contract, and the contracts'
 * settled months: two queries and one lock statement;</li>
 * <li>the hours already stored for the days concerned: one query;</li>
 * <li>every rule in memory ({@link PresentieRegels}, plus P12 for repeats);</li>
 * <li>for the accepted records, one {@code insert ... select from unnest(arrays)} for the new keys and one
 * {@code insert ... on conflict do update ... returning (xmax = 0)} for the stored ones (see
 * {@link #schrijf(List, String, Long, Set)});</li>
 * <li>the answer stored under the key.</li>
 * </ol>
 * Nothing is committed here: all accepted records of a request, the key and its answer commit together or
 * not at all.
 *
 * <p><b>Settled months and concurrency.</b> A month is locked ({@link #vergrendel}) under an exclusive
 * advisory lock on its contract; each request holds the shared lock of each of its contracts from before
 * it reads the settled months until it commits. So a settlement that locks a month waits for requests
 * already writing, and requests after it see the lock: no record slips into a month after it was settled.
 */
public final class PresentieVerwerking {

    /** The most records one request may hold (DESIGN.md, "Bulk attendance"). */
    public static final int MAX_RECORDS = 5_000;
    /** The longest {@code Idempotency-Key}. */
    public static final int MAX_SLEUTEL = 200;
    /** First key of the advisory locks on contracts for attendance (an arbitrary constant: "PRES"). */
    static final int SLOT_NAAMRUIMTE = 0x50524553;

    private static final String UPSERT = """
            insert into presentie as pr (plaatsing_id, datum, onderdeel, geroosterde_uren, aanwezige_uren,
                verzuimreden, gewijzigd_door, gewijzigd_op, correctieverzoek_id)
            select k.p, k.d::date, k.o, k.g::numeric, k.a::numeric, k.r, ?, now(), ?
            from unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) as k(p, d, o, g, a, r)
            on conflict (plaatsing_id, datum, onderdeel) do update set
                geroosterde_uren = excluded.geroosterde_uren, aanwezige_uren = excluded.aanwezige_uren,
                verzuimreden = excluded.verzuimreden, gewijzigd_door = excluded.gewijzigd_door,
                gewijzigd_op = excluded.gewijzigd_op, correctieverzoek_id = excluded.correctieverzoek_id,
                version = pr.version + 1
            returning pr.plaatsing_id, pr.datum, pr.onderdeel, (pr.xmax = 0) as ingevoegd""";

    private static final String INSERT = """
            insert into presentie (plaatsing_id, datum, onderdeel, geroosterde_uren, aanwezige_uren, verzuimreden,
                gewijzigd_door, gewijzigd_op, correctieverzoek_id)
            select k.p, k.d::date, k.o, k.g::numeric, k.a::numeric, k.r, ?, now(), ?
            from unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) as k(p, d, o, g, a, r)""";

    private static final String UNIQUE_VIOLATION = "23505";

    private final Connection connection;

    public PresentieVerwerking(Connection connection) {
        this.connection = connection;
    }

    // ---------------------------------------------------------------- the bulk path

    /**
     * Checks and stores a provider's attendance records; see the class comment.
     *
     * @param aanbiederId the submitting provider: only placements on its contracts are known
     * @param gebruiker   who submits, stored with each record
     * @param sleutel     the {@code Idempotency-Key}, or null
     * @throws InvalidInputException         no records, more than {@link #MAX_RECORDS}, or an unusable key
     * @throws IdempotentieConflictException the key was used before for other records
     */
    public PresentieAntwoord verwerk(long aanbiederId, String gebruiker, List<PresentieInvoer> records,
            String sleutel, LocalDate vandaag) throws SQLException {
        checkVerzoek(records, sleutel);
        Long verzoekId = null;
        String hash = null;
        if (sleutel != null) {
            hash = hash(records);
            verzoekId = claim(aanbiederId, sleutel, hash, records.size());
            if (verzoekId == null) {
                return eerderAntwoord(aanbiederId, sleutel, hash, records);
            }
        }

        Map<Long, Plaatsingsperiode> plaatsingen = plaatsingen(aanbiederId, plaatsingIds(records));
        Set<Long> contracten = new TreeSet<>();
        plaatsingen.values().forEach(p -> contracten.add(p.contractId()));
        deelSlot(contracten);
        Map<Long, Set<YearMonth>> afgesloten = afgeslotenMaanden(contracten);
        Map<Dag, Map<Onderdeel, BigDecimal>> dagen = opgeslagenUren(records, plaatsingen.keySet());
        Set<Sleutel> opgeslagen = new HashSet<>();
        dagen.forEach((dag, m) -> m.keySet().forEach(o -> opgeslagen.add(new Sleutel(dag.plaatsingId(), dag.datum(),
                o))));

        List<PresentieResultaat> resultaten = new ArrayList<>(records.size());
        List<Integer> teSchrijven = new ArrayList<>();
        Map<Sleutel, Integer> gezien = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            PresentieInvoer in = records.get(i);
            Plaatsingsperiode p = in.plaatsingId() == null ? null : plaatsingen.get(in.plaatsingId());
            Dag dag = in.plaatsingId() == null || in.datum() == null ? null : new Dag(in.plaatsingId(), in.datum());
            Map<Onderdeel, BigDecimal> opDag = dag == null ? null : dagen.get(dag);
            List<FieldError> fouten = new ArrayList<>(PresentieRegels.toets(in, p, vandaag,
                    p == null ? Set.of() : afgesloten.getOrDefault(p.contractId(), Set.of()),
                    andere(opDag, in.onderdeel()), true));
            Sleutel s = Sleutel.van(in);
            if (s != null) {
                Integer eerder = gezien.putIfAbsent(s, i);
                if (eerder != null) {
                    fouten.add(0, new FieldError(Presentieregel.DUBBEL_IN_VERZOEK.veld(),
                            Presentieregel.DUBBEL_IN_VERZOEK.code(), "Deze presentie (plaatsing, datum en onderdeel)"
                                    + " staat al in record " + eerder + " van dit verzoek."));
                }
            }
            if (fouten.isEmpty()) {
                dagen.computeIfAbsent(dag, d -> new EnumMap<>(Onderdeel.class)).put(in.onderdeel(),
                        in.geroosterdeUren());
                teSchrijven.add(i);
                resultaten.add(null);
            } else {
                resultaten.add(PresentieResultaat.geweigerd(i, in, fouten));
            }
        }

        List<PresentieInvoer> geldig = new ArrayList<>(teSchrijven.size());
        teSchrijven.forEach(i -> geldig.add(records.get(i)));
        Map<Sleutel, Boolean> ingevoegd = schrijf(geldig, gebruiker, null, opgeslagen);
        for (int i : teSchrijven) {
            PresentieInvoer in = records.get(i);
            Boolean nieuw = ingevoegd.get(Sleutel.van(in));
            if (nieuw == null) {
                throw new IllegalStateException("the upsert did not return record " + i);
            }
            resultaten.set(i, PresentieResultaat.opgeslagen(i, in, !nieuw));
        }
        PresentieAntwoord antwoord = new PresentieAntwoord(sleutel, false, resultaten);
        if (verzoekId != null) {
            bewaarAntwoord(verzoekId, antwoord);
        }
        return antwoord;
    }

    /**
     * Stores these records (already checked) in one statement, replacing the records with the same key.
     *
     * @param correctieverzoekId the approved correction the values come from, or null
     * @return per key: true when inserted, false when it replaced a record
     */
    public Map<Sleutel, Boolean> schrijf(List<PresentieInvoer> records, String gebruiker, Long correctieverzoekId)
            throws SQLException {
        return opslaan(true, records, gebruiker, correctieverzoekId);
    }

    /**
     * Stores these records (already checked): the keys found stored when the days were read are replaced
     * ({@code insert ... on conflict do update}); the others go in with a plain insert, which skips the
     * speculative insertion of {@code on conflict} (a third faster). Should a concurrent request have stored one of
     * those keys since, the insert is undone to a savepoint and they take the upsert too: the answer is right
     * either way, as the database tells inserted from replaced.
     *
     * @param opgeslagen the keys stored when the days were read
     * @return per key: true when inserted, false when it replaced a record
     */
    public Map<Sleutel, Boolean> schrijf(List<PresentieInvoer> records, String gebruiker, Long correctieverzoekId,
            Set<Sleutel> opgeslagen) throws SQLException {
        List<PresentieInvoer> nieuw = new ArrayList<>(records.size());
        List<PresentieInvoer> vervangen = new ArrayList<>();
        for (PresentieInvoer in : records) {
            (opgeslagen.contains(Sleutel.van(in)) ? vervangen : nieuw).add(in);
        }
        Map<Sleutel, Boolean> uit = opslaan(true, vervangen, gebruiker, correctieverzoekId);
        if (nieuw.isEmpty()) {
            return uit;
        }
        try (Statement st = connection.createStatement()) {
            st.execute("savepoint presentie_nieuw");
            try {
                opslaan(false, nieuw, gebruiker, correctieverzoekId);
                st.execute("release savepoint presentie_nieuw");
                nieuw.forEach(in -> uit.put(Sleutel.van(in), Boolean.TRUE));
            } catch (SQLException e) {
                if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw e;
                }
                st.execute("rollback to savepoint presentie_nieuw");
                uit.putAll(opslaan(true, nieuw, gebruiker, correctieverzoekId));
            }
        }
        return uit;
    }

    /** One statement for all these records; for the upsert, per key whether it was inserted. */
    private Map<Sleutel, Boolean> opslaan(boolean upsert, List<PresentieInvoer> records, String gebruiker,
            Long correctieverzoekId) throws SQLException {
        Map<Sleutel, Boolean> uit = new HashMap<>(records.size() * 2);
        if (records.isEmpty()) {
            return uit;
        }
        int n = records.size();
        Long[] p = new Long[n];
        String[] d = new String[n];
        String[] o = new String[n];
        String[] g = new String[n];
        String[] a = new String[n];
        String[] r = new String[n];
        for (int i = 0; i < n; i++) {
            PresentieInvoer in = records.get(i);
            p[i] = in.plaatsingId();
            d[i] = in.datum().toString();
            o[i] = in.onderdeel().name();
            g[i] = in.geroosterdeUren().toPlainString();
            a[i] = in.aanwezigeUren().toPlainString();
            r[i] = in.verzuimreden() == null ? null : in.verzuimreden().name();
        }
        try (PreparedStatement st = connection.prepareStatement(upsert ? UPSERT : INSERT)) {
            st.setString(1, gebruiker);
            if (correctieverzoekId == null) {
                st.setNull(2, Types.BIGINT);
            } else {
                st.setLong(2, correctieverzoekId);
            }
            st.setArray(3, connection.createArrayOf("bigint", p));
            st.setArray(4, connection.createArrayOf("text", d));
            st.setArray(5, connection.createArrayOf("text", o));
            st.setArray(6, connection.createArrayOf("text", g));
            st.setArray(7, connection.createArrayOf("text", a));
            st.setArray(8, connection.createArrayOf("text", r));
            if (!upsert) {
                st.executeUpdate();
                return uit;
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    uit.put(new Sleutel(rs.getLong(1), rs.getObject(2, LocalDate.class),
                            Onderdeel.valueOf(rs.getString(3))), rs.getBoolean(4));
                }
            }
        }
        return uit;
    }

    // ---------------------------------------------------------------- reading what the rules need

    /**
     * The placements with these ids that are on a contract of this provider, with their pauses. Others
     * (missing, another provider's, never on a contract) are left out, and so are unknown to the rules.
     */
    public Map<Long, Plaatsingsperiode> plaatsingen(long aanbiederId, Collection<Long> ids) throws SQLException {
        Map<Long, Plaatsingsperiode> uit = new HashMap<>();
        if (ids.isEmpty()) {
            return uit;
        }
        Map<Long, Rij> rijen = new HashMap<>();
        Map<Long, List<Onderbreking>> pauzes = new HashMap<>();
        try (PreparedStatement st = connection.prepareStatement("select p.id, p.contract_id, p.werkelijke_start,"
                + " p.einddatum, o.vanaf, o.tot_en_met from plaatsing p join contract c on c.id = p.contract_id"
                + " left join plaatsing_onderbreking o on o.plaatsing_id = p.id"
                + " where p.id = any(?) and c.aanbieder_id = ? order by p.id, o.volgnummer")) {
            st.setArray(1, longs(ids));
            st.setLong(2, aanbiederId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    if (!rijen.containsKey(id)) {
                        rijen.put(id, new Rij(rs.getLong(2), rs.getObject(3, LocalDate.class),
                                rs.getObject(4, LocalDate.class)));
                    }
                    LocalDate vanaf = rs.getObject(5, LocalDate.class);
                    if (vanaf != null) {
                        pauzes.computeIfAbsent(id, k -> new ArrayList<>()).add(new Onderbreking(vanaf,
                                rs.getObject(6, LocalDate.class), null));
                    }
                }
            }
        }
        rijen.forEach((id, r) -> uit.put(id, new Plaatsingsperiode(id, r.contractId(), r.start(), r.einde(),
                pauzes.getOrDefault(id, List.of()))));
        return uit;
    }

    /**
     * Takes the shared attendance lock of each contract until the transaction ends: a month cannot be locked
     * for these contracts meanwhile ({@link #vergrendel} waits).
     */
    public void deelSlot(Collection<Long> contractIds) throws SQLException {
        if (contractIds.isEmpty()) {
            return;
        }
        try (PreparedStatement st = connection.prepareStatement("select count(pg_advisory_xact_lock_shared(?, c))"
                + " from (select c from unnest(?::int[]) c order by c) s")) {
            st.setInt(1, SLOT_NAAMRUIMTE);
            st.setArray(2, connection.createArrayOf("int4", contractIds.stream().sorted()
                    .map(PresentieVerwerking::slotSleutel).distinct().toArray(Integer[]::new)));
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
            }
        }
    }

    /** The settled months per contract. */
    public Map<Long, Set<YearMonth>> afgeslotenMaanden(Collection<Long> contractIds) throws SQLException {
        Map<Long, Set<YearMonth>> uit = new HashMap<>();
        if (contractIds.isEmpty()) {
            return uit;
        }
        try (PreparedStatement st = connection.prepareStatement("select contract_id, maand from maand_afsluiting"
                + " where contract_id = any(?)")) {
            st.setArray(1, longs(contractIds));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    uit.computeIfAbsent(rs.getLong(1), k -> new HashSet<>())
                            .add(YearMonth.from(rs.getObject(2, LocalDate.class)));
                }
            }
        }
        return uit;
    }

    /**
     * Locks a month of a contract for attendance: from now on it changes only through an approved correction.
     * Waits for requests that are writing attendance on the contract. Idempotent.
     *
     * @return true when the month was locked now, false when it was already
     */
    public boolean vergrendel(long contractId, YearMonth maand, String gebruiker) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("select pg_advisory_xact_lock(?, ?)")) {
            st.setInt(1, SLOT_NAAMRUIMTE);
            st.setInt(2, slotSleutel(contractId));
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
            }
        }
        try (PreparedStatement st = connection.prepareStatement("insert into maand_afsluiting (contract_id, maand,"
                + " vergrendeld_op, vergrendeld_door) values (?, ?, now(), ?) on conflict (contract_id, maand)"
                + " do nothing")) {
            st.setLong(1, contractId);
            st.setObject(2, maand.atDay(1));
            st.setString(3, gebruiker);
            return st.executeUpdate() == 1;
        }
    }

    /** Per day concerned, the scheduled hours stored per component. */
    private Map<Dag, Map<Onderdeel, BigDecimal>> opgeslagenUren(List<PresentieInvoer> records, Set<Long> bekend)
            throws SQLException {
        Map<Dag, Map<Onderdeel, BigDecimal>> uit = new HashMap<>();
        Set<Dag> dagen = new LinkedHashSet<>();
        for (PresentieInvoer in : records) {
            if (in.plaatsingId() != null && in.datum() != null && bekend.contains(in.plaatsingId())) {
                dagen.add(new Dag(in.plaatsingId(), in.datum()));
            }
        }
        if (dagen.isEmpty()) {
            return uit;
        }
        Long[] p = new Long[dagen.size()];
        String[] d = new String[dagen.size()];
        int i = 0;
        for (Dag dag : dagen) {
            p[i] = dag.plaatsingId();
            d[i++] = dag.datum().toString();
        }
        try (PreparedStatement st = connection.prepareStatement("select pr.plaatsing_id, pr.datum, pr.onderdeel,"
                + " pr.geroosterde_uren from presentie pr join unnest(?::bigint[], ?::text[]::date[]) as k(p, d)"
                + " on pr.plaatsing_id = k.p and pr.datum = k.d")) {
            st.setArray(1, connection.createArrayOf("bigint", p));
            st.setArray(2, connection.createArrayOf("text", d));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    uit.computeIfAbsent(new Dag(rs.getLong(1), rs.getObject(2, LocalDate.class)),
                            k -> new EnumMap<>(Onderdeel.class))
                            .put(Onderdeel.valueOf(rs.getString(3)), rs.getBigDecimal(4));
                }
            }
        }
        return uit;
    }

    /** Hours scheduled that day for the other components. */
    private static BigDecimal andere(Map<Onderdeel, BigDecimal> opDag, Onderdeel eigen) {
        if (opDag == null) {
            return BigDecimal.ZERO;
        }
        BigDecimal som = BigDecimal.ZERO;
        for (Map.Entry<Onderdeel, BigDecimal> e : opDag.entrySet()) {
            if (e.getKey() != eigen) {
                som = som.add(e.getValue());
            }
        }
        return som;
    }

    // ---------------------------------------------------------------- idempotency

    /** The key's row id when this request claimed it; null when an earlier request holds it. */
    private Long claim(long aanbiederId, String sleutel, String hash, int aantal) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("insert into presentie_verzoek (aanbieder_id,"
                + " sleutel, verzoek_hash, aantal, ontvangen_op) values (?, ?, ?, ?, now())"
                + " on conflict (aanbieder_id, sleutel) do nothing returning id")) {
            st.setLong(1, aanbiederId);
            st.setString(2, sleutel);
            st.setString(3, hash);
            st.setInt(4, aantal);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    private PresentieAntwoord eerderAntwoord(long aanbiederId, String sleutel, String hash,
            List<PresentieInvoer> records) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("select verzoek_hash, antwoord from"
                + " presentie_verzoek where aanbieder_id = ? and sleutel = ?")) {
            st.setLong(1, aanbiederId);
            st.setString(2, sleutel);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next() || rs.getString(2) == null) {
                    throw new IllegalStateException("idempotency key claimed but no answer stored");
                }
                if (!hash.equals(rs.getString(1))) {
                    throw new IdempotentieConflictException(sleutel);
                }
                return Antwoordcodering.lees(rs.getString(2), sleutel, records);
            }
        }
    }

    private void bewaarAntwoord(long verzoekId, PresentieAntwoord antwoord) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("update presentie_verzoek set antwoord = ?"
                + " where id = ?")) {
            st.setString(1, Antwoordcodering.schrijf(antwoord));
            st.setLong(2, verzoekId);
            st.executeUpdate();
        }
    }

    /**
     * SHA-256 of the records as parsed, in order: the same records sent as JSON or as CSV, with {@code 2.5} or
     * {@code 2,50}, are the same request.
     */
    static String hash(List<PresentieInvoer> records) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            StringBuilder sb = new StringBuilder(64);
            for (PresentieInvoer in : records) {
                sb.setLength(0);
                sb.append(in.plaatsingId()).append('|').append(in.datum()).append('|').append(in.onderdeel())
                        .append('|').append(canoniek(in.geroosterdeUren())).append('|')
                        .append(canoniek(in.aanwezigeUren())).append('|').append(in.verzuimreden()).append('\n');
                md.update(sb.toString().getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String canoniek(BigDecimal uren) {
        return uren == null ? "null" : uren.stripTrailingZeros().toPlainString();
    }

    // ---------------------------------------------------------------- checks and helpers

    /** Refuses a request that cannot be processed at all: nothing is stored. */
    public static void checkVerzoek(List<PresentieInvoer> records, String sleutel) {
        List<FieldError> fouten = new ArrayList<>();
        if (records == null || records.isEmpty()) {
            fouten.add(new FieldError("presenties", "verplicht", "Lever ten minste één presentie aan."));
        } else if (records.size() > MAX_RECORDS) {
            fouten.add(new FieldError("presenties", "te-veel", "Hoogstens " + MAX_RECORDS
                    + " presenties per verzoek; dit verzoek heeft er " + records.size() + "."));
        } else if (records.stream().anyMatch(Objects::isNull)) {
            fouten.add(new FieldError("presenties", "verplicht", "Een presentie ontbreekt (null)."));
        }
        if (sleutel != null && (sleutel.isBlank() || sleutel.length() > MAX_SLEUTEL
                || !sleutel.chars().allMatch(c -> c >= 0x20 && c <= 0x7e))) {
            fouten.add(new FieldError("Idempotency-Key", "idempotency-key.ongeldig", "Een Idempotency-Key is 1 tot "
                    + MAX_SLEUTEL + " zichtbare ASCII-tekens, bijvoorbeeld een UUID."));
        }
        if (!fouten.isEmpty()) {
            throw new InvalidInputException(fouten);
        }
    }

    private static Set<Long> plaatsingIds(List<PresentieInvoer> records) {
        Set<Long> ids = new HashSet<>();
        for (PresentieInvoer in : records) {
            if (in.plaatsingId() != null) {
                ids.add(in.plaatsingId());
            }
        }
        return ids;
    }

    private Array longs(Collection<Long> ids) throws SQLException {
        return connection.createArrayOf("bigint", ids.toArray(Long[]::new));
    }

    /** Contract ids as the second key of an advisory lock (int4); a rare collision only makes one wait. */
    private static int slotSleutel(long contractId) {
        return (int) (contractId ^ (contractId >>> 32));
    }

    /** One record's key: placement, date and component. */
    public record Sleutel(long plaatsingId, LocalDate datum, Onderdeel onderdeel) {

        static Sleutel van(PresentieInvoer in) {
            return in.plaatsingId() == null || in.datum() == null || in.onderdeel() == null ? null
                    : new Sleutel(in.plaatsingId(), in.datum(), in.onderdeel());
        }
    }

    private record Dag(long plaatsingId, LocalDate datum) {
    }

    private record Rij(long contractId, LocalDate start, LocalDate einde) {
    }
}

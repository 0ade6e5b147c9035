package nl.inburgering.portal.openhouse.procedure;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.inburgering.portal.contracts.contract.Betaalmodel;
import nl.inburgering.portal.contracts.contract.BtwTarief;
import nl.inburgering.portal.contracts.contract.Mijlpaal;
import nl.inburgering.portal.contracts.contract.TariefGegevens;
import nl.inburgering.portal.contracts.shared.FieldChecks;
import nl.inburgering.portal.contracts.shared.Leerroute;

/**
 * Test data: {@code aProcedure().withCondition("...", true).runningFrom(..).published()}. Defaults: the
 * onderwijsroute in Groningen and Eemsdelta, 2026 and 2027, a trajectory price of 9,500 euros paid
 * 40/40/20, two mandatory conditions and one optional, three months' notice.
 */
public final class ProcedureBuilder {

    public static final long GRONINGEN = 1L;
    public static final long EEMSDELTA = 2L;
    public static final LocalDate START = LocalDate.of(2026, 1, 1);
    public static final LocalDate EINDE = LocalDate.of(2027, 12, 31);
    public static final Instant NU = Instant.parse("2026-01-05T09:00:00Z");
    public static final LocalDate VANDAAG = LocalDate.of(2026, 1, 5);

    private String titel = "Onderwijsroute Groningen 2026-2027";
    private Leerroute leerroute = Leerroute.ONDERWIJSROUTE;
    private List<EisGegevens> eisen = new ArrayList<>(List.of(
            new EisGegevens("De instelling is erkend op grond van de WEB", "Voeg het erkenningsbesluit toe.", true),
            new EisGegevens("De instelling heeft een klachtenregeling", null, true),
            new EisGegevens("Referenties van gemeenten", null, false)));
    private List<TariefGegevens> tarieven = new ArrayList<>(List.of(traject(START, "9500")));
    private final Set<Long> gemeenten = new LinkedHashSet<>(List.of(GRONINGEN, EEMSDELTA));
    private LocalDate start = START;
    private LocalDate einde = EINDE;
    private LocalDate deadline;
    private Integer opzegtermijn = 3;
    private BtwTarief btw = BtwTarief.NUL;

    public static ProcedureBuilder aProcedure() {
        return new ProcedureBuilder();
    }

    public static TariefGegevens traject(LocalDate vanaf, String prijs) {
        Map<Mijlpaal, BigDecimal> m = new EnumMap<>(Mijlpaal.class);
        m.put(Mijlpaal.START, new BigDecimal("40"));
        m.put(Mijlpaal.HALVERWEGE, new BigDecimal("40"));
        m.put(Mijlpaal.AFRONDING, new BigDecimal("20"));
        return new TariefGegevens(vanaf, Betaalmodel.TRAJECT, new BigDecimal(prijs), null, m, "Traject onderwijsroute");
    }

    public static TariefGegevens perUur(LocalDate vanaf, String tarief) {
        return new TariefGegevens(vanaf, Betaalmodel.PER_UUR, new BigDecimal(tarief), new BigDecimal("800"), null, null);
    }

    public ProcedureBuilder titled(String t) {
        this.titel = t;
        return this;
    }

    public ProcedureBuilder forRoute(Leerroute l) {
        this.leerroute = l;
        return this;
    }

    public ProcedureBuilder withConditions(EisGegevens... e) {
        this.eisen = new ArrayList<>(List.of(e));
        return this;
    }

    public ProcedureBuilder withTariffs(TariefGegevens... t) {
        this.tarieven = new ArrayList<>(List.of(t));
        return this;
    }

    public ProcedureBuilder runningFrom(LocalDate from, LocalDate to) {
        this.start = from;
        this.einde = to;
        return this;
    }

    public ProcedureBuilder withDeadline(LocalDate d) {
        this.deadline = d;
        return this;
    }

    public ProcedureBuilder withNoticeMonths(int months) {
        this.opzegtermijn = months;
        return this;
    }

    public ProcedureGegevens input() {
        return new ProcedureGegevens(titel, leerroute, eisen, tarieven, gemeenten, start, einde, deadline, opzegtermijn, btw,
                false);
    }

    /** The validated content; fails the test on invalid input. */
    public ProcedureInhoud content() {
        FieldChecks checks = new FieldChecks();
        ProcedureInhoud inhoud = ProcedureInhoud.uit(checks, input(), 30);
        checks.throwIfAny();
        return inhoud;
    }

    public OpenHouseProcedure concept() {
        return withIds(new OpenHouseProcedure(content(), NU), 7L);
    }

    public OpenHouseProcedure published() {
        OpenHouseProcedure p = concept();
        p.publiceer(NU, VANDAAG);
        return withIds(p, 7L);
    }

    /** Changes a published procedure to these terms: its next version, with ids. */
    public ProcedureVersie publishAsNewVersionOf(OpenHouseProcedure p) {
        p.wijzig(content(), NU, VANDAAG);
        return withIds(p, p.getId()).huidigeVersie().orElseThrow();
    }

    /** The version in force of a published procedure. */
    public ProcedureVersie publishedVersion() {
        return published().huidigeVersie().orElseThrow();
    }

    /** Gives the procedure and its versions ids, as the database would (version n gets id 100 + n). */
    public static OpenHouseProcedure withIds(OpenHouseProcedure p, long id) {
        setId(p, id);
        for (ProcedureVersie v : p.getVersies()) {
            setId(v, 100L + v.getVersienummer());
        }
        return p;
    }

    public static <T> T setId(T entity, long id) {
        try {
            Field f = entity.getClass().getDeclaredField("id");
            f.setAccessible(true);
            f.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}

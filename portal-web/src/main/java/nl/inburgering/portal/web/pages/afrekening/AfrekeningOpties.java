package nl.inburgering.portal.web.pages.afrekening;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import nl.inburgering.portal.contracts.settlement.Afkeurcode;
import nl.inburgering.portal.contracts.settlement.Factuurstatus;
import nl.inburgering.portal.contracts.settlement.Regelbeoordeling;
import nl.inburgering.portal.contracts.settlement.Verrekenstaatstatus;

/** Choices of the settlement pages ({@code #{afrekeningOpties}}): months, statuses, reason codes. */
@Named
@ApplicationScoped
public class AfrekeningOpties {

    /** How far back the month choices go. */
    static final int MAANDEN_TERUG = 24;

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    /** The months that have ended, newest first: what can be settled, and what invoices and statements cover. */
    public List<YearMonth> getMaanden() {
        YearMonth vorige = YearMonth.now(ZONE).minusMonths(1);
        List<YearMonth> l = new ArrayList<>(MAANDEN_TERUG);
        for (int i = 0; i < MAANDEN_TERUG; i++) {
            l.add(vorige.minusMonths(i));
        }
        return l;
    }

    public Factuurstatus[] getFactuurstatussen() {
        return Factuurstatus.values();
    }

    public Verrekenstaatstatus[] getVerrekenstaatstatussen() {
        return Verrekenstaatstatus.values();
    }

    public Regelbeoordeling[] getBeoordelingen() {
        return Regelbeoordeling.values();
    }

    public Afkeurcode[] getAfkeurcodes() {
        return Afkeurcode.values();
    }

    /** "2026-10" as a month; null for blank or malformed (a filter that is not set). */
    static YearMonth maand(String tekst) {
        if (tekst == null || tekst.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(tekst.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A number, or null for blank or malformed. */
    static Long id(String tekst) {
        if (tekst == null || tekst.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(tekst.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

package nl.inburgering.portal.contracts.attendance;

/**
 * The rules an attendance record must meet (DESIGN.md, "Presentie" and "Bulk attendance"; issue 6,
 * "Rules"), each with a stable code, like the retourcodes of iWmo: a provider's system can act on the
 * code; the Dutch message is for people. The codes never change meaning; a new rule gets a new code.
 *
 * <table>
 * <caption>Codes</caption>
 * <tr><th>Code</th><th>Rule</th><th>Field</th></tr>
 * <tr><td>P01</td><td>The placement exists and is on a contract of the submitting provider. Unknown and
 * another provider's placement answer the same ("Onbekende plaatsing."), so the answer never reveals that
 * a placement exists.</td><td>plaatsingId</td></tr>
 * <tr><td>P02</td><td>Placement, date, component, scheduled hours and attended hours are
 * given.</td><td>the missing field</td></tr>
 * <tr><td>P03</td><td>The date is not in the future.</td><td>datum</td></tr>
 * <tr><td>P04</td><td>The date lies in the placement's active period: from the actual start up to and
 * including the end date (or today while it runs). A placement that never started has no active
 * period.</td><td>datum</td></tr>
 * <tr><td>P05</td><td>On a day the placement was ONDERBROKEN (a pause) no hours are scheduled or attended:
 * only a record with 0 scheduled and 0 attended hours is accepted there (it clears an earlier
 * record).</td><td>geroosterdeUren</td></tr>
 * <tr><td>P06</td><td>Hours are whole quarter hours (multiples of 0.25), not negative.</td><td>geroosterdeUren,
 * aanwezigeUren</td></tr>
 * <tr><td>P07</td><td>Attended hours do not exceed scheduled hours.</td><td>aanwezigeUren</td></tr>
 * <tr><td>P08</td><td>At most 12 hours are scheduled for a placement on one day, all components
 * together (the stored records of the other components count, as do the accepted records of the same
 * request).</td><td>geroosterdeUren</td></tr>
 * <tr><td>P09</td><td>An absence reason is given when fewer hours were attended than
 * scheduled.</td><td>verzuimreden</td></tr>
 * <tr><td>P10</td><td>No absence reason when all scheduled hours were attended.</td><td>verzuimreden</td></tr>
 * <tr><td>P11</td><td>The month of the date is not settled (locked) for the placement's contract; a change
 * to a settled month goes through a correction request.</td><td>datum</td></tr>
 * <tr><td>P12</td><td>A request holds one record per placement, date and component; a repeat of an
 * earlier record of the same request is refused.</td><td>datum</td></tr>
 * </table>
 *
 * <p>All rules are checked for every record; the record's result carries all failures, the first one as
 * its code. Where the placement is unknown (P01), the rules that need it (P04, P05, P11) are skipped.
 */
public enum Presentieregel {

    ONBEKENDE_PLAATSING("P01", "plaatsingId"),
    VERPLICHT("P02", null),
    DATUM_IN_TOEKOMST("P03", "datum"),
    BUITEN_ACTIEVE_PERIODE("P04", "datum"),
    ONDERBROKEN("P05", "geroosterdeUren"),
    GEEN_KWARTIEREN("P06", null),
    AANWEZIG_BOVEN_GEROOSTERD("P07", "aanwezigeUren"),
    MEER_DAN_12_UUR("P08", "geroosterdeUren"),
    VERZUIMREDEN_ONTBREEKT("P09", "verzuimreden"),
    VERZUIMREDEN_NIET_TOEGESTAAN("P10", "verzuimreden"),
    MAAND_AFGESLOTEN("P11", "datum"),
    DUBBEL_IN_VERZOEK("P12", "datum");

    private final String code;
    private final String veld;

    Presentieregel(String code, String veld) {
        this.code = code;
        this.veld = veld;
    }

    /** Stable code, {@code P01} to {@code P12}. */
    public String code() {
        return code;
    }

    /** The field the rule is about; null where it depends on the record (P02, P06). */
    public String veld() {
        return veld;
    }

    /** The rule with this code, or null. */
    public static Presentieregel metCode(String code) {
        for (Presentieregel r : values()) {
            if (r.code.equals(code)) {
                return r;
            }
        }
        return null;
    }
}

package nl.inburgering.portal.contracts.attendance;

/**
 * What a result is (DESIGN.md, "Domain model", Resultaat): an exam component of the inburgeringsexamen, a
 * progress report, or the completion of the route, which completes the placement.
 */
public enum ResultaatSoort {
    LEZEN(true, true),
    LUISTEREN(true, true),
    SCHRIJVEN(true, true),
    SPREKEN(true, true),
    /** Kennis van de Nederlandse Maatschappij: an outcome; a language level is optional. */
    KNM(true, false),
    /** A progress report: a summary, optionally the level reached so far; no outcome. */
    VOORTGANGSRAPPORTAGE(false, false),
    /** The route is completed: the placement becomes AFGEROND on this date. */
    ROUTE_AFGEROND(false, false);

    private final boolean examen;
    private final boolean taalvaardigheid;

    ResultaatSoort(boolean examen, boolean taalvaardigheid) {
        this.examen = examen;
        this.taalvaardigheid = taalvaardigheid;
    }

    /** An exam component: has an outcome. */
    public boolean isExamen() {
        return examen;
    }

    /** A language skill (reading, listening, writing, speaking): has a level A1..B2. */
    public boolean isTaalvaardigheid() {
        return taalvaardigheid;
    }
}

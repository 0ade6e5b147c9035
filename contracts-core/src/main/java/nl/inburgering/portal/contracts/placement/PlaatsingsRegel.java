package nl.inburgering.portal.contracts.placement;

/**
 * The eligibility rules of a placement (DESIGN.md, "Rules", "Eligibility of a placement", numbered as
 * there), plus the Open House rule of "Allocation". {@link Eligibility} names each rule that fails; the
 * services report it with {@link #code()} as the stable error code and a Dutch reason.
 */
public enum PlaatsingsRegel {

    /** Rule 1: the contract is ACTIEF on the planned start date. */
    CONTRACT_NIET_ACTIEF(1, "plaatsing.contract-niet-actief", "contract niet actief op de startdatum"),
    /** Rule 1: the contract covers the leerroute. */
    LEERROUTE_NIET_GEDEKT(1, "plaatsing.leerroute-niet-gedekt", "leerroute niet gecontracteerd"),
    /** Rule 2: the inburgeraar's gemeente participates in the contract. */
    GEMEENTE_NEEMT_NIET_DEEL(2, "plaatsing.gemeente-neemt-niet-deel", "gemeente neemt niet deel"),
    /** Rule 3: the onderwijsroute only at a WEB-recognised education institution. */
    GEEN_WEB_ERKENNING(3, "plaatsing.geen-web-erkenning", "geen WEB-erkenning"),
    /** Rule 3: the B1- and Z-route only with a keurmerk GELDIG on the planned start date. */
    KEURMERK_NIET_GELDIG(3, "plaatsing.keurmerk-niet-geldig", "keurmerk niet geldig op de startdatum"),
    /** Rule 3: a GESCHORST provider takes no new cursisten (running placements continue). */
    AANBIEDER_GESCHORST(3, "plaatsing.aanbieder-geschorst", "aanbieder geschorst"),
    /** Rule 4: placements taking a place on the contract stay below its capacity. */
    CAPACITEIT_VOL(4, "plaatsing.capaciteit-vol", "capaciteit vol"),
    /** Rule 5: no other lopende placement for the same inburgeraar. */
    ANDERE_OPEN_PLAATSING(5, "plaatsing.andere-open-plaatsing", "inburgeraar heeft al een lopende plaatsing"),
    /**
     * Allocation, Open House: for the onderwijsroute the inburgeraar chooses the provider; the portal
     * never places with another one (a steered choice could make the arrangement a public contract that
     * must be tendered; CJEU C-410/14, Falk Pharma).
     */
    NIET_GEKOZEN_AANBIEDER(0, "plaatsing.niet-gekozen-aanbieder", "niet de door de inburgeraar gekozen aanbieder");

    private final int nummer;
    private final String code;
    private final String kort;

    PlaatsingsRegel(int nummer, String code, String kort) {
        this.nummer = nummer;
        this.code = code;
        this.kort = kort;
    }

    /** The rule's number in DESIGN.md's list of eligibility rules; 0 for the Open House allocation rule. */
    public int nummer() {
        return nummer;
    }

    /** Stable error code, e.g. {@code plaatsing.capaciteit-vol}. */
    public String code() {
        return code;
    }

    /** A few Dutch words, for lists ("capaciteit vol"). */
    public String kort() {
        return kort;
    }
}

package nl.inburgering.portal.contracts.aanbieder;

/** The two kinds of provider (DESIGN.md, "Domain model", Aanbieder). */
public enum AanbiederSoort {
    /** Language provider; for asylum migrants it needs the Blik op Werk keurmerk inburgering. */
    TAALAANBIEDER,
    /** Education institution (BRIN/RIO code); with WEB recognition it may give the onderwijsroute. */
    ONDERWIJSINSTELLING
}

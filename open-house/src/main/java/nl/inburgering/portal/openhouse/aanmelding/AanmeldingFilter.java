package nl.inburgering.portal.openhouse.aanmelding;

/**
 * Filter of the application list; every field is optional (null: no condition).
 *
 * @param teVerwerkenOpzeggingen only withdrawals whose contract has not been ended yet (the contract
 *                               manager's to-do list)
 */
public record AanmeldingFilter(Long procedureId, AanmeldingStatus status, Long aanbiederId,
        boolean teVerwerkenOpzeggingen) {

    public static AanmeldingFilter geen() {
        return new AanmeldingFilter(null, null, null, false);
    }
}

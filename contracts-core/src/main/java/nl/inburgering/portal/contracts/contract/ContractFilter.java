package nl.inburgering.portal.contracts.contract;

import nl.inburgering.portal.contracts.shared.Leerroute;

/**
 * Filter of the contract list; every field is optional (null: no condition).
 *
 * @param tekst       contained (case-insensitive) in the contract number, the procedure or tender
 *                    reference, the lot or the provider's name
 * @param aanbiederId one provider's contracts
 * @param gemeenteId  contracts in which this gemeente participates
 */
public record ContractFilter(String tekst, ContractStatus status, ContractHerkomst herkomst, Long aanbiederId,
        Leerroute leerroute, Long gemeenteId) {

    public static ContractFilter none() {
        return new ContractFilter(null, null, null, null, null, null);
    }
}

package nl.inburgering.portal.contracts.settlement;

import nl.inburgering.portal.contracts.contract.BtwTarief;
import nl.inburgering.portal.contracts.shared.Money;

/**
 * One line of a statement: a gemeente's share of one approved invoice (its approved lines and its part of
 * the VAT), with the contract and provider it comes from.
 */
public record Verrekenstaatpost(long factuurId, String factuurnummer, long contractId, String contractnummer,
        String aanbieder, BtwTarief btwTarief, Money netto, Money btw, Money totaal) {
}

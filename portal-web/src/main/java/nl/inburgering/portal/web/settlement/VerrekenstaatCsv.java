package nl.inburgering.portal.web.settlement;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import nl.inburgering.portal.contracts.contract.BtwTarief;
import nl.inburgering.portal.contracts.settlement.VerrekenstaatDocument;
import nl.inburgering.portal.contracts.settlement.Verrekenstaatpost;
import nl.inburgering.portal.contracts.shared.Money;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A statement's posts as CSV, the way Dutch Excel opens it by double-click: UTF-8 with a byte order mark,
 * semicolons, a decimal comma without thousands separator ({@code 1234,56}, {@code -62,50}), CRLF; a header
 * row and one row per post (the gemeente's share of one approved provider invoice). No total row, so the file
 * stays a table a spreadsheet or a bookkeeping import can sum itself.
 *
 * <p><b>Formula injection</b> (OWASP "CSV Injection"): a text cell that starts with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return is written with a leading {@code '} so a spreadsheet shows it
 * as text and never evaluates it. That applies to the cells that hold text people typed elsewhere (provider
 * name, contract and invoice numbers, gemeente name). Amounts and the VAT percentage are numbers this program
 * formats itself (digits, one comma, at most a leading minus); they are written as they are, so a negative
 * correction stays the number {@code -62,50} and sums in Excel. A minus followed by digits and a comma is not a
 * formula.
 */
public final class VerrekenstaatCsv {

    static final String[] KOPPEN = {"Verrekenstaat", "Maand", "Gemeente", "Contract", "Aanbieder", "Factuurnummer",
        "Btw-percentage", "Netto", "Btw", "Totaal"};
    private static final CSVFormat FORMAAT = CSVFormat.EXCEL.builder().setDelimiter(';').get();
    private static final char BOM = '\uFEFF';

    private VerrekenstaatCsv() {
    }

    /** "verrekenstaat-VS-2026-10-1979.csv". */
    public static String bestandsnaam(VerrekenstaatDocument d) {
        return "verrekenstaat-" + d.staat().nummer().replaceAll("[^A-Za-z0-9-]", "-") + ".csv";
    }

    public static byte[] csv(VerrekenstaatDocument d) {
        StringWriter out = new StringWriter();
        out.write(BOM);
        try (CSVPrinter p = new CSVPrinter(out, FORMAAT)) {
            p.printRecord((Object[]) KOPPEN);
            for (Verrekenstaatpost post : d.posten()) {
                p.printRecord(tekst(d.staat().nummer()), d.staat().maand().toString(), tekst(d.gemeente().naam()),
                        tekst(post.contractnummer()), tekst(post.aanbieder()), tekst(post.factuurnummer()),
                        percentage(post.btwTarief()), bedrag(post.netto()), bedrag(post.btw()), bedrag(post.totaal()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Text as a spreadsheet must show it: never as a formula. */
    static String tekst(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        char c = s.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + s : s;
    }

    /** {@code 1234,56}, {@code -62,50}: a number Dutch Excel reads as one. */
    static String bedrag(Money m) {
        return m.amount().toPlainString().replace('.', ',');
    }

    static String percentage(BtwTarief t) {
        BigDecimal p = t.percentage().value().stripTrailingZeros();
        return p.toPlainString().replace('.', ',');
    }
}

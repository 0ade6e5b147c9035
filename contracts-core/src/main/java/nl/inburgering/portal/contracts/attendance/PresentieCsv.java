package nl.inburgering.portal.contracts.attendance;

import nl.inburgering.portal.contracts.shared.Onderdeel;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import nl.inburgering.portal.contracts.attendance.internal.PresentieVerwerking;
import nl.inburgering.portal.contracts.shared.FieldError;
import nl.inburgering.portal.contracts.shared.InvalidInputException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an attendance CSV (issue 6, "CSV upload" and "Bulk API", {@code text/csv}) into
 * {@link PresentieInvoer}s, with an error per invalid cell and its row number. Plain Java: the web layer hands
 * over the bytes, shows the preview, and sends the valid records to {@link PresentieService#verwerk}.
 *
 * <p>The file, as Dutch Excel writes it:
 * <ul>
 * <li>UTF-8, with or without byte order mark; anything else is refused as a whole ({@code csv.codering}).</li>
 * <li>A header row with the columns of the API, in any order, case-insensitive: {@value #KOPREGEL_TEKST}.
 * {@code verzuimreden} may be left out; a missing column or an unknown one refuses the file.</li>
 * <li>Separated by semicolons (Dutch Excel) or commas, whichever the header uses.</li>
 * <li>Hours with a decimal comma or point ({@code 2,5} or {@code 2.5}; with comma separation a decimal comma
 * must be quoted, as Excel does); dates as {@code 2026-03-02} or {@code 2-3-2026} (day-month-year); component
 * and reason by name, case-insensitive.</li>
 * <li>Empty rows are skipped. At most {@value PresentieVerwerking#MAX_RECORDS} records.</li>
 * </ul>
 * A cell that starts like a spreadsheet formula ({@code =}, {@code @}, {@code +} or {@code -} not followed by
 * a number, a tab or a carriage return) is refused ({@code csv.formule}): such a file is never stored, so it
 * never comes back in an export (formula injection, OWASP "CSV Injection").
 *
 * <p>Row numbers are the lines of the file, the header being line 1: the row numbers a spreadsheet shows
 * (empty lines count, as they do there).
 */
public final class PresentieCsv {

    /** The columns, as in the API. */
    public static final List<String> KOLOMMEN = List.of("plaatsingId", "datum", "onderdeel", "geroosterdeUren",
            "aanwezigeUren", "verzuimreden");
    static final String KOPREGEL_TEKST = "plaatsingId;datum;onderdeel;geroosterdeUren;aanwezigeUren;verzuimreden";

    private static final Pattern GETAL = Pattern.compile("[+-]?[0-9]+([.,][0-9]+)?");
    private static final DateTimeFormatter DAG_MAAND_JAAR = DateTimeFormatter.ofPattern("d-M-uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final int MAX_CEL = 100;

    private PresentieCsv() {
    }

    /**
     * The result of reading a file: every data row in file order, each with its record or its errors.
     *
     * @param scheidingsteken the separator found in the header
     */
    public record Inlezing(char scheidingsteken, List<Rij> rijen) {

        public Inlezing {
            rijen = List.copyOf(rijen);
        }

        /** The records of the rows without errors, in file order. */
        public List<PresentieInvoer> geldig() {
            return rijen.stream().filter(Rij::isGeldig).map(Rij::invoer).toList();
        }

        public boolean heeftFouten() {
            return rijen.stream().anyMatch(r -> !r.isGeldig());
        }

        /**
         * The file row of the {@code index}-th record of {@link #geldig()}: to name the row of a record the
         * service answered (its {@link PresentieResultaat#index()}).
         */
        public long regelnummer(int index) {
            int i = -1;
            for (Rij r : rijen) {
                if (r.isGeldig() && ++i == index) {
                    return r.regelnummer();
                }
            }
            throw new IndexOutOfBoundsException(index);
        }

        /**
         * Every error of every row as one list, the field named {@code regels[<row>].<column>}: for a 400
         * answer of the API (invalidParams) or a message list.
         */
        public List<FieldError> fouten() {
            List<FieldError> uit = new ArrayList<>();
            for (Rij r : rijen) {
                for (FieldError f : r.fouten()) {
                    uit.add(new FieldError("regels[" + r.regelnummer() + "]." + f.field(), f.code(), f.message()));
                }
            }
            return uit;
        }
    }

    /**
     * One data row.
     *
     * @param regelnummer the row number in the file; the header is row 1
     * @param invoer      the record, or null when the row has errors
     * @param fouten      per invalid cell: the column, a code ({@code csv.*}) and a Dutch message
     */
    public record Rij(long regelnummer, PresentieInvoer invoer, List<FieldError> fouten) {

        public Rij {
            fouten = List.copyOf(fouten);
            if ((invoer == null) == fouten.isEmpty()) {
                throw new IllegalArgumentException("a row has a record or errors");
            }
        }

        public boolean isGeldig() {
            return invoer != null;
        }
    }

    /**
     * Reads a whole file.
     *
     * @throws InvalidInputException (field {@code bestand}) when the file as a whole cannot be read: not
     *                               UTF-8, empty, no or a wrong header, broken quoting, too many rows
     */
    public static Inlezing lees(byte[] inhoud) {
        Objects.requireNonNull(inhoud, "inhoud");
        String tekst = utf8(inhoud);
        if (!tekst.isEmpty() && tekst.charAt(0) == '\uFEFF') {
            tekst = tekst.substring(1);
        }
        int eindeKop = tekst.indexOf('\n');
        String kop = eindeKop < 0 ? tekst : tekst.substring(0, eindeKop);
        if (kop.isBlank()) {
            throw bestand("csv.leeg", "Het bestand is leeg of begint niet met de kopregel (" + KOPREGEL_TEKST + ").");
        }
        char scheiding = kop.indexOf(';') >= 0 ? ';' : ',';
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(scheiding)
                .setIgnoreEmptyLines(true)
                .setTrim(false)
                .get();
        Regelnummers regelnummers = new Regelnummers(tekst);
        List<Rij> rijen = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(tekst), format)) {
            Map<String, Integer> kolommen = null;
            for (CSVRecord record : parser) {
                if (kolommen == null) {
                    kolommen = kolommen(record);
                    continue;
                }
                if (isLeeg(record)) {
                    continue;
                }
                if (rijen.size() == PresentieVerwerking.MAX_RECORDS) {
                    throw bestand("csv.te-veel-regels", "Hoogstens " + PresentieVerwerking.MAX_RECORDS
                            + " presenties per bestand; splits het bestand.");
                }
                rijen.add(rij(record, regelnummers.van(record), kolommen));
            }
            if (kolommen == null) {
                throw bestand("csv.leeg", "Het bestand heeft geen kopregel (" + KOPREGEL_TEKST + ").");
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw bestand("csv.syntax", "Het bestand is geen geldige CSV (" + oorzaak(e) + ").");
        }
        return new Inlezing(scheiding, rijen);
    }

    /** An empty file to fill in: UTF-8 with byte order mark (so Excel reads it as UTF-8), semicolons. */
    public static byte[] sjabloon() {
        return ("\uFEFF" + KOPREGEL_TEKST + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------- parts

    private static String utf8(byte[] inhoud) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(inhoud))
                    .toString();
        } catch (CharacterCodingException e) {
            throw bestand("csv.codering", "Het bestand is geen UTF-8. Sla het in Excel op als \"CSV UTF-8\".");
        }
    }

    private static Map<String, Integer> kolommen(CSVRecord kop) {
        Map<String, String> bekend = new HashMap<>();
        KOLOMMEN.forEach(k -> bekend.put(k.toLowerCase(Locale.ROOT), k));
        Map<String, Integer> uit = new HashMap<>();
        List<FieldError> fouten = new ArrayList<>();
        for (int i = 0; i < kop.size(); i++) {
            String naam = kop.get(i).strip();
            if (naam.isEmpty()) {
                continue;
            }
            String kolom = bekend.get(naam.toLowerCase(Locale.ROOT));
            if (kolom == null) {
                fouten.add(new FieldError("bestand", "csv.onbekende-kolom", "Onbekende kolom '" + veilig(naam)
                        + "'; de kolommen zijn " + String.join(", ", KOLOMMEN) + "."));
            } else if (uit.putIfAbsent(kolom, i) != null) {
                fouten.add(new FieldError("bestand", "csv.dubbele-kolom", "De kolom " + kolom + " staat er twee keer"
                        + " in."));
            }
        }
        for (String k : KOLOMMEN) {
            if (!uit.containsKey(k) && !k.equals("verzuimreden")) {
                fouten.add(new FieldError("bestand", "csv.kolom-ontbreekt", "De kolom " + k + " ontbreekt in de"
                        + " kopregel (" + KOPREGEL_TEKST + ")."));
            }
        }
        if (!fouten.isEmpty()) {
            throw new InvalidInputException(fouten);
        }
        return uit;
    }

    private static Rij rij(CSVRecord record, long regelnummer, Map<String, Integer> kolommen) {
        List<FieldError> fouten = new ArrayList<>();
        Map<String, String> cellen = new HashMap<>();
        for (Map.Entry<String, Integer> k : kolommen.entrySet()) {
            String cel = k.getValue() < record.size() ? record.get(k.getValue()) : "";
            if (isFormule(cel)) {
                fouten.add(new FieldError(k.getKey(), "csv.formule", "Deze cel begint als een formule (=, +, -, @);"
                        + " formules zijn niet toegestaan."));
            } else if (cel.length() > MAX_CEL) {
                fouten.add(new FieldError(k.getKey(), "csv.te-lang", "Hoogstens " + MAX_CEL + " tekens."));
            } else {
                cellen.put(k.getKey(), cel.strip());
            }
        }
        Long plaatsingId = verplicht(fouten, cellen, "plaatsingId") ? id(fouten, cellen.get("plaatsingId")) : null;
        LocalDate datum = verplicht(fouten, cellen, "datum") ? datum(fouten, cellen.get("datum")) : null;
        Onderdeel onderdeel = verplicht(fouten, cellen, "onderdeel")
                ? keuze(fouten, "onderdeel", cellen.get("onderdeel"), Onderdeel.class) : null;
        BigDecimal geroosterd = verplicht(fouten, cellen, "geroosterdeUren")
                ? uren(fouten, "geroosterdeUren", cellen.get("geroosterdeUren")) : null;
        BigDecimal aanwezig = verplicht(fouten, cellen, "aanwezigeUren")
                ? uren(fouten, "aanwezigeUren", cellen.get("aanwezigeUren")) : null;
        String reden = cellen.get("verzuimreden");
        Verzuimreden verzuimreden = reden == null || reden.isEmpty() ? null
                : keuze(fouten, "verzuimreden", reden, Verzuimreden.class);
        if (!fouten.isEmpty()) {
            return new Rij(regelnummer, null, fouten);
        }
        return new Rij(regelnummer, new PresentieInvoer(plaatsingId, datum, onderdeel, geroosterd,
                aanwezig, verzuimreden), List.of());
    }

    /** Whether the cell is present (a formula or too long has its own error already). */
    private static boolean verplicht(List<FieldError> fouten, Map<String, String> cellen, String kolom) {
        if (fouten.stream().anyMatch(f -> f.field().equals(kolom))) {
            return false;
        }
        String cel = cellen.get(kolom);
        if (cel == null || cel.isEmpty()) {
            fouten.add(new FieldError(kolom, "csv.verplicht", "Deze cel is verplicht."));
            return false;
        }
        return true;
    }

    private static Long id(List<FieldError> fouten, String cel) {
        try {
            long id = Long.parseLong(cel);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // below
        }
        fouten.add(new FieldError("plaatsingId", "csv.id-ongeldig", "Een plaatsing-id is een positief geheel getal."));
        return null;
    }

    private static LocalDate datum(List<FieldError> fouten, String cel) {
        try {
            return cel.length() == 10 && cel.charAt(4) == '-' ? LocalDate.parse(cel) : LocalDate.parse(cel,
                    DAG_MAAND_JAAR);
        } catch (DateTimeParseException e) {
            fouten.add(new FieldError("datum", "csv.datum-ongeldig", "Een datum als 2026-03-02 of 2-3-2026."));
            return null;
        }
    }

    private static BigDecimal uren(List<FieldError> fouten, String kolom, String cel) {
        if (GETAL.matcher(cel).matches()) {
            return new BigDecimal(cel.replace(',', '.'));
        }
        fouten.add(new FieldError(kolom, "csv.getal-ongeldig", "Een aantal uren als 2,5 of 2.5."));
        return null;
    }

    private static <E extends Enum<E>> E keuze(List<FieldError> fouten, String kolom, String cel, Class<E> type) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(cel)) {
                return e;
            }
        }
        StringBuilder keuzes = new StringBuilder();
        for (E e : type.getEnumConstants()) {
            keuzes.append(keuzes.isEmpty() ? "" : ", ").append(e.name());
        }
        fouten.add(new FieldError(kolom, "csv.keuze", "Kies uit: " + keuzes + "."));
        return null;
    }

    /** A cell a spreadsheet would run as a formula; a signed number is a number. */
    static boolean isFormule(String cel) {
        if (cel.isEmpty()) {
            return false;
        }
        if (cel.charAt(0) == '\t' || cel.charAt(0) == '\r') {
            return true;
        }
        String s = cel.strip();
        if (s.isEmpty()) {
            return false;
        }
        return switch (s.charAt(0)) {
            case '=', '@' -> true;
            case '+', '-' -> !GETAL.matcher(s).matches();
            default -> false;
        };
    }

    private static boolean isLeeg(CSVRecord record) {
        for (String cel : record) {
            if (!cel.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** A header name in a message: printable, short. */
    private static String veilig(String s) {
        String t = s.replaceAll("\\p{Cntrl}", "?");
        return t.length() <= 40 ? t : t.substring(0, 40) + "…";
    }

    /** Commons CSV names the line, e.g. "(line 7) invalid char between encapsulated token and delimiter". */
    private static String oorzaak(Exception e) {
        String m = e.getMessage() == null ? "onleesbaar" : e.getMessage().replaceAll("\\p{Cntrl}", " ").strip();
        return m.length() <= 160 ? m : m.substring(0, 160) + "…";
    }

    /** The physical line a record starts on, as a spreadsheet numbers its rows. */
    private static final class Regelnummers {

        private final String tekst;
        private final int[] begin;

        Regelnummers(String tekst) {
            this.tekst = tekst;
            int[] b = new int[64];
            int n = 1;
            for (int i = 0; i < tekst.length(); i++) {
                if (tekst.charAt(i) == '\n') {
                    if (n == b.length) {
                        b = Arrays.copyOf(b, n * 2);
                    }
                    b[n++] = i + 1;
                }
            }
            begin = Arrays.copyOf(b, n);
        }

        long van(CSVRecord record) {
            int pos = (int) record.getCharacterPosition();
            // the position may be that of empty lines skipped before the record
            while (pos < tekst.length() && (tekst.charAt(pos) == '\r' || tekst.charAt(pos) == '\n')) {
                pos++;
            }
            int i = Arrays.binarySearch(begin, pos);
            return (i >= 0 ? i : -i - 2) + 1;
        }
    }

    private static InvalidInputException bestand(String code, String melding) {
        return InvalidInputException.of("bestand", code, melding);
    }
}

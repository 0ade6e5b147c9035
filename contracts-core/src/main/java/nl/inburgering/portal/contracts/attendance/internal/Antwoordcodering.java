package nl.inburgering.portal.contracts.attendance.internal;

import java.util.ArrayList;
import java.util.List;
import nl.inburgering.portal.contracts.attendance.PresentieAntwoord;
import nl.inburgering.portal.contracts.attendance.PresentieInvoer;
import nl.inburgering.portal.contracts.attendance.PresentieResultaat;
import nl.inburgering.portal.contracts.shared.FieldError;

/**
 * The stored form of a bulk answer, for a retry under the same {@code Idempotency-Key}: one line per record,
 * {@code A} (accepted) or {@code V} (replaced), or {@code W} followed by each failure as
 * {@code TAB field US code US message}. The keys are not stored: a retry is only answered from the store
 * when its records are the same (same hash), so they come from the retry itself. A few bytes per accepted
 * record, so storing the answer costs little next to storing the records.
 */
final class Antwoordcodering {

    private static final char VELD = '\u001f';

    private Antwoordcodering() {
    }

    static String schrijf(PresentieAntwoord antwoord) {
        StringBuilder sb = new StringBuilder(antwoord.resultaten().size() * 2);
        for (PresentieResultaat r : antwoord.resultaten()) {
            switch (r.status()) {
                case GEACCEPTEERD -> sb.append('A');
                case VERVANGEN -> sb.append('V');
                case GEWEIGERD -> {
                    sb.append('W');
                    for (FieldError f : r.fouten()) {
                        sb.append('\t').append(schoon(f.field())).append(VELD).append(schoon(f.code())).append(VELD)
                                .append(schoon(f.message()));
                    }
                }
                default -> throw new IllegalStateException(String.valueOf(r.status()));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** The stored answer for these records (the same as the first request's), marked as a repeat. */
    static PresentieAntwoord lees(String opgeslagen, String sleutel, List<PresentieInvoer> records) {
        String[] regels = opgeslagen.split("\n", -1);
        if (regels.length != records.size() + 1) {
            throw new IllegalStateException("stored answer has " + (regels.length - 1) + " lines for "
                    + records.size() + " records");
        }
        List<PresentieResultaat> resultaten = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            String regel = regels[i];
            PresentieInvoer in = records.get(i);
            switch (regel.charAt(0)) {
                case 'A' -> resultaten.add(PresentieResultaat.opgeslagen(i, in, false));
                case 'V' -> resultaten.add(PresentieResultaat.opgeslagen(i, in, true));
                case 'W' -> {
                    List<FieldError> fouten = new ArrayList<>();
                    for (String deel : regel.substring(2).split("\t")) {
                        String[] f = deel.split(String.valueOf(VELD), 3);
                        fouten.add(new FieldError(f[0].isEmpty() ? null : f[0], f[1], f[2]));
                    }
                    resultaten.add(PresentieResultaat.geweigerd(i, in, fouten));
                }
                default -> throw new IllegalStateException("stored answer line starts with " + regel.charAt(0));
            }
        }
        return new PresentieAntwoord(sleutel, true, resultaten);
    }

    /** Our own texts; the separators are never in them, but a stored answer must always read back. */
    private static String schoon(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(c < 0x20 ? ' ' : c);
        }
        return sb.toString();
    }
}

package nl.inburgering.portal.contracts.settlement.rules;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The end of a placement.
 *
 * @param laatsteDag the end date: the placement's last day, inclusive (as {@code Plaatsing.rondAf} and
 *                   {@code Plaatsing.beeindig} record it)
 */
public record Beeindiging(LocalDate laatsteDag, Eindstatus status) {

    public Beeindiging {
        Objects.requireNonNull(laatsteDag, "laatsteDag");
        Objects.requireNonNull(status, "status");
    }

    public static Beeindiging afgerond(LocalDate laatsteDag) {
        return new Beeindiging(laatsteDag, Eindstatus.AFGEROND);
    }

    public static Beeindiging voortijdig(LocalDate laatsteDag) {
        return new Beeindiging(laatsteDag, Eindstatus.VOORTIJDIG_BEEINDIGD);
    }

    public boolean isAfgerond() {
        return status == Eindstatus.AFGEROND;
    }
}

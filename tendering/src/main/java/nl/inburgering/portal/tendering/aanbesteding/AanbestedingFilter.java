package nl.inburgering.portal.tendering.aanbesteding;

/**
 * Filter of the tender list; every field is optional (null: no condition).
 *
 * @param tekst contained (case-insensitive) in the reference or the title
 */
public record AanbestedingFilter(String tekst, AanbestedingStatus status) {

    public static AanbestedingFilter none() {
        return new AanbestedingFilter(null, null);
    }
}

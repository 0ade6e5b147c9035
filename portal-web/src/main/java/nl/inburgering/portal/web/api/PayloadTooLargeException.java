package nl.inburgering.portal.web.api;

/** The request body is larger than its resource method accepts (413); see {@link MaxBodySize}. */
public class PayloadTooLargeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long limit;

    public PayloadTooLargeException(long limit) {
        super("request body exceeds " + limit + " bytes");
        this.limit = limit;
    }

    /** The limit in bytes. */
    public long limit() {
        return limit;
    }
}

package nl.inburgering.portal.web.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses (413) a body larger than the method's limit: at once when {@code Content-Length} says so,
 * and while reading when the body comes without a length (chunked), so it is never read past the
 * limit.
 */
@Priority(Priorities.ENTITY_CODER)
class BodySizeFilter implements ContainerRequestFilter {

    private final long limit;

    BodySizeFilter(long limit) {
        this.limit = limit;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null && declaredLength(length) > limit) {
            throw new PayloadTooLargeException(limit);
        }
        request.setEntityStream(new LimitedInputStream(request.getEntityStream(), limit));
    }

    /** The declared length; an unreadable one counts as too large rather than being trusted. */
    private static long declaredLength(String header) {
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    /** A stream that throws {@link PayloadTooLargeException} as soon as more than the limit is read. */
    static final class LimitedInputStream extends FilterInputStream {

        private final long limit;
        private long count;

        LimitedInputStream(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            counted(skipped);
            return skipped;
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        private void counted(long n) {
            count += n;
            if (count > limit) {
                throw new PayloadTooLargeException(limit);
            }
        }
    }
}

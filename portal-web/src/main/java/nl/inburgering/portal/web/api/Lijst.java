package nl.inburgering.portal.web.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;

/**
 * The one envelope of every list answer:
 * {@code {"resultaten": [...], "totaal": 42, "pagina": 1, "paginaGrootte": 20, "links": {...}}}.
 * {@code totaal} counts all results over all pages. A paged list has {@code pagina},
 * {@code paginaGrootte} and the links {@code first}, {@code prev}, {@code next}, {@code last} (IANA
 * link relations; prev/next only where such a page exists); a short, unpaged list (the tariffs of
 * one contract) has neither and only {@code links.self}. Links keep the request's filters and sort.
 */
@JsonbPropertyOrder({"resultaten", "totaal", "pagina", "paginaGrootte", "links"})
public record Lijst<T>(List<T> resultaten, long totaal, Integer pagina, Integer paginaGrootte, Links links) {

    /** Links as in HAL: each an object with an {@code href} (a path with query, relative to the host). */
    @JsonbPropertyOrder({"self", "first", "prev", "next", "last"})
    public record Links(Link self, Link first, Link prev, Link next, Link last) {
    }

    public record Link(String href) {
    }

    /** One page of a longer list. */
    public static <T> Lijst<T> paged(List<T> page, long total, Params.Page p, UriInfo uriInfo) {
        return paged(page, total, p, uriInfo.getRequestUri());
    }

    static <T> Lijst<T> paged(List<T> page, long total, Params.Page p, URI request) {
        int size = p.paginaGrootte();
        int last = (int) Math.max(1, (total + size - 1) / size);
        int current = p.pagina();
        return new Lijst<>(List.copyOf(page), total, current, size, new Links(
                link(request, current, size),
                link(request, 1, size),
                current > 1 ? link(request, Math.min(current - 1, last), size) : null,
                current < last ? link(request, current + 1, size) : null,
                link(request, last, size)));
    }

    /** A complete list in one answer. */
    public static <T> Lijst<T> all(List<T> items, UriInfo uriInfo) {
        return new Lijst<>(List.copyOf(items), items.size(), null, null,
                new Links(new Link(href(uriInfo.getRequestUri())), null, null, null, null));
    }

    /** The request's path and query, its other parameters in their order, then this page's. */
    private static Link link(URI request, int pagina, int size) {
        StringBuilder href = new StringBuilder(request.getRawPath()).append('?');
        if (request.getRawQuery() != null) {
            for (String param : request.getRawQuery().split("&")) {
                String name = param.split("=", 2)[0];
                if (!param.isEmpty() && !name.equals("pagina") && !name.equals("paginaGrootte")) {
                    href.append(param).append('&');
                }
            }
        }
        return new Link(href.append("pagina=").append(pagina).append("&paginaGrootte=").append(size).toString());
    }

    private static String href(URI uri) {
        return uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery();
    }
}

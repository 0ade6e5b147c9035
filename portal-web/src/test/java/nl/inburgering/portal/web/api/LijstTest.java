package nl.inburgering.portal.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class LijstTest {

    private static URI request(String uri) {
        return URI.create("http://localhost:8080" + uri);
    }

    @Test
    void aMiddlePageLinksEveryWayAndKeepsTheFilters() {
        Lijst<String> l = Lijst.paged(List.of("a", "b"), 45, new Params.Page(2, 20),
                request("/api/v1/aanbieders?naam=taal&pagina=2&sorteer=-naam"));

        assertEquals(45, l.totaal());
        assertEquals(2, l.pagina());
        assertEquals(20, l.paginaGrootte());
        assertEquals("/api/v1/aanbieders?naam=taal&sorteer=-naam&pagina=2&paginaGrootte=20", l.links().self().href());
        assertEquals("/api/v1/aanbieders?naam=taal&sorteer=-naam&pagina=1&paginaGrootte=20", l.links().first().href());
        assertEquals("/api/v1/aanbieders?naam=taal&sorteer=-naam&pagina=1&paginaGrootte=20", l.links().prev().href());
        assertEquals("/api/v1/aanbieders?naam=taal&sorteer=-naam&pagina=3&paginaGrootte=20", l.links().next().href());
        assertEquals("/api/v1/aanbieders?naam=taal&sorteer=-naam&pagina=3&paginaGrootte=20", l.links().last().href());
    }

    @Test
    void theOnlyPageHasNoPrevOrNext() {
        Lijst<String> l = Lijst.paged(List.of(), 0, new Params.Page(1, 20), request("/api/v1/contracten"));

        assertNull(l.links().prev());
        assertNull(l.links().next());
        assertEquals("/api/v1/contracten?pagina=1&paginaGrootte=20", l.links().last().href());
    }

    @Test
    void aPageBeyondTheEndPointsBackToTheLastOne() {
        Lijst<String> l = Lijst.paged(List.of(), 45, new Params.Page(9, 20), request("/api/v1/contracten"));

        assertEquals("/api/v1/contracten?pagina=3&paginaGrootte=20", l.links().prev().href());
        assertNull(l.links().next());
    }
}

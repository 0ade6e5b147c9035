package nl.inburgering.portal.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Names of gemeenten and providers for showing who a user works for. */
@ApplicationScoped
public class TenantNames {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public Optional<String> gemeente(long id) {
        return em.createQuery("select g.naam from Gemeente g where g.id = :id", String.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    public Optional<String> aanbieder(long id) {
        return em.createQuery("select a.naam from Aanbieder a where a.id = :id", String.class)
                .setParameter("id", id).getResultStream().findFirst();
    }
}

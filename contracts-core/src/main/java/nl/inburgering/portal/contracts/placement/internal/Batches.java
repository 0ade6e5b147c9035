package nl.inburgering.portal.contracts.placement.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Splits long id lists for {@code in (:ids)} queries, well below the JDBC limit of bind parameters. */
public final class Batches {

    public static final int IN_LIST_SIZE = 1000;

    private Batches() {
    }

    public static <T> List<List<T>> of(Collection<T> items) {
        List<T> all = new ArrayList<>(items);
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += IN_LIST_SIZE) {
            out.add(all.subList(i, Math.min(all.size(), i + IN_LIST_SIZE)));
        }
        return out;
    }
}

package nl.inburgering.portal.web.pages;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A lazy table model over a service's {@code search}/{@code count} pair (DESIGN.md, "Pages": long lists
 * are paged, sorted and filtered on the server). The sort field is the column's field name (from its
 * {@code sortBy} expression), which the service checks against its whitelist; filter values are
 * handed to the subclass by field name.
 *
 * @param <T> the row type
 */
public abstract class PagedModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    private final boolean defaultAscending;

    /** @param defaultAscending direction when no column is sorted (the service picks the field) */
    protected PagedModel(boolean defaultAscending) {
        this.defaultAscending = defaultAscending;
    }

    /** The number of rows matching the filters. */
    protected abstract long count(Filters filters);

    /** One page of rows matching the filters. */
    protected abstract List<T> page(Filters filters, int first, int pageSize, String sortField, boolean ascending);

    /** The id of a row, so rows keep their identity across requests. */
    protected abstract Object idOf(T row);

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, count(new Filters(filterBy)));
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        Optional<SortMeta> sort = sortBy.values().stream().filter(SortMeta::isActive).findFirst();
        String field = sort.map(SortMeta::getField).orElse(null);
        boolean ascending = sort.map(s -> s.getOrder() == SortOrder.ASCENDING).orElse(defaultAscending);
        return page(new Filters(filterBy), first, pageSize, field, ascending);
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(idOf(row));
    }

    /**
     * The column filters of one request, by field name (the global filter by
     * {@link FilterMeta#GLOBAL_FILTER_KEY}); blank values count as absent.
     */
    public record Filters(Map<String, FilterMeta> filterBy) {

        public String text(String field) {
            Object value = value(field);
            return value == null || value.toString().isBlank() ? null : value.toString().strip();
        }

        public <E extends Enum<E>> E enumValue(String field, Class<E> type) {
            Object value = value(field);
            if (type.isInstance(value)) {
                return type.cast(value);
            }
            String text = text(field);
            if (text == null) {
                return null;
            }
            try {
                return Enum.valueOf(type, text);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }

        private Object value(String field) {
            if (filterBy == null) {
                return null;
            }
            FilterMeta byKey = filterBy.get(field);
            if (byKey != null && byKey.getFilterValue() != null) {
                return byKey.getFilterValue();
            }
            return filterBy.values().stream()
                    .filter(f -> field.equals(f.getField()))
                    .map(FilterMeta::getFilterValue)
                    .filter(v -> v != null)
                    .findFirst()
                    .orElse(null);
        }
    }
}

package nl.inburgering.portal.web.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyOrderStrategy;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * The JSON-B settings of the API. Input records are read by {@link JsonRecordReader}; should any
 * other type ever be read by JSON-B, unknown fields are refused there too
 * ({@code org.eclipse.yasson.YassonConfig.FAIL_ON_UNKNOWN_PROPERTIES}). Null fields are left out
 * of answers; fields keep their declaration order.
 */
@Provider
public class JsonbConfiguration implements ContextResolver<Jsonb> {

    /** Yasson's name for failing on unknown properties. */
    static final String FAIL_ON_UNKNOWN_PROPERTIES = "jsonb.fail-on-unknown-properties";

    private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig()
            .withNullValues(false)
            .withPropertyOrderStrategy(PropertyOrderStrategy.ANY)
            .setProperty(FAIL_ON_UNKNOWN_PROPERTIES, true));

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }
}

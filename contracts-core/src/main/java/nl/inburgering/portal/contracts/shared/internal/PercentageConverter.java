package nl.inburgering.portal.contracts.shared.internal;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.math.BigDecimal;
import nl.inburgering.portal.contracts.shared.Percentage;

/** {@link Percentage} as {@code NUMERIC(5,2)}. */
@Converter(autoApply = true)
public class PercentageConverter implements AttributeConverter<Percentage, BigDecimal> {

    @Override
    public BigDecimal convertToDatabaseColumn(Percentage p) {
        return p == null ? null : p.value();
    }

    @Override
    public Percentage convertToEntityAttribute(BigDecimal value) {
        return value == null ? null : Percentage.of(value);
    }
}

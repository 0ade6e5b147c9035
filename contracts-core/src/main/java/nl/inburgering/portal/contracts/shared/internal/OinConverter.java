package nl.inburgering.portal.contracts.shared.internal;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import nl.inburgering.portal.contracts.shared.Oin;

/** {@link Oin} as its canonical text. */
@Converter(autoApply = true)
public class OinConverter implements AttributeConverter<Oin, String> {

    @Override
    public String convertToDatabaseColumn(Oin value) {
        return value == null ? null : value.value();
    }

    @Override
    public Oin convertToEntityAttribute(String text) {
        return text == null ? null : Oin.of(text);
    }
}

package nl.inburgering.portal.contracts.shared.internal;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import nl.inburgering.portal.contracts.shared.KvkNumber;

/** {@link KvkNumber} as its canonical text. */
@Converter(autoApply = true)
public class KvkNumberConverter implements AttributeConverter<KvkNumber, String> {

    @Override
    public String convertToDatabaseColumn(KvkNumber value) {
        return value == null ? null : value.value();
    }

    @Override
    public KvkNumber convertToEntityAttribute(String text) {
        return text == null ? null : KvkNumber.of(text);
    }
}

package nl.inburgering.portal.contracts.shared.internal;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import nl.inburgering.portal.contracts.shared.EmailAddress;

/** {@link EmailAddress} as its canonical text. */
@Converter(autoApply = true)
public class EmailAddressConverter implements AttributeConverter<EmailAddress, String> {

    @Override
    public String convertToDatabaseColumn(EmailAddress value) {
        return value == null ? null : value.value();
    }

    @Override
    public EmailAddress convertToEntityAttribute(String text) {
        return text == null ? null : EmailAddress.of(text);
    }
}

package org.carbonneutral.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.temporal.Temporal;

/**
 * An enum or a date is read only as written: Jackson would otherwise trim white space around an enum name or a date
 * (" PRODUCT", " 2025-01-01") and read a date from an array ([2025,1,1], and [] as no date at all).
 */
final class ExactEnumsAndDates extends SimpleModule {

    ExactEnumsAndDates() {
        super(ExactEnumsAndDates.class.getName());
        setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                    BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
                return new Exact(deserializer);
            }

            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription beanDesc,
                    JsonDeserializer<?> deserializer) {
                return Temporal.class.isAssignableFrom(beanDesc.getBeanClass()) ? new Exact(deserializer)
                        : deserializer;
            }
        });
    }

    private static final class Exact extends DelegatingDeserializer {

        Exact(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Exact(delegate);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.hasToken(JsonToken.START_ARRAY)) {
                return ctxt.handleUnexpectedToken(handledType(), p);
            }
            if (p.hasToken(JsonToken.VALUE_STRING)) {
                String text = p.getText();
                if (!text.isEmpty() && (Character.isWhitespace(text.charAt(0))
                        || Character.isWhitespace(text.charAt(text.length() - 1)))) {
                    return ctxt.handleWeirdStringValue(handledType(), text, "white space around the value");
                }
            }
            return _delegatee.deserialize(p, ctxt);
        }
    }
}

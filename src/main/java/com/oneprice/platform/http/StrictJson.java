package com.oneprice.platform.http;

import com.oneprice.platform.api.Decimals;
import com.oneprice.platform.api.Moments;
import com.oneprice.platform.api.UnreadableValue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.function.Function;

/**
 * What a request body may say, on the one ObjectMapper Quarkus uses: exactly one JSON value, each key once, every
 * value in its own JSON type (no "1" for a number, 1 for a boolean or true for a string, no 1.5 truncated to 1),
 * moments as ISO-8601 text within {@link Moments}' span, and only {@link StorableText storable text}. Jackson's
 * defaults accept all of these and store something other than what the caller meant, or fail later as a 500.
 * Decimals are left alone: the contract accepts a money amount as a string or a number.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    /** After Quarkus' own customizers, whose Java time module would otherwise replace the moment readers below. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Integer)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.registerModule(new SimpleModule("strict-json")
                .addDeserializer(String.class, new Text())
                .addDeserializer(Instant.class, new Moment<>(Instant.class, t -> Moments.withOffset(t).toInstant()))
                .addDeserializer(OffsetDateTime.class, new Moment<>(OffsetDateTime.class, Moments::withOffset))
                .addDeserializer(LocalDateTime.class, new Moment<>(LocalDateTime.class, Moments::local)));
    }

    /** Jackson's own string rules (and the coercion configuration above), then {@link StorableText}'s. */
    private static final class Text extends StdScalarDeserializer<String> {

        Text() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (text != null) {
                StorableText.reason(text).ifPresent(reason -> {
                    throw new UnreadableValue(reason);
                });
            }
            return text;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }
    }

    /** A moment from an ISO-8601 string only: an epoch number would be read in a unit the caller has to guess. */
    private static final class Moment<T> extends StdScalarDeserializer<T> {

        private final Function<String, T> parse;

        Moment(Class<T> type, Function<String, T> parse) {
            super(type);
            this.parse = parse;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (T) context.handleUnexpectedToken(handledType(), parser);
            }
            return parse.apply(parser.getText().trim());
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.DateTime;
        }
    }
}

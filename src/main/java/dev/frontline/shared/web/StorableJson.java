package dev.frontline.shared.web;

import dev.frontline.shared.StorableText;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.jsontype.TypeDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Every string read by the application's JSON mapper, request bodies, map keys and untyped values included,
 * is made storable ({@link StorableText}) as it is read. It sits in the mapper rather than in each endpoint so
 * that a new endpoint cannot forget it; the chat socket's frames are read by the same mapper.
 */
@Configuration(proxyBeanMethods = false)
class StorableJson {

    @Bean
    JacksonModule storableTextModule() {
        return new SimpleModule("storable-text")
                .addDeserializer(String.class, new StorableStringDeserializer())
                .addKeyDeserializer(String.class, new StorableKeyDeserializer());
    }

    static final class StorableStringDeserializer extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            return StorableText.of(super.deserialize(parser, context));
        }

        @Override
        public String deserializeWithType(JsonParser parser, DeserializationContext context,
                                          TypeDeserializer typeDeserializer) {
            return StorableText.of(super.deserializeWithType(parser, context, typeDeserializer));
        }
    }

    static final class StorableKeyDeserializer extends KeyDeserializer {

        @Override
        public Object deserializeKey(String key, DeserializationContext context) {
            return StorableText.required(key);
        }
    }
}

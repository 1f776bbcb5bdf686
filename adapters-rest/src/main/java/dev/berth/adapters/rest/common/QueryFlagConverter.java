package dev.berth.adapters.rest.common;

import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/** Every boolean query parameter is read as dockerd reads it (clients send {@code 1}, not {@code true}). */
@Provider
public class QueryFlagConverter implements ParamConverterProvider {

    private static final ParamConverter<Boolean> FLAG = new ParamConverter<>() {
        @Override
        public Boolean fromString(String value) {
            return QueryFlag.isSet(value);
        }

        @Override
        public String toString(Boolean value) {
            return value ? "1" : "0";
        }
    };

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        return rawType == boolean.class || rawType == Boolean.class ? (ParamConverter<T>) FLAG : null;
    }
}

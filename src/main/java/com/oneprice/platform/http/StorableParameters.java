package com.oneprice.platform.http;

import com.oneprice.platform.api.ParameterVocabulary;
import com.oneprice.platform.problems.ApiException;
import com.oneprice.words.Text;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Query and path parameters are text the service stores or searches with, like any other: one that is not
 * {@link StorableText storable} ({@code %00}), or longer than the contract allows ({@link ParameterVocabulary}), is
 * refused here, naming the parameter, before it reaches a query. Not pre-matching, so that the path parameters are
 * known.
 */
public class StorableParameters {

    @ServerRequestFilter
    public void check(UriInfo uri) {
        refuse(uri.getPathParameters());
        refuse(uri.getQueryParameters());
    }

    private static void refuse(MultivaluedMap<String, String> parameters) {
        parameters.forEach((name, values) -> values.forEach(value -> {
            int bound = ParameterVocabulary.lengthBound(name);
            if (value.length() > bound) {
                throw ApiException.invalidField(name, Text.of("field.at-most-characters", bound, value.length()));
            }
            StorableText.reason(value).ifPresent(reason -> {
                throw ApiException.invalidField(name, reason);
            });
        }));
    }
}

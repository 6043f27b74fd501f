package com.oneprice.catalog.services;

import com.oneprice.platform.api.Page;
import com.oneprice.platform.api.PageRequest;
import com.oneprice.pricing.engine.ServiceKind;

/**
 * Finds services by what callers call them. An operator types while a customer waits on the line, so this is
 * answered from memory (the pricing snapshot), never by a database query; a write shows within the snapshot's delay.
 */
public interface ServiceSearch {

    /**
     * The services {@code query} matches, best first, then filtered as the list is; the page is of that ranking.
     * The query's length is bounded by the API (ParameterVocabulary), and with it the cost of a search.
     */
    Page<Service> search(String query, PageRequest paging, String category, ServiceKind kind, boolean includeArchived);
}

package com.oneprice.pricing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An operation whose answer is computed from the catalog snapshot alone, so it keeps answering while the database is
 * away; its answers carry {@value CatalogFreshness#HEADER}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AnsweredFromSnapshot {
}

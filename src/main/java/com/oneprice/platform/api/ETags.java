package com.oneprice.platform.api;

import com.oneprice.platform.problems.ApiException;
import com.oneprice.words.Text;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

import java.util.function.Supplier;

/**
 * Entity tags: catalog objects are tagged with their row version, which {@code If-Match} must name (optimistic
 * concurrency) and {@code If-None-Match} may name (a read that answers 304 when nothing changed).
 */
public final class ETags {

    private ETags() {
    }

    public static EntityTag of(int version) {
        return new EntityTag(Integer.toString(version));
    }

    /** An absent {@code If-Match} means "overwrite whatever is there"; a stale one is refused with 412. */
    public static void check(String ifMatch, int currentVersion) {
        check(ifMatch, of(currentVersion));
    }

    public static void check(String ifMatch, EntityTag current) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return;
        }
        if (!names(ifMatch, current)) {
            throw ApiException.stale(Text.of("problem.stale", ifMatch.trim(), current.toString()));
        }
    }

    /** 304 with the tag when {@code If-None-Match} names the current one, else 200 with the view and the tag. */
    public static Response read(String ifNoneMatch, EntityTag current, Supplier<?> view) {
        if (unchanged(ifNoneMatch, current)) {
            return Response.notModified(current).build();
        }
        return Response.ok(view.get()).tag(current).build();
    }

    /** Whether {@code If-None-Match} is {@code *} or names {@code current} (weak comparison, RFC 9110 13.1.2). */
    public static boolean unchanged(String ifNoneMatch, EntityTag current) {
        return ifNoneMatch != null && (ifNoneMatch.trim().equals("*") || names(ifNoneMatch, current));
    }

    /** Whether a list of entity tags names {@code current}, weak or strong alike. */
    private static boolean names(String tags, EntityTag current) {
        String wanted = "\"" + current.getValue() + "\"";
        for (String tag : tags.split(",")) {
            String t = tag.trim();
            if (t.startsWith("W/")) {
                t = t.substring(2);
            }
            if (t.equals(wanted)) {
                return true;
            }
        }
        return false;
    }
}

package com.oneprice.verification.explanation;

import com.oneprice.pricing.engine.ServiceCode;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The one place where reasons become sentences, written only from each reason's own parameters and the branch's
 * time zone (moments are told in the branch's local time). A reason about the request's total is told as the total;
 * one about a single line, as that line's price.
 */
public final class Wording {

    private Wording() {
    }

    public static String sentence(Reason reason, ZoneId zone) {
        Explained e = reason.explained();
        if (reason instanceof Reason.BranchPriceDiffers r) {
            return e.amount() + " is the price" + of(e, r.services()) + " at branch " + r.branch() + ", not "
                    + r.here();
        }
        if (reason instanceof Reason.QuoteFromAnotherBranch r) {
            return "quote " + r.quote() + " was issued for branch " + r.branch() + ", and is presented at " + r.here();
        }
        if (reason instanceof Reason.PromotionExpired r) {
            if (r.instant() == null) {
                return e.amount() + " was the price" + of(e, r.services()) + " under promotion " + r.promotion()
                        + ", which has been withdrawn";
            }
            return e.isTotal()
                    ? e.amount() + " was the total while promotion " + r.promotion() + " applied to "
                            + list(r.services()) + "; it ended at " + local(r.instant(), zone)
                    : e.amount() + " was the price" + of(e, r.services()) + " under promotion " + r.promotion()
                            + ", which ended at " + local(r.instant(), zone);
        }
        if (reason instanceof Reason.PromotionNotStarted r) {
            return e.isTotal()
                    ? e.amount() + " will be the total once promotion " + r.promotion() + " applies to "
                            + list(r.services()) + "; it starts at " + local(r.instant(), zone)
                    : e.amount() + " will be the price" + of(e, r.services()) + " under promotion " + r.promotion()
                            + ", which starts at " + local(r.instant(), zone);
        }
        if (reason instanceof Reason.PromotionLeftOut r) {
            String runs = ", which runs from " + local(r.instant(), zone)
                    + (r.until() == null ? "" : " until " + local(r.until(), zone));
            return e.isTotal()
                    ? e.amount() + " is the total without promotion " + r.promotion() + " on " + list(r.services())
                            + runs
                    : e.amount() + " is the price" + of(e, r.services()) + " without promotion " + r.promotion() + runs;
        }
        if (reason instanceof Reason.PromotionNotApplicable r) {
            return e.amount() + " would be the " + (e.isTotal() ? "total" : "price") + of(e, r.services())
                    + " with promotion " + r.promotion() + ", which " + exclusion(r.exclusion());
        }
        if (reason instanceof Reason.PriceChanged r) {
            String opening = e.amount() + (r.past() ? " was" : " will be");
            String was = e.isTotal()
                    ? opening + " the total with " + r.service() + " at " + r.then()
                            + (r.past() ? ", before it changed at " : ", from ") + local(r.instant(), zone)
                    : opening + " the price of " + r.service() + (r.past() ? " before it changed at " : " from ")
                            + local(r.instant(), zone);
            return was + "; it is " + r.now() + " at " + local(r.at(), zone);
        }
        if (reason instanceof Reason.CompositionChanged r) {
            String when = (r.past() ? " in force before " : " from ") + local(r.instant(), zone);
            return e.amount() + (r.past() ? " was" : " will be") + (e.isTotal()
                    ? " the total with the composition of " + r.service() + when
                    : " the price of " + r.service() + " with the composition" + when);
        }
        if (reason instanceof Reason.BundlePartial r) {
            return e.isTotal()
                    ? e.amount() + " is the total with " + r.bundle() + " priced without " + list(r.services())
                    : e.amount() + " is the price of " + r.bundle() + " without " + list(r.services());
        }
        if (reason instanceof Reason.QuantityDiffers r) {
            if (r.quoted() == 0) {
                return e.amount() + " is the total without " + r.service();
            }
            return e.amount() + " is the " + (e.isTotal() ? "total with " : "price of ") + r.quoted() + " × "
                    + r.service() + (e.isTotal() ? " instead of " : ", not ") + r.asked();
        }
        if (reason instanceof Reason.QuoteExpired r) {
            return "quote " + r.quote() + " expired at " + local(r.instant(), zone);
        }
        Reason.Unexplained r = (Reason.Unexplained) reason;
        return e.amount() + " is not the price of these items at branch " + r.here() + " (" + r.authoritative()
                + "), nor at another branch, nor at any moment in the last " + r.lookback().toDays()
                + " days or the next scheduled change, nor with a promotion, composition, component or quantity "
                + "other than today's, nor with any two of these together";
    }

    /** " of SERVICE" for one line's amount; nothing for the total. */
    private static String of(Explained explained, List<ServiceCode> services) {
        return explained.isTotal() || services.isEmpty() ? "" : " of " + list(services);
    }

    private static String exclusion(Reason.Exclusion exclusion) {
        return switch (exclusion.part()) {
            case BRANCH -> "applies only at branches " + sorted(exclusion.covers()) + ", not " + exclusion.actual();
            case CHANNEL -> "applies only to channels " + sorted(exclusion.covers()) + ", not "
                    + (exclusion.actual() == null ? "an unnamed channel" : exclusion.actual());
            case SERVICE -> "does not cover " + exclusion.actual() + " (it covers "
                    + (exclusion.covers().isEmpty() ? "" : "services " + sorted(exclusion.covers()))
                    + (exclusion.covers().isEmpty() || exclusion.categories().isEmpty() ? "" : " and ")
                    + (exclusion.categories().isEmpty() ? "" : "categories " + sorted(exclusion.categories())) + ")";
        };
    }

    private static String local(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toOffsetDateTime().toString();
    }

    private static String list(List<ServiceCode> services) {
        return services.stream().map(ServiceCode::value).collect(Collectors.joining(", "));
    }

    private static String sorted(Collection<String> values) {
        return values.stream().sorted().collect(Collectors.joining(", "));
    }
}

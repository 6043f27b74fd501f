package com.oneprice.pricing;

import com.oneprice.pricing.engine.Alternative;
import com.oneprice.pricing.engine.Branch;
import com.oneprice.pricing.engine.BranchCode;
import com.oneprice.pricing.engine.CatalogSnapshot;
import com.oneprice.pricing.engine.PriceAnswer;
import com.oneprice.pricing.engine.Promotion;
import com.oneprice.pricing.engine.Service;
import com.oneprice.pricing.engine.ServiceCode;
import com.oneprice.words.Language;
import com.oneprice.words.Words;

import java.time.ZoneOffset;
import java.util.List;

/**
 * A price answer's {@code say}: one sentence an operator reads aloud in one breath — what, where, the price, what
 * it includes (the promotions applied, a bundle's components) and until when it holds, in the branch's local time.
 * Services, branches and promotions are named by their names, as the customer hears them.
 */
public final class PriceSentences {

    private PriceSentences() {
    }

    public static String say(CatalogSnapshot snapshot, PriceAnswer answer, Language language) {
        return say(snapshot, answer, words(snapshot, answer, language));
    }

    /** The words of {@code answer}'s branch: its time zone, the answer's moment as the reference for years. */
    public static Words words(CatalogSnapshot snapshot, PriceAnswer answer, Language language) {
        return new Words(language, snapshot.branch(answer.branch()).map(Branch::zone).orElse(ZoneOffset.UTC),
                answer.at());
    }

    /** The branch's name, as a sentence says it. */
    public static String branchName(CatalogSnapshot snapshot, PriceAnswer answer) {
        return branchName(snapshot, answer.branch());
    }

    private static String branchName(CatalogSnapshot snapshot, BranchCode branch) {
        return snapshot.branch(branch).map(Branch::name).orElse(branch.value());
    }

    /**
     * An alternative's {@code say}, shorter than the answer's: where (another branch) or from when (here) the same
     * items cost what, and how much less. A later moment is said in the answer's branch's time, as the answer is.
     */
    static String say(CatalogSnapshot snapshot, Alternative alternative, Words w) {
        String total = w.money(alternative.total());
        String saving = w.money(alternative.saving());
        return switch (alternative.kind()) {
            case OTHER_BRANCH -> w.text("say.alternative.other-branch", branchName(snapshot, alternative.branch()),
                    total, saving);
            case LATER -> alternative.until() == null
                    ? w.text("say.alternative.later", w.moment(alternative.at()), total, saving)
                    : w.text("say.alternative.later.until", w.moment(alternative.at()), w.end(alternative.until()),
                            total, saving);
        };
    }

    static String say(CatalogSnapshot snapshot, PriceAnswer answer, Words w) {
        String includes = promotions(snapshot, answer, w) + components(snapshot, answer, w);
        String until = answer.validUntil().map(u -> w.text("say.until", w.end(u))).orElse(w.text("say.no-change"));
        String branch = branchName(snapshot, answer);
        if (answer.lines().size() == 1) {
            PriceAnswer.Line line = answer.lines().get(0);
            String what = line.quantity() == 1 ? name(snapshot, line.service())
                    : w.text("say.quantity", line.quantity(), name(snapshot, line.service()));
            return w.text("say.price.one", what, branch, w.money(answer.total()), includes, until);
        }
        return w.text("say.price.items", answer.lines().size(), branch, w.money(answer.total()), includes, until);
    }

    private static String promotions(CatalogSnapshot snapshot, PriceAnswer answer, Words w) {
        List<String> names = answer.lines().stream().flatMap(l -> l.promotions().stream())
                .map(p -> snapshot.promotions().stream().filter(known -> known.code().equals(p.code())).findFirst()
                        .map(Promotion::name).orElse(p.code().value()))
                .distinct().toList();
        return names.isEmpty() ? "" : w.text("say.includes.promotion", w.list(names));
    }

    /** A single bundle's components; a request of several lines says only its total. */
    private static String components(CatalogSnapshot snapshot, PriceAnswer answer, Words w) {
        if (answer.lines().size() != 1 || answer.lines().get(0).components().isEmpty()) {
            return "";
        }
        return w.text("say.includes.bundle", w.list(answer.lines().get(0).components().stream()
                .map(c -> c.quantity() == 1 ? name(snapshot, c.service())
                        : w.text("say.quantity", c.quantity(), name(snapshot, c.service())))
                .toList()));
    }

    private static String name(CatalogSnapshot snapshot, ServiceCode code) {
        return snapshot.service(code).map(Service::name).orElse(code.value());
    }
}

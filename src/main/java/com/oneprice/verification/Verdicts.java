package com.oneprice.verification;

import com.oneprice.pricing.Pricing;
import com.oneprice.pricing.engine.Money;
import com.oneprice.pricing.engine.ServiceCode;
import com.oneprice.verification.explanation.Explained;
import com.oneprice.verification.explanation.Reason;
import com.oneprice.verification.explanation.Verdict;
import com.oneprice.words.Words;

import java.util.List;

/** Verdicts and reasons in their JSON shape; the sentences are written here, in the reader's words. */
final class Verdicts {

    private Verdicts() {
    }

    /** {@code here} is the branch's name, {@code current} the authoritative total. */
    static VerifyAnswer.VerdictJson json(Verdict verdict, List<Reason> reasons, Honour honour, String quoteCode,
                                         String here, Money current, Words words) {
        return new VerifyAnswer.VerdictJson(verdict.status().name(), Pricing.json(verdict.quoted()),
                Pricing.json(verdict.difference()), reasons.stream().map(r -> json(r, words)).toList(),
                Pricing.json(honour.payable()), Pricing.json(honour.cost()), quoteCode,
                say(verdict, honour, here, current, words));
    }

    static VerifyAnswer.ReasonJson json(Reason reason, Words words) {
        Explained explained = reason.explained();
        return new VerifyAnswer.ReasonJson(reason.code(),
                reason.branch() == null ? null : reason.branch().value(),
                reason.promotion() == null ? null : reason.promotion().value(), reason.instant(),
                reason.services().stream().map(ServiceCode::value).toList(),
                explained == null ? null : explained.line(), explained == null ? null : money(explained.amount()),
                explained == null ? null : money(explained.difference()), Wording.sentence(reason, words));
    }

    /**
     * One sentence for the cashier or the operator: the quoted amount is right here; or what was quoted, what it is
     * here and the first reason's gist, and what the customer pays when that is not the price here.
     */
    static String say(Verdict verdict, Honour honour, String here, Money current, Words w) {
        if (verdict.status() == Verdict.Status.MATCH) {
            return w.text("say.verdict.match", w.money(verdict.quoted()), here);
        }
        String gist = verdict.reasons().isEmpty() ? w.text("gist.unexplained")
                : Wording.gist(verdict.reasons().get(0), w);
        return honour.payable().equals(current)
                ? w.text("say.verdict.mismatch", w.money(verdict.quoted()), w.money(current), gist)
                : w.text("say.verdict.honoured", w.money(verdict.quoted()), w.money(current), gist,
                        w.money(honour.payable()));
    }

    private static com.oneprice.platform.api.MoneyJson money(Money money) {
        return Pricing.json(money);
    }
}

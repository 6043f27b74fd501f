package com.oneprice.verification.explanation;

import com.oneprice.pricing.engine.PricingEngine;
import com.oneprice.pricing.engine.WhatIf;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * The quote was made at another moment: each instant within the lookback at which something these lines depend on
 * changed (nearest first, then the lookback's start), and the next change ahead. The moments are those of the whole
 * request, so that all of its lines are priced at the same ones.
 */
final class OtherMoments implements Rule {

    private static final Instant BEFORE_ANY_CHANGE = Instant.MIN;

    private Priced momentsOf;
    private List<Instant> moments;
    private List<TreeSet<Instant>> changesOfLine;

    @Override
    public boolean aboutContext() {
        return true;
    }

    @Override
    public List<Variant> variants(Situation situation, Priced priced, int line) {
        List<Variant> variants = new ArrayList<>();
        WhatIf base = priced.whatIf(line);
        List<Instant> all = moments(situation, priced);
        TreeSet<Instant> own = changesOfLine.get(line);
        for (Instant moment : all) {
            // between two changes of its own, a line prices the same at every moment
            Instant stretch = own.floor(moment);
            variants.add(new Variant(new Cause.OtherMoment(moment), base.atMoment(moment),
                    stretch == null ? BEFORE_ANY_CHANGE : stretch));
        }
        return variants;
    }

    private List<Instant> moments(Situation situation, Priced priced) {
        if (priced == momentsOf) {
            return moments;
        }
        Instant at = priced.whatIf(0).at();
        Instant earliest = at.minus(situation.options().lookback());
        TreeSet<Instant> past = new TreeSet<>(Comparator.reverseOrder());
        TreeSet<Instant> ahead = new TreeSet<>();
        List<TreeSet<Instant>> own = new ArrayList<>();
        for (WhatIf line : priced.whatIfs()) {
            TreeSet<Instant> changes = new TreeSet<>();
            PricingEngine.boundaries(situation.snapshot(), line.service(), line.branch(), line.channel(), true, t -> {
                changes.add(t);
                if (t.isAfter(at)) {
                    ahead.add(t);
                } else if (!t.isBefore(earliest) && t.isBefore(at)) {
                    past.add(t);
                }
            });
            own.add(changes);
        }
        changesOfLine = own;
        past.add(earliest);
        List<Instant> all = new ArrayList<>(past.size() + 1);
        if (!ahead.isEmpty()) {
            all.add(ahead.first());
        }
        all.addAll(past);
        momentsOf = priced;
        moments = all;
        return all;
    }
}

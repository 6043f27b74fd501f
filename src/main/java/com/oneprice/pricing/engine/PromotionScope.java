package com.oneprice.pricing.engine;

import java.util.Set;

/** Where a promotion applies; an empty set means all. */
public record PromotionScope(Set<BranchCode> branches, Set<ServiceCode> services, Set<String> categories,
                             Set<Channel> channels) {
    public PromotionScope {
        branches = Set.copyOf(branches);
        services = Set.copyOf(services);
        categories = Set.copyOf(categories);
        channels = Set.copyOf(channels);
    }

    public static PromotionScope everything() {
        return new PromotionScope(Set.of(), Set.of(), Set.of(), Set.of());
    }

    public boolean coversAllServices() {
        return services.isEmpty() && categories.isEmpty();
    }

    public boolean coversBranch(BranchCode branch) {
        return branches.isEmpty() || branches.contains(branch);
    }

    /** A request without a channel only gets promotions open to every channel. */
    public boolean coversChannel(Channel channel) {
        return channels.isEmpty() || (channel != null && channels.contains(channel));
    }

    public boolean coversService(Service service) {
        return coversAllServices() || services.contains(service.code()) || categories.contains(service.category());
    }
}

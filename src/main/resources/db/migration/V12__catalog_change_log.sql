-- What each catalog version changed, written by the write's own transaction (com.oneprice.catalog.CatalogChanges): a
-- branch, a service (with its compositions), a promotion, or the price history of one service at one branch (or
-- network-wide). A pricing snapshot follows a write by re-reading only those parts. A version with no row here (a
-- bulk load, a manual bump) or one that was pruned makes every instance reload its snapshot whole.
create table catalog_change (
    version bigint not null check (version > 0),
    part    text   not null check (part in ('branch', 'service', 'promotion', 'prices')),
    code    slug   not null, -- the branch, service or promotion; for prices, the service
    branch  slug,            -- prices only: the branch, null for the network-wide history
    check (part = 'prices' or branch is null),
    constraint catalog_change_once unique nulls not distinct (version, part, code, branch)
);

-- One price history, as a write reads it (its open entry, what the new entry would overlap): without it, that is a scan
-- of every entry of the branch, which grows with the catalog.
create index price_entry_history on price_entry (service_id, branch_id, valid_from);

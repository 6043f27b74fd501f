-- Other names customers use for a service ("МРТ колена", "knee MRI"): GET /services?q= finds a service by them as
-- by its name and code. At most 20, each 1 to 100 characters without surrounding spaces, none twice (ignoring case).
create function service_aliases_valid(aliases text[]) returns boolean language sql immutable as $$
    select cardinality(aliases) <= 20
       and coalesce(bool_and(a is not null and length(a) between 1 and 100 and a = btrim(a)), true)
       and count(distinct lower(a)) = count(*)
    from unnest(aliases) as a
$$;

alter table service
    add column aliases text[] not null default '{}',
    add constraint service_aliases_valid check (service_aliases_valid(aliases));

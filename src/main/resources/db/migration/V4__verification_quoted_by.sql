-- Who quoted the amount being verified: the issuer of a presented quote. A bare amount has no recorded author, so
-- the reports attribute it to the caller who verified it.
alter table verification add column quoted_by text;

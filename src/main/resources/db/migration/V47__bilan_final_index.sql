-- The retention job scans the ended bilans of each scheme, oldest end first.
create index if not exists bilan_scheme_final on bilan (scheme_id, final_at, id) where final_at is not null;

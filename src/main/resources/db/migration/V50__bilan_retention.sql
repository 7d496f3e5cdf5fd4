-- What the retention job did to each ended bilan: when the worker was told that its content would be destroyed,
-- and when it was. Administration only (dates); the bilan row and its history stay.
create table bilan_retention (
    bilan_id     uuid primary key references bilan (id),
    warned_at    timestamptz,
    destroyed_at timestamptz
);

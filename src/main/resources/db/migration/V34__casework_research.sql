-- The research log: occupations, trainings, sectors, labour law, interviews with professionals, job offers.
-- Title (or who was met), link and summary are encrypted; the category and the date are not content.
create table casework_research (
    id          uuid primary key,
    bilan_id    uuid        not null references bilan (id),
    category    varchar(20) not null,
    title       bytea       not null,
    link        bytea       not null,
    summary     bytea       not null,
    happened_on date        not null,
    author_id   uuid        not null,
    created_at  timestamptz not null
);
create index casework_research_bilan on casework_research (bilan_id, happened_on);

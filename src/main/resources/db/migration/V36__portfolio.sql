-- The skills portfolio of a bilan: experiences (work, volunteering, training, life) with their dates, and the
-- skills the worker draws from each. Titles, descriptions, skill names and evidence are content, encrypted under
-- the bilan's key; kinds, dates, levels and flags stay readable so pages can sort and group them.
create table portfolio_experience (
    id          uuid primary key,
    bilan_id    uuid        not null references bilan (id),
    kind        varchar(20) not null,
    started_on  date        not null,
    ended_on    date,
    title       bytea,
    description bytea,
    created_by  uuid        not null,
    created_at  timestamptz not null
);
create index portfolio_experience_bilan on portfolio_experience (bilan_id, started_on);

create table portfolio_skill (
    id            uuid primary key,
    bilan_id      uuid        not null references bilan (id),
    experience_id uuid        not null references portfolio_experience (id) on delete cascade,
    name          bytea,
    level         smallint    not null check (level between 1 and 4),
    nature        varchar(20) not null,
    transferable  boolean     not null,
    evidence      bytea,
    created_by    uuid        not null,
    created_at    timestamptz not null
);
create index portfolio_skill_bilan on portfolio_skill (bilan_id);

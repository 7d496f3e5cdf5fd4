-- Questionnaires an operator admin builds for their counsellors, on the same engine as the built-in instruments.
-- The draft is edited freely; publishing freezes it as a numbered version (an item bank in JSON), which is what
-- assignments refer to (instrument_assignment.instrument = code, instrument_version = version).
create table operator_questionnaire (
    id          uuid primary key,
    operator_id uuid        not null references operator (id),
    code        varchar(40) not null unique,
    draft       text        not null,
    published   int         not null default 0,
    created_at  timestamptz not null,
    updated_at  timestamptz not null
);
create index operator_questionnaire_operator on operator_questionnaire (operator_id);

create table operator_questionnaire_version (
    questionnaire_id uuid        not null references operator_questionnaire (id),
    version          int         not null,
    bank             text        not null,
    published_at     timestamptz not null,
    primary key (questionnaire_id, version)
);

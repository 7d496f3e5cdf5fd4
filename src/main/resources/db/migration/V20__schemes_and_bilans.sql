-- Schemes (dispositifs) as data. This first version carries what the journey needs; the entry issue adds the
-- full rule types. Each row is one version of a scheme; a bilan keeps the version it was requested under.
create table scheme (
    id                    uuid primary key,
    code                  varchar(60)  not null,
    version               int          not null,
    fund_id               uuid,
    name_fr               varchar(200) not null,
    name_nl               varchar(200) not null,
    name_en               varchar(200) not null,
    audience_fr           text         not null,
    audience_nl           text         not null,
    audience_en           text         not null,
    follow_up_interviews  int          not null check (follow_up_interviews between 0 and 2),
    signing_deadline_days int check (signing_deadline_days > 0),
    max_hours             numeric(5, 1),
    retention_months      int          not null check (retention_months >= 0),
    example               boolean      not null default false,
    active                boolean      not null default true,
    unique (code, version)
);

-- The three shipped examples, marked as examples: a fund officer edits their figures.
insert into scheme (id, code, version, name_fr, name_nl, name_en, audience_fr, audience_nl, audience_en,
                    follow_up_interviews, signing_deadline_days, max_hours, retention_months, example)
values
('6f1d2a8e-0a51-4c39-9d55-1a2b3c4d5e01', 'apef-febi', 1,
 'Bilan de compétences APEF / FE.BI', 'Competentiebalans APEF / FE.BI', 'Skills assessment APEF / FE.BI',
 'Pour les travailleuses et travailleurs des secteurs non marchands couverts par les fonds APEF et FE.BI qui veulent faire le point sur leur parcours. Les chiffres d''heures et de fréquence sont des exemples à adapter par le fonds.',
 'Voor werknemers uit de social-profitsectoren van de fondsen APEF en FE.BI die hun loopbaan in kaart willen brengen. De cijfers voor uren en frequentie zijn voorbeelden die het fonds aanpast.',
 'For workers in the non-profit sectors covered by the APEF and FE.BI funds who want to take stock of their career. The hour and frequency figures are examples for the fund to adjust.',
 2, null, 20.0, 12, true),
('6f1d2a8e-0a51-4c39-9d55-1a2b3c4d5e02', 'fr-bilan', 1,
 'Bilan de compétences (France)', 'Bilan de compétences (Frankrijk)', 'Bilan de compétences (France)',
 'Pour les salarié·es en France : au plus 24 heures, trois phases et un entretien de suivi facultatif. La convention tripartite doit être signée dans les 10 jours ; sans réponse, elle est considérée comme refusée.',
 'Voor werknemers in Frankrijk: hoogstens 24 uur, drie fasen en een facultatief opvolggesprek. De driepartijenovereenkomst moet binnen 10 dagen getekend zijn; zonder antwoord geldt ze als geweigerd.',
 'For employees in France: at most 24 hours, three phases and an optional follow-up interview. The tripartite agreement must be signed within 10 days; silence counts as refusal.',
 1, 10, 24.0, 12, true),
('6f1d2a8e-0a51-4c39-9d55-1a2b3c4d5e03', 'loopbaancheque', 1,
 'Chèque carrière (Flandre)', 'Loopbaancheque (Vlaanderen)', 'Career cheque (Flanders)',
 'Pour les travailleur·euses qui ont au moins 7 ans d''expérience professionnelle : 7 heures par période de 6 ans, en deux chèques (4 h puis 3 h), chacun avec un plan de développement personnel.',
 'Voor werkenden met minstens 7 jaar werkervaring: 7 uur per periode van 6 jaar, in twee cheques (4 uur en daarna 3 uur), telkens met een persoonlijk ontwikkelingsplan (POP).',
 'For workers with at least 7 years of work experience: 7 hours per 6-year period, in two cheques (4 h then 3 h), each with a personal development plan.',
 0, null, 7.0, 12, true);

-- The bilan aggregate: administration only (state, parties, dates). Its content lives in the feature modules,
-- encrypted under the bilan's own key.
create table bilan (
    id                     uuid primary key,
    worker_id              uuid        not null references account (id),
    scheme_id              uuid        not null references scheme (id),
    follow_up_interviews   int         not null,
    state                  varchar(30) not null,
    suspended_from         varchar(30),
    operator_id            uuid,
    counsellor_id          uuid references account (id),
    proposed_counsellor_id uuid references account (id),
    created_at             timestamptz not null,
    updated_at             timestamptz not null,
    final_at               timestamptz,
    version                bigint      not null default 0
);
create index bilan_worker on bilan (worker_id, created_at desc);
-- The lists of bilans (caseload, operator, fund) in each of their orders, at 100,000 bilans and more.
create index bilan_caseload on bilan (counsellor_id, updated_at desc, id) where counsellor_id is not null;
create index bilan_caseload_created on bilan (counsellor_id, created_at desc, id) where counsellor_id is not null;
create index bilan_operator on bilan (operator_id, updated_at desc, id) where operator_id is not null;
create index bilan_operator_created on bilan (operator_id, created_at desc, id) where operator_id is not null;
create index bilan_scheme on bilan (scheme_id, updated_at desc, id);
create index bilan_scheme_created on bilan (scheme_id, created_at desc, id);
create index bilan_state_created on bilan (state, created_at);

-- Who did what to a bilan, when and why. The reason is the person's own words: encrypted, content.
create table bilan_history (
    id         uuid primary key,
    seq        bigint generated always as identity,
    bilan_id   uuid        not null references bilan (id),
    kind       varchar(40) not null,
    from_state varchar(30),
    to_state   varchar(30),
    actor_id   uuid        not null,
    actor_role varchar(30) not null,
    reason     bytea,
    detail     varchar(200),
    at         timestamptz not null
);
create index bilan_history_bilan on bilan_history (bilan_id, at, seq);

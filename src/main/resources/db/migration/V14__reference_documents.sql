-- Reference content (PRODUCT.md §5): public texts, never bilan content. Every save is a new version; the
-- current one is the highest. The first versions ship as resource files (classpath:reference/), loaded at
-- start-up when a kind or a lexicon scheme has no version yet. author_id is null for shipped versions.
create table reference_document (
    kind       varchar(30) not null,
    version    integer     not null check (version > 0),
    author_id  uuid,
    saved_at   timestamptz not null,
    primary key (kind, version)
);

create table reference_document_text (
    kind     varchar(30)  not null,
    version  integer      not null,
    language varchar(5)   not null,
    body     text         not null,
    primary key (kind, version, language),
    foreign key (kind, version) references reference_document (kind, version)
);

-- One scheme of the lexicon of other schemes, per version: structured attributes the referral helper and the
-- pages use, and its texts per language.
create table lexicon_scheme (
    code              varchar(40)  not null,
    version           integer      not null check (version > 0),
    position          integer      not null,
    initiators        varchar(100) not null,
    results_to        varchar(100) not null,
    employer_involved boolean      not null,
    purpose           varchar(20)  not null,
    author_id         uuid,
    saved_at          timestamptz  not null,
    primary key (code, version)
);

create table lexicon_scheme_text (
    code        varchar(40)  not null,
    version     integer      not null,
    language    varchar(5)   not null,
    name        varchar(200) not null,
    description text         not null,
    situations  text         not null,
    contact     text         not null,
    primary key (code, version, language),
    foreign key (code, version) references lexicon_scheme (code, version)
);

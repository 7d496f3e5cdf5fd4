-- Written answers to free-text items (operators' questionnaires), encrypted under the bilan's key like the others.
alter table instrument_assignment add column text_answers bytea;

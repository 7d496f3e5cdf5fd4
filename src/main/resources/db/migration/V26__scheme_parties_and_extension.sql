-- The parties who sign a scheme's convention, how long the worker may agree to keep content after the bilan
-- (for follow-up), and which appraisal questionnaire the worker answers. Shared by the entry and conclusion work.
alter table scheme add column convention_parties varchar(100) not null default 'WORKER,OPERATOR,FUND';
alter table scheme add column extension_months int not null default 0 check (extension_months between 0 and 12);
alter table scheme add column appraisal_questionnaire varchar(60) not null default 'default';

-- The French convention is tripartite (employee, employer, provider); a kept file may be extended by a year.
update scheme set convention_parties = 'WORKER,EMPLOYER,OPERATOR', extension_months = 12 where code = 'fr-bilan';
-- The Flemish career cheque: the worker and the provider agree on the plan.
update scheme set convention_parties = 'WORKER,OPERATOR' where code = 'loopbaancheque';

package be.balise.assessment;

/** How a person stands to one bilan; the access matrix is written in these terms. */
enum Relation { WORKER, COUNSELLOR, OPERATOR_ADMIN, FUND_OFFICER }

package be.balise.identity;

import java.util.List;

/** One page of an account search; pages count from 0. */
record AccountPage(List<AccountSummary> accounts, int page, int lastPage, int total) {
}

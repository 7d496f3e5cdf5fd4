package be.balise.contract;

/** What the counsellor decides at the end of the first meeting; referral is its own action (module reference). */
public enum FirstMeetingDecision { CONTINUE }

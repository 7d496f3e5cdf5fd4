/**
 * The first meeting and what follows it: the record of information given and motives clarified, the referral
 * to another scheme, then (entry issue) the convention, the charter and the signatures.
 */
@org.springframework.modulith.ApplicationModule(displayName = "First meeting and convention")
package be.balise.contract;

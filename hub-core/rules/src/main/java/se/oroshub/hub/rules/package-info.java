/**
 * The hub's pure rules: routing, triage, the feedback policy, deadlines, linking of reports about the same child,
 * the audit chain, and the authorities over status events and clearing decisions. Plain functions over immutable
 * inputs, with no Spring and no Kafka (the module's dependencies allow neither). Time is always passed in, never read
 * from the system clock. Statutory references live in the contracts' {@link se.oroshub.schemas.law.Statute}; receipts
 * are built by the contracts' {@code Receipts}.
 *
 * <p>{@code RulesArchitectureTest} checks the boundaries every module keeps (here: no Spring, no Kafka, no test
 * fixtures, no cycle between the rule packages); {@code RulesBoundaryTest} those only the rules have: they depend on
 * the contracts alone, never read the clock and hold no mutable static state.
 */
package se.oroshub.hub.rules;

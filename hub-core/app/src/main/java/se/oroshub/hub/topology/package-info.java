/**
 * The hub topology, built by {@link se.oroshub.hub.topology.HubTopology#build}. Two sub-topologies, each keyed so
 * that the state it needs lives in one task:
 *
 * <pre>
 * A  key = report id
 *    CONNECTOR_INTAKE.*  (bytes)           ─► intake-decide ───┐  stores: report-ledger, deadline-clocks,
 *    MUNICIPALITY_STATUS_EVENTS.* (bytes)  ─► status-decide ───┤  deadline-due-index, intake-audit-heads,
 *    CLEARING_DECISIONS (bytes)            ─► clearing-decide ─┤  waiting-in-clearing
 *                                            │  (status-decide also schedules the wall-clock DeadlinePunctuator)
 *                                            ├─► CONNECTOR_RECEIPTS.of(connector)        (provisioned on first use)
 *                                            ├─► DEAD_LETTER, CLEARING, CLEARING_OVERDUE
 *                                            ├─► MUNICIPALITY_DEVIATIONS.of(code)          (provisioned on first use)
 *                                            ├─► ORGANISATION_FEEDBACK of the organisation (provisioned on first use)
 *                                            ├─► oroshub.audit, key = chain (owner/intake-partition)
 *                                            └─► repartition link-by-child ───────────► B
 * B  key = municipality + child pseudonym
 *    link-earlier-reports (stores: child-links, linking-audit-heads)
 *                                            ├─► MUNICIPALITY_REPORTS.of(code), key = report id
 *                                            ├─► AFTER_HOURS_REPORTS.of(destination), acute outside office hours
 *                                            └─► oroshub.audit, key = chain (owner/linking-partition)
 * </pre>
 *
 * <p>Why this shape:
 * <ul>
 *   <li>Intake and status events are read as raw bytes and decoded in the processor
 *       ({@link se.oroshub.hub.topology.WireDecoder}), so an undecodable record, an unknown schema id or another
 *       record type becomes a dead letter with a stable reason instead of a deserialization failure that would stop
 *       the partition. The same reason codes as the validator's ({@code RejectionReason}) are used throughout.</li>
 *   <li>The hub reads one intake topic per connector deployment and one status-event topic per municipality,
 *       because the sender of a record is known only from the topic the broker let it write: a connector may write
 *       its own intake topic only, a municipality its own status-event topic only. The processors take the sender
 *       from the topic name and refuse a record that claims another
 *       ({@link se.oroshub.hub.rules.origin.IntakeOriginAuthority}, the status authority). The topics are named
 *       in the configuration (the connectors with a mandate, the municipalities that send status events), not
 *       found by pattern: a fixed set of source topics gives every instance the same topology.</li>
 *   <li>Every intake topic, every status-event topic and CLEARING_DECISIONS are keyed by report id and have the same
 *       partition count ({@code Topics.REPORT_PARTITIONS}), and their processors share the ledger and clock stores, so Kafka Streams places them in one sub-topology: a
 *       status event or a person's clearing decision meets the state of its report in the same task. A report in
 *       clearing waits in the {@code waiting-in-clearing} store until a decision routes it, under a clearing clock
 *       whose alarm goes to CLEARING_OVERDUE. The intake processor refuses a record whose key is not its report id,
 *       because such a report could never be reached by its status events.</li>
 *   <li>Linking needs every report about one child at one municipality in one task, hence the repartition by
 *       (municipality, keyed pseudonym). The pseudonym is per municipality, so the key never holds the identity
 *       number and one municipality's entries can never list another's reports. Reports without a usable identity
 *       number take the same path under a per-report key and pass through unlinked, so every routed report reaches
 *       its municipality from one place.</li>
 *   <li>Each audit chain must have one writer. Every task keeps its own chain per owner (a municipality, or the hub
 *       for decisions before routing), {@code owner/segment-partition} ({@link se.oroshub.hub.topology.AuditTrail}),
 *       and appends in the transaction that takes the decision. No audit record crosses a repartition, and no chain
 *       funnels every decision of the hub through one task: the audit scales with the partitions. An owner's trail
 *       is the union of its chains, each verifiable on its own.</li>
 *   <li>Topics of municipalities, after-hours services and organisations are created on first use
 *       ({@link se.oroshub.hub.topology.TopicProvisioning}), since broker auto-creation is off.</li>
 *   <li>Outputs are fresh records: no header of an input record travels on, so nothing but the value reaches a
 *       reporter's topic.</li>
 *   <li>All state is in changelogged stores and the application runs with {@code exactly_once_v2}: outputs, state
 *       changes and input offsets commit together, so a restarted or moved instance resumes without duplicates or
 *       loss. Deadline checks run on wall-clock time and read only due clocks (an index by next check time);
 *       every deviation is emitted once because the clock records it as emitted in the same transaction.</li>
 * </ul>
 *
 * <p>Every rule is decided by {@code se.oroshub.hub.rules} (routing, triage, deadlines, linking, status authority,
 * clearing authority, feedback policy, receipts, audit chain) or by the shared {@code ConcernReportValidator}; the
 * processors decode, look up state, call the rule and forward its outcome. Each rule the topology enforces has a
 * TopologyTestDriver test named after it: {@code RoutingTest}, {@code TriageTest}, {@code LinkingTest},
 * {@code LawfulFeedbackTest}, {@code FeedbackNeverExceedsThePermittedTest}, {@code StatusAuthorityTest},
 * {@code ClearingTest}, {@code SenderIdentityTest}, {@code DeadlineDeviationTest}, {@code IdempotenceTest}, {@code DeadLetterTest} and
 * {@code AuditChainTest}.
 */
package se.oroshub.hub.topology;

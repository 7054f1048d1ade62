/**
 * The watched transfer directory: the secure-file-transfer pattern, in which the police's transfer client writes files
 * into a directory this connector polls ({@link se.oroshub.connector.police.dropdir.DropDirectoryWatcher}), and
 * collects the receipts and the permitted feedback this connector writes into the outbox.
 *
 * <h2>Layout and protocol</h2>
 * <pre>
 * root/                      oroshub.connector.police.directory.root
 *   inbox/                   the sender's: completed documents appear here as *.xml
 *   processing/              taken from the inbox, not yet settled
 *   rejected/                invalid documents, each with &lt;name&gt;.reason.txt (line, column, element, code, message)
 *   accepted/                accepted documents with &lt;name&gt;.receipt.xml, only when keep-accepted=true
 *   outbox/                  oroshub.connector.police.directory.outbox (default root/outbox; may lie elsewhere),
 *                            for the sender:
 *     &lt;reportId&gt;.receipt.xml                       the receipt of every accepted document (police-receipt-1.xsd)
 *     &lt;reportId&gt;.feedback.&lt;notificationId&gt;.xml   each permitted notification on those reports (police-feedback-1.xsd)
 *   outbox-ledger.txt        which reports came through this directory and which notifications were written
 *   .watcher.lock            held by the one connector process that owns the directory
 * </pre>
 *
 * <ol>
 *   <li><b>Completion.</b> The sender writes {@code name.xml.part} and renames it to {@code name.xml} when the file is
 *       complete (the usual SFTP upload convention; a rename within a directory is atomic). The watcher reads only
 *       {@code *.xml}, so it never sees a half-written document. No size or time heuristics are involved.</li>
 *   <li><b>Claim.</b> Each poll takes up to {@code max-files-per-poll} documents, oldest first, moves each to
 *       {@code processing/} with an atomic rename before reading it, and stamps the file's modification time with the
 *       moment of the claim. That moment is the report's {@code submittedAt}.</li>
 *   <li><b>Submit.</b> The document goes to the same intake as HTTP documents. Its report id is derived from the
 *       sending unit and the document id, and its {@code submittedAt} is read from the file, so every submission of
 *       the file is the identical report: same id, same content, same digest.</li>
 *   <li><b>Settle.</b> Accepted: only after the broker's durable acknowledgement is the receipt written to the
 *       outbox and then the file deleted (or moved to {@code accepted/} with a copy of its receipt). Rejected: the
 *       reason file is written (to a temporary name, then renamed) and the document moved to {@code rejected/}; a
 *       name already taken there gets {@code -2}, {@code -3}, ....
 *       Broker not acknowledging: the document stays in {@code processing/}, the round stops, and the next round
 *       starts with it.</li>
 *   <li><b>Feedback.</b> At the end of every poll, each notification social services let through (OPENED, NOT_OPENED
 *       or ALREADY_ONGOING with its date; nothing else exists to be written) on a report accepted through this
 *       directory is written to the outbox once. Reports sent over HTTP get their feedback over HTTP only.</li>
 * </ol>
 *
 * <h2>The outbox</h2>
 * Every file appears whole: it is written to a hidden {@code .<name>.tmp} in the outbox and renamed. The collecting
 * side takes {@code *.xml} files only, and may delete or move them once collected. File names consist of the report id
 * (derived from the sending unit and the document id, see {@link se.oroshub.connector.police.document.ReportIds}) and
 * the hub's notification id, never of anything a document contains. The same receipt or notification always has the
 * same name and content, so a file written again (after a crash between writing it and recording it) is recognised
 * by name. A notification recorded in the ledger is not written again after it was collected, nor after a restart,
 * when the feedback topic is read from the beginning. The feedback is secret at the reporter's organisation too: the
 * outbox belongs to the transfer channel of the units this deployment reports for and to no one else.
 *
 * <h2>Why a crash or a restart loses nothing and duplicates nothing</h2>
 * Every round begins by submitting whatever is in {@code processing/}, so a restarted connector first finishes what a
 * killed one left. A started watcher takes nothing until the reporting module's inbox has read the receipts topic to
 * its end, so a document the police send again after a restart is recognised by its earlier receipt (once the hub has
 * published it there) instead of being published with a new {@code submittedAt}, a conflicting duplicate. Stopping (closing the application) lets the
 * document in flight settle, takes no further one, and releases the lock only after the poll has ended, so the next
 * watcher never works beside it. Consider where a kill can land:
 * <ul>
 *   <li>Before the move to {@code processing/}: the file is still in the inbox and is taken as usual.</li>
 *   <li>After the move, before the broker acknowledged: nothing was accepted; the file is in {@code processing/} and is
 *       submitted on restart. Nothing is lost, and the report reaches the intake once.</li>
 *   <li>After the acknowledgement, before the file was deleted or moved (writing the receipt, then one file
 *       operation): the
 *       report is on the intake topic and the file is still in {@code processing/}, so it is submitted again on
 *       restart. When the connector already knows the report's receipt (the reporting module's inbox: receipts this
 *       process issued and those on the receipts topic), it returns that receipt and publishes nothing. Otherwise
 *       it publishes the identical report again (derived id, {@code submittedAt} from the file), which the hub
 *       recognises by report id and digest as a duplicate: it is ignored, the same receipt is issued again, and
 *       social services receive the report once.</li>
 *   <li>While writing a reason file or the receipt: the file is still in {@code processing/}, is submitted again on
 *       restart and the reason or receipt is rewritten whole (temporary name, then rename), so no half-written one
 *       remains.</li>
 * </ul>
 * A file is therefore removed from {@code processing/} only after its outcome is durable: acknowledged by the broker
 * with its receipt in the outbox, or recorded in {@code rejected/}. Moves are renames inside one file system, so a
 * file is always in exactly one place.
 *
 * <p>One process owns a directory (the lock file); two would both resubmit {@code processing/} and race for files.
 * Scale by giving each instance its own transfer directory. Guarded by {@code DropDirectoryWatcherTest},
 * {@code TransferOutboxTest} and {@code TransferDirectoryRestartIT}.
 */
package se.oroshub.connector.police.dropdir;

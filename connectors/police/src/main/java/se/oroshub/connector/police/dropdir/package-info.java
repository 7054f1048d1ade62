/**
 * The watched transfer directory: the secure-file-transfer pattern, in which the police's transfer client writes files
 * into a directory this connector polls ({@link se.oroshub.connector.police.dropdir.DropDirectoryWatcher}).
 *
 * <h2>Layout and protocol</h2>
 * <pre>
 * root/
 *   inbox/        the sender's: completed documents appear here as *.xml
 *   processing/   taken from the inbox, not yet settled
 *   rejected/     invalid documents, each with &lt;name&gt;.reason.txt (line, column, element, code, message)
 *   accepted/     accepted documents with &lt;name&gt;.receipt.xml, only when oroshub.police.directory.keep-accepted=true
 *   .watcher.lock held by the one connector process that owns the directory
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
 *   <li><b>Settle.</b> Accepted: only after the broker's durable acknowledgement is the file deleted (or moved to
 *       {@code accepted/} with its receipt). Rejected: the reason file is written (to a temporary name, then renamed)
 *       and the document moved to {@code rejected/}; a name already taken there gets {@code -2}, {@code -3}, ....
 *       Broker not acknowledging: the document stays in {@code processing/}, the round stops, and the next round
 *       starts with it.</li>
 * </ol>
 *
 * <h2>Why a crash loses nothing and duplicates nothing</h2>
 * Every round begins by submitting whatever is in {@code processing/}, so a restarted connector first finishes what a
 * killed one left. Consider where the kill can land:
 * <ul>
 *   <li>Before the move to {@code processing/}: the file is still in the inbox and is taken as usual.</li>
 *   <li>After the move, before the broker acknowledged: nothing was accepted; the file is in {@code processing/} and is
 *       submitted on restart. Nothing is lost, and the report reaches the intake once.</li>
 *   <li>After the acknowledgement, before the file was deleted or moved (a window of one file operation): the
 *       report is on the intake topic and the file is still in {@code processing/}, so it is submitted again on
 *       restart. When the connector already knows the report's receipt (the support module's inbox: receipts this
 *       process issued and those on the receipts topic), it returns that receipt and publishes nothing. Otherwise
 *       it publishes the identical report again (derived id, {@code submittedAt} from the file), which the hub
 *       recognises by report id and digest as a duplicate: it is ignored, the same receipt is issued again, and
 *       social services receive the report once.</li>
 *   <li>While writing a reason file: the file is still in {@code processing/}, is validated again on restart and the
 *       reason file is rewritten whole (temporary name, then rename), so no half-written reason remains.</li>
 * </ul>
 * A file is therefore removed from {@code processing/} only after its outcome is durable: acknowledged by the broker,
 * or recorded in {@code rejected/}. Moves are renames inside one file system, so a file is always in exactly one
 * place.
 *
 * <p>One process owns a directory (the lock file); two would both resubmit {@code processing/} and race for files.
 * Scale by giving each instance its own transfer directory.
 */
package se.oroshub.connector.police.dropdir;

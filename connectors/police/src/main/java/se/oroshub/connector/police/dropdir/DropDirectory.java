package se.oroshub.connector.police.dropdir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The layout of a transfer directory: {@code inbox/} (the sender's), {@code processing/}, {@code rejected/} and
 * {@code accepted/} (this connector's), all under one root so that every move between them is an atomic rename; and
 * the outbox, where this connector writes receipts and feedback for the other side of the transfer channel to collect.
 *
 * @param root   the directory holding the four
 * @param outbox where receipts and feedback are written; {@code root/outbox} when {@code null}. May lie elsewhere
 *               (the transfer channel's outgoing directory): every file is written to a temporary name in the outbox
 *               itself and then renamed, so it appears whole
 */
public record DropDirectory(Path root, Path outbox) {

    public DropDirectory {
        Objects.requireNonNull(root, "root");
        root = root.toAbsolutePath().normalize();
        outbox = (outbox == null ? root.resolve("outbox") : outbox)
                .toAbsolutePath()
                .normalize();
    }

    /** A transfer directory with its outbox at {@code root/outbox}. */
    public DropDirectory(Path root) {
        this(root, null);
    }

    /** Where the sender's completed documents appear. */
    public Path inbox() {
        return root.resolve("inbox");
    }

    /** Documents taken from the inbox and not yet acknowledged by the broker or rejected. */
    public Path processing() {
        return root.resolve("processing");
    }

    /** Documents that failed validation, each with a {@code <name>.reason.txt} beside it. */
    public Path rejected() {
        return root.resolve("rejected");
    }

    /** Accepted documents with their {@code <name>.receipt.xml}, when they are kept. */
    public Path accepted() {
        return root.resolve("accepted");
    }

    /**
     * This connector's record of what it put in the outbox: the reports accepted through this directory (whose
     * feedback goes to the outbox) and the notifications already written, so a collected file is never written again.
     */
    public Path outboxLedger() {
        return root.resolve("outbox-ledger.txt");
    }

    /** Creates the directories where missing. */
    public DropDirectory create() {
        try {
            for (Path dir : new Path[] {inbox(), processing(), rejected(), accepted(), outbox}) {
                Files.createDirectories(dir);
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("could not create the transfer directories under " + root, e);
        }
    }
}

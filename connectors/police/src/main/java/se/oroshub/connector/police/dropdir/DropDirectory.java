package se.oroshub.connector.police.dropdir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The layout of a transfer directory: {@code inbox/} (the sender's), {@code processing/}, {@code rejected/} and
 * {@code accepted/} (this connector's), all under one root so that every move between them is an atomic rename.
 *
 * @param root the directory holding the four
 */
public record DropDirectory(Path root) {

    public DropDirectory {
        Objects.requireNonNull(root, "root");
        root = root.toAbsolutePath().normalize();
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

    /** Creates the four directories where missing. */
    public DropDirectory create() {
        try {
            for (Path dir : new Path[] {inbox(), processing(), rejected(), accepted()}) {
                Files.createDirectories(dir);
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("could not create the transfer directories under " + root, e);
        }
    }
}

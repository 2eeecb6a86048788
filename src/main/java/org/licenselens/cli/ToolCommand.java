package org.licenselens.cli;

import java.util.concurrent.Callable;

/**
 * A developer tool's subcommand ({@code bench}, {@code selfcheck}, {@code train}), built apart from the product in
 * {@code src/tools/java} and found with {@link java.util.ServiceLoader}: {@link Main} adds every one listed in a
 * {@code META-INF/services/org.licenselens.cli.ToolCommand} on the class path. The product jar has none; the
 * launcher adds {@code licenselens-tools.jar}, which has them all.
 *
 * <p>An implementation is a public picocli {@code @Command} class with a public no-argument constructor, and returns
 * its exit code from {@link #call} (only {@link Main} exits).
 */
public interface ToolCommand extends Callable<Integer> {}

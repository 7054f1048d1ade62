/**
 * What the hub's command-line tools share ({@link se.oroshub.hub.cli.CommandOptions}): the audit verification
 * ({@code --verify-audit}) and the clearing tools ({@code --list-clearing}, {@code --route-clearing}): the options, and
 * reading a topic to its end, with a secured cluster's client settings from {@code --command-config}
 * ({@code CommandOptionsTest}). Exercised through those tools by {@code ClearingIT} and {@code RestartMidStreamIT}.
 */
package se.oroshub.hub.cli;

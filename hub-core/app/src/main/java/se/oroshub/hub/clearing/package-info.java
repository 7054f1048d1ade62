/**
 * The clearing desk's command-line tools ({@link se.oroshub.hub.clearing.ClearingCommand}): list the reports whose
 * municipality the hub could not decide, and publish a person's decision that routes one of them. {@code ClearingIT}
 * runs both as an operator does, against the real broker; how the hub applies a decision is the topology's
 * {@code ClearingTest}.
 */
package se.oroshub.hub.clearing;

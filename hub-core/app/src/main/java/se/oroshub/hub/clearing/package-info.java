/**
 * The clearing desk's command-line tools ({@link se.oroshub.hub.clearing.ClearingCommand}): list the reports whose
 * municipality the hub could not decide, and publish a person's decision that routes one of them.
 */
package se.oroshub.hub.clearing;

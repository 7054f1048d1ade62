/**
 * The inbox for municipalities without an integrated case-management system. The state lives in memory and is
 * rebuilt from the topics on every start (the municipality's report topic, kept forever, and the status events
 * topic), so a restart loses nothing; the page's actions publish the same status events as the HTTP API. Note that
 * the status events topic keeps 30 days: a report older than that is shown again without the events recorded for it.
 * Tested in {@code InboxStoreTest}, {@code InboxControllerTest}, {@code SocialServicesConnectorIT} and, in headless
 * Chromium, {@code InboxBrowserIT}.
 */
package se.oroshub.connector.socialservices.inbox;

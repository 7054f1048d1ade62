/**
 * The staff pages, server-rendered in Swedish and accessible
 * ({@link se.oroshub.connector.school.web.StaffPagesController}): the report form ({@code /anmalan}) with its errors
 * next to each field, the receipt, and "Mina anmälningar" ({@code /mina-anmalningar}), signed in with a form and
 * protected against CSRF. Tested in {@code StaffPagesTest},
 * {@code FormErrorsTest} and, in headless Chromium, {@code SchoolPagesBrowserIT}.
 */
package se.oroshub.connector.school.web;

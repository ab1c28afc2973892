/**
 * The {@code domains} plugin: {@link org.virtfx.ui.domains.DomainsPlugin} (entry),
 * {@link org.virtfx.ui.domains.DomainListViewModel} (state and commands, no nodes) and
 * {@link org.virtfx.ui.domains.DomainListView} (nodes only).
 */
package org.virtfx.ui.domains;

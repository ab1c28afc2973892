/**
 * The {@code domains} plugin: {@link org.virtfx.ui.domains.DomainsPlugin} (entry),
 * {@link org.virtfx.ui.domains.DomainListViewModel} (state and commands, no nodes) and
 * {@link org.virtfx.ui.domains.DomainListView} (nodes only). The actions: DomainActions (the
 * PluginActions), DomainCommand (lifecycle commands), BulkRun (one command on many machines),
 * DeleteFlow with DomainDisks, StorageDeletion and Undefine (Delete), Confirmations, and the
 * dialogs behind Prompts (FxPrompts, DeleteDialog, ResultsDialog).
 */
package org.virtfx.ui.domains;

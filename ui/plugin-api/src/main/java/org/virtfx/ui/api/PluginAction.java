package org.virtfx.ui.api;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.input.KeyCombination;

/**
 * A command a plugin contributes, shown by the host as a menu item, a toolbar button and a
 * context-menu item as its {@link #placement()} asks. The host keeps them enabled and disabled
 * with {@link #enabled()}.
 *
 * <p>An action may be checkable (a View-menu switch, for instance): it then has a
 * {@link #selected()} property, which the nodes showing it (a check menu item) follow and set.
 *
 * <p>Made with {@link #builder(String)}.
 *
 * @since 0.1
 */
public final class PluginAction {

    /**
     * Where an action appears.
     *
     * @param menu the title of the menu-bar menu it goes in (e.g. {@code Virtual Machine}), or empty
     * @param toolbar whether it has a toolbar button
     * @param contextMenu whether it is in the context menu of the views that select domains
     */
    public record Placement(Optional<String> menu, boolean toolbar, boolean contextMenu) {
    }

    private final String id;
    private final String text;
    private final ObservableStringValue textWhen;
    private final String submenu;
    private final String description;
    private final Supplier<Node> graphic;
    private final KeyCombination accelerator;
    private final Placement placement;
    private final int order;
    private final ObservableBooleanValue enabled;
    private final Runnable handler;
    private final BooleanProperty selected;

    private PluginAction(Builder b) {
        this.id = b.id;
        this.text = Objects.requireNonNull(b.text, "text");
        this.textWhen = b.textWhen;
        this.submenu = b.submenu;
        this.description = b.description == null ? b.text : b.description;
        this.graphic = b.graphic;
        this.accelerator = b.accelerator;
        this.placement = new Placement(Optional.ofNullable(b.menu), b.toolbar, b.contextMenu);
        this.order = b.order;
        this.enabled = b.enabled;
        this.selected = b.selected;
        // A switch needs no handler: its effect is the change of its selected property.
        this.handler = b.handler == null && b.selected != null ? () -> { } : Objects.requireNonNull(b.handler, "handler");
    }

    /**
     * Starts building an action.
     *
     * @param id a unique id, prefixed with the plugin id (e.g. {@code domains.run})
     * @return the builder
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** @return the action's id */
    public String id() {
        return id;
    }

    /** @return the label now, with {@code _} before the mnemonic letter */
    public String text() {
        return textWhen == null ? text : textWhen.get();
    }

    /**
     * @return the label as it changes (e.g. Run becoming Restore), or empty when it never
     *     changes; shown nodes bind their text to it
     */
    public Optional<ObservableStringValue> textValue() {
        return Optional.ofNullable(textWhen);
    }

    /**
     * @return the title of the group the action belongs to (e.g. {@code Shut Down}): a submenu
     *     of its menu and of context menus, and a menu button in the toolbar; or empty
     */
    public Optional<String> submenu() {
        return Optional.ofNullable(submenu);
    }

    /** @return the tooltip text */
    public String description() {
        return description;
    }

    /** @return a new graphic node for each place that shows the action, if it has one */
    public Optional<Node> newGraphic() {
        return graphic == null ? Optional.empty() : Optional.ofNullable(graphic.get());
    }

    /** @return the keyboard shortcut, if any */
    public Optional<KeyCombination> accelerator() {
        return Optional.ofNullable(accelerator);
    }

    /** @return where the action appears */
    public Placement placement() {
        return placement;
    }

    /** @return position among the actions of its menu and of the toolbar; lower first */
    public int order() {
        return order;
    }

    /** @return whether the action can run now */
    public ObservableBooleanValue enabled() {
        return enabled;
    }

    /**
     * @return for a checkable action, whether it is on: the node that shows the action toggles it
     *     before {@link #run()}; empty for a plain command
     * @since 0.2
     */
    public Optional<BooleanProperty> selected() {
        return Optional.ofNullable(selected);
    }

    /** Runs the action; the host calls it only while {@link #enabled()} is true. */
    public void run() {
        if (enabled.get()) {
            handler.run();
        }
    }

    /** Builds a {@link PluginAction}. */
    public static final class Builder {
        private final String id;
        private String text;
        private ObservableStringValue textWhen;
        private String submenu;
        private String description;
        private Supplier<Node> graphic;
        private KeyCombination accelerator;
        private String menu;
        private boolean toolbar;
        private boolean contextMenu;
        private int order = 100;
        private ObservableBooleanValue enabled = Bindings.createBooleanBinding(() -> true);
        private Runnable handler;
        private BooleanProperty selected;

        private Builder(String id) {
            this.id = Objects.requireNonNull(id, "id");
        }

        /** @param value the label, with {@code _} before the mnemonic @return this */
        public Builder text(String value) {
            this.text = value;
            return this;
        }

        /**
         * @param value the label as it changes, with {@code _} before the mnemonic; {@link
         *     #text(String)} is still required, as the label of places that cannot follow it
         * @return this
         */
        public Builder textWhen(ObservableStringValue value) {
            this.textWhen = value;
            return this;
        }

        /** @param title the group (submenu, toolbar menu button) the action is in @return this */
        public Builder submenu(String title) {
            this.submenu = title;
            return this;
        }

        /** @param value the tooltip @return this */
        public Builder description(String value) {
            this.description = value;
            return this;
        }

        /** @param value makes a new graphic each time one is shown @return this */
        public Builder graphic(Supplier<Node> value) {
            this.graphic = value;
            return this;
        }

        /** @param value the keyboard shortcut @return this */
        public Builder accelerator(KeyCombination value) {
            this.accelerator = value;
            return this;
        }

        /** @param title the menu-bar menu to appear in @return this */
        public Builder inMenu(String title) {
            this.menu = title;
            return this;
        }

        /** @return this, with a toolbar button */
        public Builder inToolbar() {
            this.toolbar = true;
            return this;
        }

        /** @return this, in context menus */
        public Builder inContextMenu() {
            this.contextMenu = true;
            return this;
        }

        /** @param value position; lower first @return this */
        public Builder order(int value) {
            this.order = value;
            return this;
        }

        /** @param value when the action can run @return this */
        public Builder enabledWhen(ObservableBooleanValue value) {
            this.enabled = Objects.requireNonNull(value);
            return this;
        }

        /** @param value what the action does, on the JavaFX thread @return this */
        public Builder onAction(Runnable value) {
            this.handler = value;
            return this;
        }

        /**
         * Makes the action checkable; then {@link #onAction} is optional.
         *
         * @param value whether it is on; shown and set by the nodes that show the action
         * @return this
         * @since 0.2
         */
        public Builder selected(BooleanProperty value) {
            this.selected = Objects.requireNonNull(value);
            return this;
        }

        /** @return the action */
        public PluginAction build() {
            return new PluginAction(this);
        }
    }
}

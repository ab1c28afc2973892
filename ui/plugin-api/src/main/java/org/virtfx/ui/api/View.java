package org.virtfx.ui.api;

import javafx.scene.Node;

/**
 * A page or panel a plugin contributes, created lazily when first shown.
 *
 * <p>{@link #close()} releases everything the view took: listeners on shared models,
 * subscriptions, pending work. It is idempotent. JavaFX's {@code Subscription.combine} keeps the
 * bookkeeping short.
 *
 * @since 0.1
 */
@FxThread
public interface View extends AutoCloseable {

    /**
     * Returns the view's root node; the same node on every call.
     *
     * @return the node
     */
    Node node();

    /** Called when the view becomes visible. */
    default void onShown() {
    }

    /** Called when the view is hidden; a hidden view should stop refreshing what nobody sees. */
    default void onHidden() {
    }

    /** Releases what the view holds; idempotent. */
    @Override
    void close();
}

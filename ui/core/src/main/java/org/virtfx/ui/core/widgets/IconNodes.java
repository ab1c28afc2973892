package org.virtfx.ui.core.widgets;

import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.shape.SVGPath;
import javafx.scene.transform.Scale;
import org.virtfx.icons.Icon;

/**
 * Turns {@link Icon} data into JavaFX nodes. Colours come from the stylesheet
 * ({@link #STYLESHEET}): each tone is a looked-up colour that the theme can redefine.
 */
public final class IconNodes {
    /** The stylesheet that colours icons and styles shared widgets; add it to each scene. */
    public static final String STYLESHEET = IconNodes.class.getResource("/org/virtfx/ui/core/virtfx-core.css")
            .toExternalForm();

    private IconNodes() {
    }

    /**
     * Creates a node showing an icon.
     *
     * @param icon the icon
     * @param size the width and height in pixels, e.g. 16 or 24
     * @return a new node of exactly that size
     */
    public static Node create(Icon icon, double size) {
        SVGPath path = new SVGPath();
        path.setContent(icon.svgPath());
        path.getStyleClass().addAll("vfx-icon-shape", "tone-" + icon.tone().name().toLowerCase(Locale.ROOT));
        double scale = size / Icon.VIEW_BOX;
        path.getTransforms().add(new Scale(scale, scale, 0, 0));
        // A Pane leaves its children where they are, so the view box maps onto the pane exactly.
        Pane box = new Pane(path);
        box.getStyleClass().add("vfx-icon");
        box.setMinSize(size, size);
        box.setPrefSize(size, size);
        box.setMaxSize(size, size);
        box.setAccessibleText(icon.description());
        return box;
    }
}

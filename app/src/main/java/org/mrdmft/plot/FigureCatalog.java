package org.mrdmft.plot;

import java.util.List;
import java.util.Optional;

/** The figures {@code mrdmft figure} knows, in the order {@code --list} shows them. */
public final class FigureCatalog {
    private static final List<PaperFigure> FIGURES = List.of(new Fig3Figure(), new Fig4Figure(),
            new Fig4aFigure(), new Fig4bFigure(), new Fig4cFigure(), new Fig5Figure(), new RoutingPhaseFigure(),
            new PolytopeFigure(), new Fig6Figure(), new LyapunovFigure(), new FiveRegionFigure(),
            new InputSwitchFigure());

    private FigureCatalog() {
    }

    public static List<PaperFigure> all() {
        return FIGURES;
    }

    public static Optional<PaperFigure> named(String name) {
        return FIGURES.stream().filter(f -> f.name().equals(name)).findFirst();
    }
}

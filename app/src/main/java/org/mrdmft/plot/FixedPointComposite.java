package org.mrdmft.plot;

import java.util.ArrayList;
import java.util.List;
import org.mrdmft.figures.FixedPointCase;
import org.mrdmft.plot.style.Panel;
import org.mrdmft.plot.style.PaperSize;

/**
 * The composite of the fixed-point cases of fig3 and fig4c as the paper lays them out: one column per case, headed
 * by its name; top to bottom the loop strengths per region, the currents S^{μν}(t), the final current matrix and
 * the row norms against the theory.
 */
final class FixedPointComposite {
    private FixedPointComposite() {
    }

    /** The page of {@code cases} (in order), theory legend {@code theory}. */
    static PanelGrid of(List<FixedPointCase> cases, String theory) {
        PanelGrid.Builder grid = PanelGrid.ofWidth(PaperSize.PAGE_WIDTH);
        rows(grid, cases, theory, true);
        return grid.build();
    }

    /**
     * Adds the case columns to {@code grid}: a heading row, then parameters (when {@code parameters}), currents,
     * final matrix and row norms.
     */
    static void rows(PanelGrid.Builder grid, List<FixedPointCase> cases, String theory, boolean parameters) {
        List<PanelGrid.Cell> headings = new ArrayList<>();
        List<Panel> params = new ArrayList<>();
        List<Panel> currents = new ArrayList<>();
        List<Panel> matrices = new ArrayList<>();
        List<Panel> norms = new ArrayList<>();
        for (FixedPointCase c : cases) {
            FixedPointCasePanels panels = new FixedPointCasePanels(c, theory);
            headings.add(PanelGrid.Cell.plain(new HeadingPanel(heading(c.network().name())), 1));
            params.add(panels.parameters());
            currents.add(panels.currents());
            matrices.add(panels.finalMatrix());
            norms.add(panels.rowNorms());
        }
        grid.row(0.24, headings.toArray(PanelGrid.Cell[]::new));
        if (parameters) {
            grid.row(2.0, params);
        }
        grid.row(2.2, currents).row(2.2, matrices).row(2.3, norms);
    }

    /** "case 2" from "fig3-case2". */
    static String heading(String name) {
        int at = name.lastIndexOf("case");
        return at < 0 ? name : "case " + name.substring(at + 4);
    }
}

package org.mrdmft.dmft;

import org.mrdmft.model.InputDrive;

/**
 * A jump of a piecewise-constant input inside the step (t_{k-1}, t_k] of the time grid. The grid samples the
 * input after the jump at t_k (and before it at t_{k-1}), so a quadrature over that step would put the jump
 * at a grid point with the wrong weight, an O(h) error. The engines add instead, to each integral over the step,
 * (omega - endWeight) times the jump of its integrand, and to the next step backWeight times the jump (its
 * three-point rule reaches back across the switch): what the exact integral of a constant jump needs.
 *
 * @param step k, the index of the step's end t_k
 * @param omega int_{tau}^{t_k} e^{-(t_k - s)} ds = 1 - e^{-(t_k - tau)}, the leak-weighted time after the switch
 *     within the step (0 for a switch on the grid point t_k)
 * @param before I^nu just before the switch, per region (the amplitude at t_k is the one after it)
 */
record InputSwitch(int step, double omega, double[] before) {

    /**
     * The switches of the input on the grid t_k = k h, k &lt; steps, indexed by k (null where the step holds
     * none). A switch in the first two steps is left sampled (the first steps use one-sided rules), and so is
     * a second switch within two steps of a handled one (a pulse shorter than two steps): both stay first order.
     */
    static InputSwitch[] of(InputDrive drive, int regions, int steps, double h) {
        InputSwitch[] at = new InputSwitch[steps];
        int last = -10;
        for (double tau : drive.switchTimes()) {
            double x = tau / h;
            long near = Math.round(x);
            int k = Math.abs(x - near) <= 1e-9 * Math.max(1.0, x) ? (int) near : (int) Math.ceil(x);
            if (k < 3 || k >= steps || k - last < 3) {
                continue;
            }
            double[] before = new double[regions];
            drive.leftLimitAt(tau, before);
            double after = Math.max(0.0, k * h - tau);
            at[k] = new InputSwitch(k, -Math.expm1(-after), before);
            last = k;
        }
        return at;
    }
}

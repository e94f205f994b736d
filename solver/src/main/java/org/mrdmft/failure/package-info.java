/**
 * The typed failures of mrdmft, so that a caller can tell a bad input from a numerical failure from a bug:
 * {@link org.mrdmft.failure.InvalidInputException} names the input at fault,
 * {@link org.mrdmft.failure.NumericalFailureException} (a {@link org.mrdmft.failure.DivergenceException} or a
 * {@link org.mrdmft.failure.ConvergenceException}) says what failed and which settings to try. Anything else
 * thrown by the library is a bug. This package depends on nothing else of the project.
 */
package org.mrdmft.failure;

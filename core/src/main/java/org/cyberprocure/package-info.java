/**
 * The library's entry point, {@link org.cyberprocure.ComplianceChecker}, its
 * {@link org.cyberprocure.EvaluationContext} and the exceptions it throws on purpose:
 * {@link org.cyberprocure.InputRejectedException} (the vendor can fix it) and
 * {@link org.cyberprocure.ConfigurationException} (the integrator must fix it).
 */
package org.cyberprocure;

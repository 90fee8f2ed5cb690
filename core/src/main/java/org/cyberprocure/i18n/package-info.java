/**
 * Every text a reader sees, in the reader's language: {@link org.cyberprocure.i18n.Translations} finds the message
 * bundles (the library's report labels, the rule pack's catalog, question and rationale texts, and language packs
 * an integrator or hospital adds without rebuilding), {@link org.cyberprocure.i18n.Texts} writes texts in one
 * language, and {@link org.cyberprocure.i18n.Completeness} says which keys a language lacks. The bundle format is
 * described in {@code docs/i18n.md}.
 */
package org.cyberprocure.i18n;

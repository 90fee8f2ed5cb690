/**
 * Immutable value types: what goes into an evaluation ({@link org.cyberprocure.model.Questionnaire},
 * {@link org.cyberprocure.model.Answer}), what the catalog holds ({@link org.cyberprocure.model.Requirement},
 * {@link org.cyberprocure.model.Question}) and what comes out ({@link org.cyberprocure.model.Assessment},
 * {@link org.cyberprocure.model.Finding}).
 */
package org.cyberprocure.model;

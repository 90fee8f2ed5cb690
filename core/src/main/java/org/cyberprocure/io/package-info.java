/**
 * Reading and writing vendor questionnaires: {@link org.cyberprocure.io.QuestionnaireReader} (JSON validated
 * against {@code org/cyberprocure/schema/questionnaire-1.schema.json}, and CSV), configured by
 * {@link org.cyberprocure.io.ReaderLimits} and returning tolerated problems in a
 * {@link org.cyberprocure.io.ReadResult}; and {@link org.cyberprocure.io.QuestionnaireWriter}. Vendor files are
 * untrusted: see {@code docs/security.md}.
 */
package org.cyberprocure.io;

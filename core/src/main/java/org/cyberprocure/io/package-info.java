/**
 * Reading and writing vendor questionnaires: {@link org.cyberprocure.io.QuestionnaireReader} (JSON validated
 * against {@code org/cyberprocure/schema/questionnaire-1.schema.json}, and CSV) and
 * {@link org.cyberprocure.io.QuestionnaireWriter}.
 */
package org.cyberprocure.io;

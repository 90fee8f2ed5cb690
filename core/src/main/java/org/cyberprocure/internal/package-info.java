/**
 * Implementation details: rule runtime, verdict collection, scoring, validation, Jackson set-up. Not part of
 * the API; anything here may change in any release.
 */
package org.cyberprocure.internal;

/**
 * Exports for GRC tools: the requirement catalog as an OSCAL catalog, an assessment as OSCAL assessment results
 * (OSCAL 1.1.3 JSON, valid against NIST's published schema), and the findings as a JSON Lines feed for a SIEM or
 * data warehouse. Output is deterministic: identifiers are name-based UUIDs and timestamps come from the inputs
 * (the as-of date, the catalog version), never from the clock. See docs/interoperability.md.
 */
package org.cyberprocure.report.oscal;

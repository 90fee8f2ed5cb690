/** Extension points for rule pack authors: {@link org.cyberprocure.spi.RulePack} and the rule-side API. */
package org.cyberprocure.spi;

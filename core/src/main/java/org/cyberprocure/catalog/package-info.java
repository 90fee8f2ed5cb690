/** The requirement catalog and question bank that a rule pack ships as data. */
package org.cyberprocure.catalog;

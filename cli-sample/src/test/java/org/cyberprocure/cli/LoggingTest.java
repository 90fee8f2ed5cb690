package org.cyberprocure.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.logging.log4j.LogManager;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** No stack trace on the terminal without --verbose: POI logs nothing (issue 15), our own warnings still show. */
class LoggingTest {
    @Test
    void poi_logsNothing_throughTheRoutingItReallyUses_whileOurWarningsShow() {
        // POI logs through the Log4j API, which log4j-to-slf4j hands to slf4j-simple (simplelogger.properties).
        assertThat(LogManager.getLogger("org.apache.poi.ooxml.POIXMLDocumentPart").isErrorEnabled()).isFalse();
        assertThat(LoggerFactory.getLogger("org.apache.poi.openxml4j.opc.ZipPackage").isErrorEnabled()).isFalse();
        assertThat(LoggerFactory.getLogger("org.drools.base.rule.EvalCondition").isWarnEnabled()).isFalse();
        assertThat(LoggerFactory.getLogger("org.cyberprocure.io.QuestionnaireReader").isWarnEnabled()).isTrue();
    }

    @Test
    void verbose_turnsPoisMessagesOnBeforeTheFirstLoggerIsMade() {
        String before = System.getProperty(Logging.POI_LEVEL);
        try {
            Logging.configure(false);
            assertThat(System.getProperty(Logging.POI_LEVEL)).isEqualTo(before);
            Logging.configure(true);
            assertThat(System.getProperty(Logging.POI_LEVEL)).isEqualTo("warn");
            assertThat(System.getProperty(Logging.DROOLS_LEVEL)).isEqualTo("warn");
        } finally {
            System.clearProperty(Logging.DROOLS_LEVEL);
            if (before == null) {
                System.clearProperty(Logging.POI_LEVEL);
            } else {
                System.setProperty(Logging.POI_LEVEL, before);
            }
        }
    }
}

package org.cyberprocure.io;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import org.cyberprocure.InputRejectedException.Problem;
import org.cyberprocure.InputRejectedException.Reason;
import org.cyberprocure.model.SourceLocation;

/**
 * Watches CSV text on its way into the parser. It stops the parser early when a row would cost far more memory
 * than any real questionnaire row (a cell much longer than the cell limit, or many more cells than the format
 * has columns); the parser checks the exact bounds afterwards. It also notes the line on which each record
 * starts, since commons-csv's line count drifts over blank lines and quoted line breaks.
 *
 * <p>Follows RFC 4180 as configured in {@link CsvQuestionnaireParser}: a doubled quote inside quotes toggles
 * twice, so it needs no special case; empty lines are no records.
 */
final class CsvGuard extends FilterReader {
    /** The format has four columns; anything far beyond is not a questionnaire. */
    static final int MAX_CELLS = 16;

    private final char delimiter;
    private final String source;
    private final long maxRawCell;
    /** Start lines of records the parser has not taken yet; it reads ahead at most a buffer, so this stays small. */
    private final ArrayDeque<Integer> recordLines = new ArrayDeque<>();
    private boolean quoted;
    private long cellLength;
    private int cells = 1;
    private int line = 1;
    private boolean afterCarriageReturn;
    private boolean betweenRecords = true;

    CsvGuard(Reader in, char delimiter, String source, int maxCellLength) {
        super(in);
        this.delimiter = delimiter;
        this.source = source;
        // Quotes and doubled quotes make the raw text of a cell at most twice its value, plus the enclosing pair.
        this.maxRawCell = 2L * maxCellLength + 2;
    }

    /** The line on which the next record (the header first) starts. */
    int nextRecordLine() {
        Integer next = recordLines.pollFirst();
        return next == null ? line : next;
    }

    @Override
    public int read() throws IOException {
        char[] one = new char[1];
        return read(one, 0, 1) < 0 ? -1 : one[0];
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        for (int i = offset; i < offset + n; i++) {
            see(buffer[i]);
        }
        return n;
    }

    private void see(char c) throws ReadRejection {
        boolean lineBreak = c == '\r' || c == '\n';
        if (c == '\r' || c == '\n' && !afterCarriageReturn) {
            line++;
        }
        afterCarriageReturn = c == '\r';
        if (betweenRecords && !lineBreak) {
            recordLines.addLast(line);
            betweenRecords = false;
        }
        if (c == '"') {
            quoted = !quoted;
        } else if (!quoted && c == delimiter) {
            cellLength = 0;
            if (++cells > MAX_CELLS) {
                throw new ReadRejection(Problem.of(Reason.MALFORMED_CSV, SourceLocation.line(source, line),
                        "problem.csv.tooManyCells", MAX_CELLS));
            }
            return;
        } else if (!quoted && lineBreak) {
            cellLength = 0;
            cells = 1;
            betweenRecords = true;
            return;
        }
        if (++cellLength > maxRawCell) {
            throw new ReadRejection(Problem.of(Reason.TOO_LARGE, SourceLocation.line(source, line),
                    "problem.csv.cellTooLong", (maxRawCell - 2) / 2));
        }
    }
}

package org.cyberprocure.io;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import org.cyberprocure.InputRejectedException.Problem;
import org.cyberprocure.InputRejectedException.Reason;
import org.cyberprocure.model.SourceLocation;

/**
 * Watches CSV text on its way into the parser and stops it early when a row would cost far more memory than any
 * real questionnaire row: a cell much longer than the cell limit, or a row with many more cells than the format
 * has columns. The parser itself checks the exact bounds afterwards; this only keeps hostile input from being
 * buffered first. Follows RFC 4180 quoting (a doubled quote inside quotes toggles twice, so it needs no
 * special case).
 */
final class CsvGuard extends FilterReader {
    /** The format has four columns; anything far beyond is not a questionnaire. */
    static final int MAX_CELLS = 16;

    private final char delimiter;
    private final String source;
    private final long maxRawCell;
    private boolean quoted;
    private long cellLength;
    private int cells = 1;
    private int line = 1;
    private boolean afterCarriageReturn;

    CsvGuard(Reader in, char delimiter, String source, int maxCellLength) {
        super(in);
        this.delimiter = delimiter;
        this.source = source;
        // Quotes and doubled quotes make the raw text of a cell at most twice its value, plus the enclosing pair.
        this.maxRawCell = 2L * maxCellLength + 2;
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
        boolean newLine = c == '\r' || c == '\n' && !afterCarriageReturn;
        afterCarriageReturn = c == '\r';
        if (newLine) {
            line++;
        }
        if (c == '"') {
            quoted = !quoted;
        } else if (!quoted && c == delimiter) {
            cellLength = 0;
            if (++cells > MAX_CELLS) {
                throw new ReadRejection(new Problem(Reason.MALFORMED_CSV, SourceLocation.line(source, line),
                        "a row with more than " + MAX_CELLS + " cells; the format has the columns key, value,"
                                + " comment, evidence"));
            }
            return;
        } else if (!quoted && (c == '\r' || c == '\n')) {
            cellLength = 0;
            cells = 1;
            return;
        }
        if (++cellLength > maxRawCell) {
            throw new ReadRejection(new Problem(Reason.TOO_LARGE, SourceLocation.line(source, line),
                    "a cell longer than " + (maxRawCell - 2) / 2 + " characters, the reader's limit"));
        }
    }
}

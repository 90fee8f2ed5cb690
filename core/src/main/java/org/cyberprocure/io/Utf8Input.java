package org.cyberprocure.io;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import org.cyberprocure.InputRejectedException.Problem;
import org.cyberprocure.InputRejectedException.Reason;
import org.cyberprocure.model.Message;
import org.cyberprocure.model.SourceLocation;

/**
 * Strict UTF-8 text from an untrusted stream. Reads at most a limit of bytes (the rest is never read), skips a
 * UTF-8 byte-order mark, refuses UTF-16 and UTF-32, and locates the first byte that is not UTF-8 by line and
 * column, so a vendor who saved a file in a legacy code page is told where and why. Errors are thrown as
 * {@link ReadRejection}. Not thread-safe; one per read.
 */
final class Utf8Input extends Reader {
    private static final int BUFFER = 8192;

    private final InputStream in;
    private final String source;
    private final Message advice;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER).flip();
    private final CharBuffer chars = CharBuffer.allocate(BUFFER).flip();
    private boolean endOfBytes;
    private boolean endOfChars;
    private boolean malformed;
    private int line = 1;
    private int column;
    private boolean afterCarriageReturn;

    private Utf8Input(InputStream in, String source, Message advice) {
        this.in = in;
        this.source = source;
        this.advice = advice;
    }

    /**
     * Opens a stream as UTF-8 text.
     *
     * @param advice what to tell the vendor about saving the file as UTF-8
     * @throws ReadRejection when the stream is empty, too large or declares another encoding
     */
    static Utf8Input open(InputStream raw, String source, long maxBytes, Message advice) throws IOException {
        InputStream in = new BufferedInputStream(new Bounded(raw, maxBytes, source), BUFFER);
        in.mark(4);
        byte[] head = in.readNBytes(4);
        in.reset();
        int skip = byteOrderMark(head, source, advice);
        if (head.length == skip) {
            throw new ReadRejection(Problem.of(Reason.UNREADABLE, SourceLocation.of(source), "problem.empty"));
        }
        in.skipNBytes(skip);
        return new Utf8Input(in, source, advice);
    }

    /** How many bytes of byte-order mark to skip; throws for the marks (or zero bytes) of UTF-16 and UTF-32. */
    private static int byteOrderMark(byte[] head, String source, Message advice) throws ReadRejection {
        int b0 = head.length > 0 ? head[0] & 0xFF : -1;
        int b1 = head.length > 1 ? head[1] & 0xFF : -1;
        int b2 = head.length > 2 ? head[2] & 0xFF : -1;
        int b3 = head.length > 3 ? head[3] & 0xFF : -1;
        if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
            return 3;
        }
        String found = null;
        if (b0 == 0x00 && b1 == 0x00 && b2 == 0xFE && b3 == 0xFF || b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0) {
            found = "problem.encoding.utf32";
        } else if (b0 == 0xFE && b1 == 0xFF || b0 == 0xFF && b1 == 0xFE) {
            found = "problem.encoding.utf16";
        } else if (b0 == 0x00 || b1 == 0x00) {
            found = "problem.encoding.zeroBytes";
        }
        if (found != null) {
            throw new ReadRejection(Problem.of(Reason.BAD_ENCODING, SourceLocation.of(source), "problem.encoding",
                    Message.of(found), advice));
        }
        return 0;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, buffer.length);
        if (length == 0) {
            return 0;
        }
        if (!chars.hasRemaining() && !decodeMore()) {
            return -1;
        }
        int n = Math.min(length, chars.remaining());
        chars.get(buffer, offset, n);
        track(buffer, offset, n);
        return n;
    }

    /** Decodes at least one more character; false at the end. Errors surface only once the text before is read. */
    private boolean decodeMore() throws IOException {
        chars.clear();
        try {
            while (chars.position() == 0) {
                if (malformed) {
                    throw notUtf8();
                }
                if (endOfChars) {
                    return false;
                }
                CoderResult result = decoder.decode(bytes, chars, endOfBytes);
                if (result.isError()) {
                    malformed = true;
                } else if (result.isUnderflow()) {
                    if (endOfBytes) {
                        decoder.flush(chars);
                        endOfChars = true;
                    } else {
                        fill();
                    }
                }
            }
            return true;
        } finally {
            chars.flip();
        }
    }

    private void fill() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
        if (n < 0) {
            endOfBytes = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    private ReadRejection notUtf8() {
        Message what = bytes.hasRemaining() ? Message.of("problem.notUtf8.byte",
                String.format(Locale.ROOT, "0x%02X", bytes.get(bytes.position()) & 0xFF))
                : Message.of("problem.notUtf8.end");
        return new ReadRejection(Problem.of(Reason.BAD_ENCODING, new SourceLocation(source, line, column + 1, ""),
                "problem.notUtf8", what, line, column + 1, advice));
    }

    private void track(char[] buffer, int offset, int n) {
        for (int i = offset; i < offset + n; i++) {
            char c = buffer[i];
            if (c == '\n') {
                if (!afterCarriageReturn) {
                    line++;
                }
                column = 0;
            } else if (c == '\r') {
                line++;
                column = 0;
            } else {
                column++;
            }
            afterCarriageReturn = c == '\r';
        }
    }

    /** Leaves the stream open: whoever opened it closes it (parsers close their source when done). */
    @Override
    public void close() {
        // nothing to release
    }

    /** Lets through at most a number of bytes; one more is a rejection, so the rest is never read. */
    private static final class Bounded extends FilterInputStream {
        private final long limit;
        private final String source;
        private long count;

        Bounded(InputStream in, long limit, String source) {
            super(in);
            this.limit = limit;
            this.source = source;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, (int) Math.min(length, limit - count + 1));
            if (n > 0) {
                count += n;
                if (count > limit) {
                    throw tooLarge(source, limit);
                }
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            if (n <= 0) {
                return 0;
            }
            byte[] skipped = new byte[(int) Math.min(n, BUFFER)];
            return Math.max(0, read(skipped, 0, skipped.length));
        }

        @Override
        public boolean markSupported() {
            return false;
        }
    }

    static ReadRejection tooLarge(String source, long limit) {
        return new ReadRejection(Problem.of(Reason.TOO_LARGE, SourceLocation.of(source), "problem.tooLarge", limit));
    }
}

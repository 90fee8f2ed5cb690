package org.cyberprocure.rules;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes docs/examples/eu-health-cloud-caiq.xlsx from its CSV twin, laid out like a provider's workbook: an
 * introduction sheet first, then the answer sheet with the header area (the assessment date as a real date
 * cell) above the header row. Run from the repository root after changing the CSV:
 * {@code java -cp <test class path> org.cyberprocure.rules.CaiqSampleWorkbook}; {@link CaiqExampleTest} checks
 * that both files give the same assessment.
 */
final class CaiqSampleWorkbook {
    private CaiqSampleWorkbook() {
    }

    public static void main(String[] args) throws IOException {
        write(Path.of("docs/examples/eu-health-cloud-caiq.csv"), Path.of("docs/examples/eu-health-cloud-caiq.xlsx"));
    }

    static void write(Path csv, Path xlsx) throws IOException {
        List<CSVRecord> records;
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            records = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get().parse(in).getRecords();
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
            Sheet intro = workbook.createSheet("Introduction");
            intro.createRow(0).createCell(0).setCellValue("CAIQ v4 answers of a fictional provider, for testing.");
            intro.createRow(1).createCell(0).setCellValue("The answers are on the next sheet.");
            Sheet sheet = workbook.createSheet("CAIQv4");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
            for (int r = 0; r < records.size(); r++) {
                Row row = sheet.createRow(r);
                CSVRecord record = records.get(r);
                for (int c = 0; c < record.size(); c++) {
                    String value = record.get(c);
                    if (value.isEmpty()) {
                        continue;
                    }
                    if (c == 1 && record.get(0).equals("Assessment Date")) {
                        row.createCell(c).setCellValue(LocalDate.parse(value));
                        row.getCell(c).setCellStyle(date);
                    } else {
                        row.createCell(c).setCellValue(value);
                    }
                }
            }
            workbook.write(out);
        }
    }
}

package org.cyberprocure.rules;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes an MDS2 example workbook (docs/examples/infusion-pump-mds2.xlsx, patient-monitor-mds2.xlsx) from the CSV
 * export next to it, laid out the way vendors publish
 * the form: a cover sheet, title rows above the header, a leading blank column, section heading rows, the release
 * date as an Excel date cell and an extra reference column; the cover names the manufacturer (DOC-1) and model
 * (DOC-3). Run by {@code Mds2ExampleTest} and {@code Mds2MonitorExampleTest} with
 * {@code -Dcyberprocure.writeMds2Sample=true}.
 */
final class Mds2SampleWorkbook {
    private Mds2SampleWorkbook() {
    }

    static void write(Path csv, Path xlsx) throws IOException {
        List<CSVRecord> records;
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(Files.newBufferedReader(csv, StandardCharsets.UTF_8))) {
            records = parser.getRecords();
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("d mmm yyyy"));
            Sheet cover = wb.createSheet("Cover");
            cover.createRow(0).createCell(0).setCellValue("Manufacturer Disclosure Statement for Medical Device"
                    + " Security (MDS2), ANSI/NEMA HN 1-2019 - fictional example for CyberProcure");
            cover.createRow(2).createCell(0).setCellValue(answer(records, "DOC-1") + " - " + answer(records, "DOC-3"));
            Sheet sheet = wb.createSheet("MDS2");
            sheet.createRow(0).createCell(1).setCellValue(answer(records, "DOC-3") + " - MDS2");
            Row header = sheet.createRow(2);
            String[] titles = {"Question ID", "Question", "Answer", "Note", "Reference"};
            for (int c = 0; c < titles.length; c++) {
                header.createCell(c + 1).setCellValue(titles[c]);
                header.getCell(c + 1).setCellStyle(bold);
            }
            int r = 3;
            String section = "";
            for (CSVRecord record : records) {
                String id = record.get("Question ID");
                String code = id.substring(0, id.indexOf('-'));
                if (!code.equals(section)) {
                    section = code;
                    Row heading = sheet.createRow(r++);
                    heading.createCell(1).setCellValue(code);
                    heading.getCell(1).setCellStyle(bold);
                }
                Row row = sheet.createRow(r++);
                row.createCell(1).setCellValue(id);
                row.createCell(2).setCellValue(record.get("Question"));
                if (id.equals("DOC-7")) {
                    row.createCell(3).setCellValue(LocalDate.parse(record.get("Answer")));
                    row.getCell(3).setCellStyle(date);
                } else {
                    row.createCell(3).setCellValue(record.get("Answer"));
                }
                if (!record.get("Note").isEmpty()) {
                    row.createCell(4).setCellValue(record.get("Note"));
                }
                row.createCell(5).setCellValue("HN 1-2019 " + code);
            }
            sheet.setColumnWidth(2, 60 * 256);
            sheet.setColumnWidth(4, 40 * 256);
            wb.write(out);
        }
    }

    private static String answer(List<CSVRecord> records, String id) {
        return records.stream().filter(r -> r.get("Question ID").equals(id)).map(r -> r.get("Answer")).findFirst()
                .orElseThrow();
    }
}

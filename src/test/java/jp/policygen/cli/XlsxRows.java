package jp.policygen.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/** A workbook's first sheet as a user sees it in Excel: its name and every row as the cell texts shown. */
record XlsxRows(String sheetName, List<List<String>> rows) {

    static XlsxRows read(Path xlsx) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        DataFormatter fmt = new DataFormatter();
        try (InputStream in = Files.newInputStream(xlsx); Workbook wb = WorkbookFactory.create(in)) {
            Sheet s = wb.getSheetAt(0);
            for (int i = 0; i <= s.getLastRowNum(); i++) {
                Row row = s.getRow(i);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        cells.add(row.getCell(c) == null ? "" : fmt.formatCellValue(row.getCell(c)));
                    }
                }
                rows.add(cells);
            }
            return new XlsxRows(s.getSheetName(), rows);
        }
    }
}

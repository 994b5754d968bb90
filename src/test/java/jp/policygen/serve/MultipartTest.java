package jp.policygen.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The multipart form of the import page's upload, as browsers send it. */
class MultipartTest {
    private static final String TYPE = "multipart/form-data; boundary=\"----WebKitFormBoundaryAbC\"";

    private static byte[] body(String s) {
        return s.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void fieldsAndAFileWithAJapaneseNameAndTheFoldersAnOldBrowserSends() throws Exception {
        byte[] bytes = body("""
                ------WebKitFormBoundaryAbC
                Content-Disposition: form-data; name="_csrf"

                tok
                ------WebKitFormBoundaryAbC
                Content-Disposition: form-data; name="file"

                規程.docx
                ------WebKitFormBoundaryAbC
                Content-Disposition: form-data; name="file"

                特則.pdf
                ------WebKitFormBoundaryAbC
                Content-Disposition: form-data; name="upload"; filename="C:\\Users\\総務課\\対策基準.docx"
                Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document

                PK\u0003\u0004 line one
                ------WebKitFormBoundaryAbC
                Content-Disposition: form-data; name="upload"; filename=""
                Content-Type: application/octet-stream


                ------WebKitFormBoundaryAbC--
                """);
        Multipart m = Multipart.parse(TYPE, bytes);
        assertEquals(List.of("tok"), m.fields().get("_csrf"));
        assertEquals(List.of("規程.docx", "特則.pdf"), m.fields().get("file"));
        assertEquals(1, m.files().size(), "the empty file input is no file");
        assertEquals("対策基準.docx", m.files().get(0).name());
        assertArrayEquals("PK\u0003\u0004 line one".getBytes(StandardCharsets.UTF_8), m.files().get(0).bytes());
    }

    @Test
    void aBodyCutShortOrWithoutItsBoundaryIsRefusedInJapanese() {
        byte[] cut = body("""
                ------WebKitFormBoundaryAbC
                Content-Disposition: form-data; name="upload"; filename="a.docx"

                PK half a file""");
        Multipart.Malformed e = assertThrows(Multipart.Malformed.class, () -> Multipart.parse(TYPE, cut));
        assertTrue(e.getMessage().contains("途中で切れています"), e.getMessage());
        Multipart.Malformed none = assertThrows(Multipart.Malformed.class, () -> Multipart.parse("multipart/form-data", cut));
        assertTrue(none.getMessage().contains("画面を読み込み直してください"), none.getMessage());
    }
}

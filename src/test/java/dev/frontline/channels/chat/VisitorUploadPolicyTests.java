package dev.frontline.channels.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class VisitorUploadPolicyTests {

    @Test
    void theKindIsJudgedByTheBytesNotTheName() {
        assertThat(VisitorUploadPolicy.sniff("photo.txt", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0})).hasValue("image/jpeg");
        assertThat(VisitorUploadPolicy.sniff("invoice.png", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII))).hasValue("application/pdf");
        assertThat(VisitorUploadPolicy.sniff("page.png", "<html>".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(VisitorUploadPolicy.sniff("notes.txt", "注文番号 42".getBytes(StandardCharsets.UTF_8))).hasValue("text/plain");
        assertThat(VisitorUploadPolicy.sniff("notes.txt", new byte[] {'M', 'Z', 0, 1})).as("binary in a .txt").isEmpty();
        assertThat(VisitorUploadPolicy.sniff("setup.exe", new byte[] {'M', 'Z', 0, 1})).isEmpty();
        assertThat(VisitorUploadPolicy.sniff("report.docx", new byte[] {'P', 'K', 3, 4, 0})).get().asString().contains("wordprocessingml");
        assertThat(VisitorUploadPolicy.sniff("archive.zip", new byte[] {'P', 'K', 3, 4, 0})).isEmpty();
    }

    @Test
    void aFileNameLosesItsPathAndControlCharacters() {
        assertThat(VisitorUploadPolicy.safeName("C:\\Users\\me\\..\\receipt.png")).isEqualTo("receipt.png");
        assertThat(VisitorUploadPolicy.safeName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(VisitorUploadPolicy.safeName("a\u0000b\"<c>.png")).isEqualTo("abc.png");
        assertThat(VisitorUploadPolicy.safeName("..")).isEqualTo("upload");
        assertThat(VisitorUploadPolicy.safeName(null)).isEqualTo("upload");
    }
}

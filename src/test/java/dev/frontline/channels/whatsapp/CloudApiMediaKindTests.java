package dev.frontline.channels.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.frontline.channels.messaging.MessageProvider;
import dev.frontline.channels.messaging.OutgoingMessage;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CloudApiMediaKindTests {

    private static final long MB = 1024 * 1024;

    @ParameterizedTest(name = "{0} goes as {1}")
    @CsvSource({"image/jpeg, IMAGE", "image/png, IMAGE", "IMAGE/PNG; name=x, IMAGE", "image/gif, DOCUMENT",
            "image/webp, DOCUMENT", "video/mp4, VIDEO", "video/3gpp, VIDEO", "video/webm, DOCUMENT",
            "audio/mpeg, AUDIO", "audio/ogg, AUDIO", "audio/wav, DOCUMENT", "application/pdf, DOCUMENT",
            "text/csv, DOCUMENT"})
    void aFileGoesAsTheMediaTypeWhatsAppPlaysItAs(String contentType, CloudApiMedia.Kind kind) {
        assertThat(CloudApiMedia.Kind.of(media("file", contentType, 1))).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{1} at {2} MB + 1 byte is refused")
    @CsvSource({"pallet.jpg, image/jpeg, 5, image", "clip.mp4, video/mp4, 16, video", "note.mp3, audio/mpeg, 16, audio",
            "manual.pdf, application/pdf, 100, document"})
    void aFileOneByteOverItsKindsLimitIsRefusedForGoodNamingFileSizeAndLimit(String filename, String contentType,
                                                                           long limitMb, String type) throws Exception {
        assertThat(CloudApiMedia.Kind.checked(media(filename, contentType, limitMb * MB)).type).isEqualTo(type);

        assertThatThrownBy(() -> CloudApiMedia.Kind.checked(media(filename, contentType, limitMb * MB + 1)))
                .isInstanceOfSatisfying(MessageProvider.ProviderException.class, e -> {
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.getMessage()).isEqualTo("The attachment " + filename + " is "
                            + limitMb + ".1 MB; WhatsApp sends " + type + " files up to " + limitMb + " MB.");
                });
    }

    @Test
    void aGifLargerThanAnImageMayGoAsADocument() throws Exception {
        assertThat(CloudApiMedia.Kind.checked(media("dance.gif", "image/gif", 20 * MB))).isEqualTo(CloudApiMedia.Kind.DOCUMENT);
    }

    private static OutgoingMessage.Media media(String filename, String contentType, long size) {
        return new OutgoingMessage.Media(null, contentType, filename, size, InputStream::nullInputStream);
    }
}

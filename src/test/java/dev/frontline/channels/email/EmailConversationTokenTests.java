package dev.frontline.channels.email;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.shared.Ids;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EmailConversationTokenTests {

    @Test
    void aTokenReadsBackAsItsConversationWhateverTheCaseAndSurroundingText() {
        for (UUID id : new UUID[] {Ids.newId(), UUID.randomUUID(), new UUID(-1L, -1L), new UUID(0L, 0L)}) {
            String token = ConversationToken.format(id);

            assertThat(token).matches("\\[#FL-[0-9A-Z]{26}]");
            assertThat(ConversationToken.parse("RE: AW: Where is my order? " + token.toLowerCase())).contains(id);
        }
    }

    @Test
    void aSubjectGetsTheTokenOnceAndStripsBackToItsText() {
        UUID id = Ids.newId();

        String subject = ConversationToken.appendTo("Re: Refund", id);

        assertThat(ConversationToken.appendTo(subject, id)).isEqualTo(subject);
        assertThat(ConversationToken.strip(subject)).isEqualTo("Re: Refund");
        assertThat(ConversationToken.parse("Re: Refund [#FL-123]")).isEmpty();
        assertThat(ConversationToken.parse(null)).isEmpty();
    }
}

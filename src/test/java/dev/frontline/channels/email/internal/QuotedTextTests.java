package dev.frontline.channels.email.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The thread view's cut of quoted replies and signatures, for the mail clients and languages customers use. */
class QuotedTextTests {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            // Outlook (Simplified Chinese), no blank line before the separator
            "谢谢\n-----原始邮件-----\n发件人: 客服 <support@frontline.test>\n发送时间: 2025年11月18日 10:00\n收件人: 王芳\n主题: 回复: 退款\n\n您的退款已处理。",
            // the header block alone, right under the text
            "谢谢\n发件人: 客服 <support@frontline.test>\n发送时间: 2025年11月18日 10:00\n收件人: 王芳\n主题: 回复: 退款\n\n您的退款已处理。",
            // full-width colons and Outlook's bold labels
            "谢谢\n*发件人：* 客服 <support@frontline.test>\n*发送时间：* 2025年11月18日 10:00\n*收件人：* 王芳\n*主题：* 退款\n\n您的退款已处理。",
            // QQ Mail
            "谢谢\n------------------ 原始邮件 ------------------\n发件人: \"客服\"<support@frontline.test>;\n发送时间: 2025年11月18日(星期二) 上午10:00\n收件人: \"王芳\"<wang@example.cn>;\n主题: 回复: 退款\n\n您的退款已处理。",
            // Outlook with no-break spaces, as copied from its HTML
            "谢谢\n-----\u00a0原始邮件\u00a0-----\n发件人:\u00a0客服\n发送时间:\u00a02025年11月18日 10:00\n\n您的退款已处理。",
            // the underscore rule Outlook draws above the header block
            "谢谢\n________________________________\n发件人: 客服 <support@frontline.test>\n发送时间: 2025年11月18日 10:00\n\n您的退款已处理。",
            // Windows line ends
            "谢谢\r\n-----原始邮件-----\r\n发件人: 客服\r\n发送时间: 2025年11月18日 10:00\r\n\r\n您的退款已处理。",
    })
    void simplifiedChineseRepliesKeepOnlyTheNewText(String reply) {
        assertThat(QuotedText.latest(reply)).isEqualTo("谢谢");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "多謝\n-----原始郵件-----\n寄件者: 客服 <support@frontline.test>\n傳送時間: 2025年11月18日 上午 10:00\n收件者: 陳小姐\n主旨: 回覆: 退款\n\n您的退款已處理。",
            "多謝\n寄件者: 客服 <support@frontline.test>\n傳送時間: 2025年11月18日 上午 10:00\n收件者: 陳小姐\n主旨: 回覆: 退款",
            "多謝\n寄件者: 客服 <support@frontline.test>\n寄件日期: 2025年11月18日 上午 10:00\n收件者: 陳小姐\n主旨: 回覆: 退款",
            "多謝\n-----原始訊息-----\n寄件者: 客服 <support@frontline.test>\n傳送時間: 2025年11月18日 上午 10:00",
    })
    void traditionalChineseRepliesKeepOnlyTheNewText(String reply) {
        assertThat(QuotedText.latest(reply)).isEqualTo("多謝");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "감사합니다\n-----원본 메시지-----\n보낸 사람: 고객지원 <support@frontline.test>\n보낸 날짜: 2025년 11월 18일 화요일 오전 10:00\n받는 사람: 김민수\n제목: RE: 환불\n\n환불이 처리되었습니다.",
            "감사합니다\n보낸 사람: 고객지원 <support@frontline.test>\n보낸 날짜: 2025년 11월 18일 화요일 오전 10:00\n받는 사람: 김민수\n제목: RE: 환불",
            "감사합니다\n-----Original Message-----\nFrom: Support <support@frontline.test>\nSent: Tuesday, November 18, 2025 10:00 AM\nTo: Kim\nSubject: RE: refund",
    })
    void koreanRepliesKeepOnlyTheNewText(String reply) {
        assertThat(QuotedText.latest(reply)).isEqualTo("감사합니다");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Thanks!\\n-----Original Message-----\\nFrom: Support\\nSent: Tuesday 10:00\\n\\nYour refund is done. | Thanks!
            Thanks!\\nFrom: Support <support@frontline.test>\\nSent: Tuesday, November 18, 2025 10:00 AM\\nTo: Ann | Thanks!
            Thanks!\\n\\nOn Tue, 18 Nov 2025 at 10:00, Support <support@frontline.test> wrote:\\n> Your refund is done. | Thanks!
            Thanks!\\n\\n-- \\nAnn Lee\\nACME | Thanks!
            好的\\n\\n发自我的iPhone | 好的
            """)
    void englishRepliesAndSignaturesAreCut(String reply, String latest) {
        assertThat(QuotedText.latest(reply.replace("\\n", "\n"))).isEqualTo(latest);
    }

    @Test
    void textThatOnlyMentionsAHeaderWordIsKeptWhole() {
        String text = "发件人: 我自己\n我想问一下退款的事情。";

        assertThat(QuotedText.latest(text)).isEqualTo(text);
    }

    @Test
    void aReplyThatIsAllQuoteIsKeptWhole() {
        String text = "-----原始邮件-----\n发件人: 客服\n发送时间: 2025年11月18日 10:00";

        assertThat(QuotedText.latest(text)).isEqualTo(text);
    }

    @Test
    void htmlTextBreaksLinesWhereTheHtmlDoesNotWhereItsSourceDoes() {
        String html = "<div><p>收到，\n谢谢！</p>\n<div style=\"border-top:solid #E1E1E1 1.0pt\"><p><b>发件人:</b>&nbsp;客服<br>\n"
                + "<b>发送时间:</b>&nbsp;2025年11月18日</p></div><p>您的退款已处理。</p></div>";

        String text = QuotedText.textOf(html);

        assertThat(text).isEqualTo("收到， 谢谢！\n\n发件人: 客服\n发送时间: 2025年11月18日\n您的退款已处理。");
        assertThat(QuotedText.latest(text)).isEqualTo("收到， 谢谢！");
    }
}

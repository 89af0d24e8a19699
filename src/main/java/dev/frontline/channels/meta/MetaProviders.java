package dev.frontline.channels.meta;

import dev.frontline.channels.Channel;
import dev.frontline.channels.messaging.MessageProvider;
import dev.frontline.channels.messaging.MessagingNumbers;
import dev.frontline.channels.messaging.MessagingSettings;
import dev.frontline.channels.messaging.ProviderHttp;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** Messenger and Instagram share Meta's Send API; each channel gets its own provider of it. */
@Configuration(proxyBeanMethods = false)
class MetaProviders {

    @Bean
    MessageProvider messengerSendApi(MessagingSettings settings, MessagingNumbers numbers, ProviderHttp http,
                                     JsonMapper json, Clock clock) {
        return new SendApi(Channel.MESSENGER, settings, numbers, http, json, clock);
    }

    @Bean
    MessageProvider instagramSendApi(MessagingSettings settings, MessagingNumbers numbers, ProviderHttp http,
                                     JsonMapper json, Clock clock) {
        return new SendApi(Channel.INSTAGRAM, settings, numbers, http, json, clock);
    }
}

package dev.frontline.identity.internal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Describes the API and its bearer-token authentication in the OpenAPI document and Swagger UI. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI frontlineOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Frontline API").version("v1")
                        .description("Omnichannel contact center: conversations, contacts, inboxes, webhooks. "
                                + "Errors are RFC 9457 problem+json.")
                        .license(new License().name("Apache-2.0")))
                .components(new Components().addSecuritySchemes("apiToken", new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .description("A personal API token from POST /api/v1/tokens")))
                .addSecurityItem(new SecurityRequirement().addList("apiToken"));
    }
}

package dev.frontline.helpcenter.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BrandTests {

    @Test
    void aDarkBrandColourCarriesWhiteTextAndColoursLinks() {
        Views.Brand brand = Views.Brand.of("Acme", "#0f766e", null, null, false, "/help/acme/en", "/help/acme/en/contact");

        assertThat(brand.onColor()).isEqualTo("#ffffff");
        assertThat(brand.linkColor()).isEqualTo("#0f766e");
    }

    @Test
    void aLightBrandColourCarriesDarkTextAndLinksStayReadable() {
        Views.Brand brand = Views.Brand.of("Acme", "#fde047", null, null, false, "/help/acme/en", "/help/acme/en/contact");

        assertThat(brand.onColor()).isEqualTo(Views.Brand.DARK_TEXT);
        assertThat(brand.linkColor()).isEqualTo(Views.Brand.DARK_TEXT);
        assertThat(Views.Brand.contrastWithWhite("#000000")).isEqualTo(21.0);
    }
}

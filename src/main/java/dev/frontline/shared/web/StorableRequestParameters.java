package dev.frontline.shared.web;

import dev.frontline.shared.StorableText;
import java.beans.PropertyEditorSupport;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Query parameters, path variables and form fields bound to strings are made storable ({@link StorableText})
 * for every controller, like JSON bodies ({@link StorableJson}): a search for {@code a%00b} must not fail on
 * PostgreSQL, and a form field is stored like any other text.
 */
@ControllerAdvice
class StorableRequestParameters {

    @InitBinder
    void storableStrings(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                setValue(StorableText.of(text));
            }
        });
    }
}

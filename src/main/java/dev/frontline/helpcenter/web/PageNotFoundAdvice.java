package dev.frontline.helpcenter.web;

import dev.frontline.helpcenter.HelpCenters;
import dev.frontline.helpcenter.PublishedHelpCenter;
import dev.frontline.helpcenter.web.Views.Alternate;
import dev.frontline.helpcenter.web.Views.Brand;
import dev.frontline.knowledge.ArticleLanguage;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A help center visitor who follows a dead link gets a page in the language of the link, not an API problem. Within
 * an enabled help center the page wears its brand and leads back home; an unknown address shows no brand at all, so
 * a made-up slug learns nothing.
 */
@ControllerAdvice(assignableTypes = {HelpCenterPages.class, HelpCenterFiles.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageNotFoundAdvice {

    private final HelpCenters helpCenters;

    PageNotFoundAdvice(HelpCenters helpCenters) {
        this.helpCenters = helpCenters;
    }

    @ExceptionHandler(HelpCenterPages.PageNotFound.class)
    ModelAndView notFound(HttpServletRequest request) {
        String[] segments = request.getRequestURI().split("/");
        ArticleLanguage language = segments.length > 3
                ? HelpCenterPages.knownLanguage(segments[3]).orElse(ArticleLanguage.EN) : ArticleLanguage.EN;
        PageTexts texts = new PageTexts(language.tag());
        ModelAndView view = new ModelAndView("helpcenter/not-found", HttpStatus.NOT_FOUND);
        view.addObject("t", texts);
        view.addObject("lang", language.tag());
        view.addObject("title", texts.get("notFound.title"));
        view.addObject("noindex", true);
        if (segments.length > 2) {
            helpCenters.published(segments[2]).filter(center -> center.settings().slug().equals(segments[2]))
                    .ifPresent(center -> brand(view, center, language));
        }
        return view;
    }

    private static void brand(ModelAndView view, PublishedHelpCenter center, ArticleLanguage language) {
        var settings = center.settings();
        String base = home(center, language);
        view.addObject("brand", Brand.of(center.displayName(), settings.brandColor(), settings.logoUrl(),
                settings.chatInboxId(), settings.contactInboxId() != null, base, base + "/contact"));
        view.addObject("alternates", Arrays.stream(ArticleLanguage.values()).map(other -> new Alternate(other.tag(),
                HelpCenterPages.LANGUAGE_NAMES.get(other), home(center, other), other == language, false)).toList());
    }

    private static String home(PublishedHelpCenter center, ArticleLanguage language) {
        return "/help/" + center.settings().slug() + "/" + language.tag();
    }
}

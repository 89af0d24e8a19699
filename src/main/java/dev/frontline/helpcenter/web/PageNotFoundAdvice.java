package dev.frontline.helpcenter.web;

import dev.frontline.knowledge.ArticleLanguage;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** A help center visitor who follows a dead link gets a page in the language of the link, not an API problem. */
@ControllerAdvice(assignableTypes = {HelpCenterPages.class, HelpCenterFiles.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageNotFoundAdvice {

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
        return view;
    }
}

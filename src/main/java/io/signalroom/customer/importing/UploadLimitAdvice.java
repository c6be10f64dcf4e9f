package io.signalroom.customer.importing;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A file over the upload limit gets a page that says so, not an error trace. The browser
 * script refuses such files before sending them; this catches the rest.
 */
@ControllerAdvice
class UploadLimitAdvice {

	private final DataSize maxFileSize;

	UploadLimitAdvice(@Value("${spring.servlet.multipart.max-file-size}") DataSize maxFileSize) {
		this.maxFileSize = maxFileSize;
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ModelAndView tooLarge(HttpServletRequest request) {
		ModelAndView page = new ModelAndView("customer/import/too-large", HttpStatus.PAYLOAD_TOO_LARGE);
		page.addObject("maxMegabytes", this.maxFileSize.toMegabytes());
		return page;
	}

}

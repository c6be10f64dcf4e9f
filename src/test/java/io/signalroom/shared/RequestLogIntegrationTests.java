package io.signalroom.shared;

import io.signalroom.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = "logging.level.io.signalroom.request=INFO")
class RequestLogIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void eachRequestIsLoggedWithStatusAndDurationButWithoutSecrets(CapturedOutput output) throws Exception {
		this.mvc.perform(get("/invites/secret-token-value").param("password", "hunter2-hunter2"));

		assertThat(output).contains("method=GET path=/invites/*** status=404");
		assertThat(output).doesNotContain("secret-token-value").doesNotContain("hunter2");
	}

}

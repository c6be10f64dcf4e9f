package io.signalroom;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * SignalRoom: cross-department teams practice reading customer signals together. Each
 * module's settings under {@code signalroom.*} are a {@code @ConfigurationProperties}
 * record beside the code that uses them, found by the scan.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SignalRoomApplication {

	public static void main(String[] args) {
		SpringApplication.run(SignalRoomApplication.class, args);
	}

}

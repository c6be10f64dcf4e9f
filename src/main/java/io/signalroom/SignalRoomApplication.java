package io.signalroom;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * SignalRoom: cross-department teams practice reading customer signals together.
 */
@SpringBootApplication
public class SignalRoomApplication {

	public static void main(String[] args) {
		SpringApplication.run(SignalRoomApplication.class, args);
	}

}

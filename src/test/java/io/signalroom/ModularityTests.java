package io.signalroom;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(SignalRoomApplication.class);

	/**
	 * Each module uses only the public types of the modules its package-info allows, and
	 * no cycle.
	 */
	@Test
	void modulesOnlyUseTheModulesTheyDeclare() {
		this.modules.verify();
	}

	/** A new module states what it may depend on; only the shared kit is open to all. */
	@Test
	void everyModuleButTheSharedKitDeclaresItsAllowedDependencies() {
		this.modules.forEach((module) -> {
			String name = module.getBasePackage().getName();
			if (name.equals("io.signalroom.shared")) {
				return;
			}
			ApplicationModule declared = packageInfo(name).getAnnotation(ApplicationModule.class);
			assertThat(declared).as("@ApplicationModule on %s's package-info", name).isNotNull();
			assertThat(Arrays.asList(declared.allowedDependencies())).as("allowed dependencies of %s", name)
				.doesNotContain(ApplicationModule.OPEN_TOKEN);
		});
	}

	@Test
	void documentsTheModules() {
		new Documenter(this.modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

	private static Class<?> packageInfo(String packageName) {
		try {
			return Class.forName(packageName + ".package-info");
		}
		catch (ClassNotFoundException ex) {
			throw new AssertionError("No package-info.java in " + packageName, ex);
		}
	}

}

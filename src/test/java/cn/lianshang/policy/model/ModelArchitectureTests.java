package cn.lianshang.policy.model;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The clause tree and its evaluation are plain Java: no Spring, JPA, Jackson or other
 * module in them.
 */
@AnalyzeClasses(packages = "cn.lianshang.policy", importOptions = ImportOption.DoNotIncludeTests.class)
class ModelArchitectureTests {

	@ArchTest
	static final ArchRule modelIsFrameworkFree = noClasses().that()
		.resideInAPackage("cn.lianshang.policy.model..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..", "jakarta..", "javax.persistence..", "com.fasterxml..",
				"org.hibernate..", "cn.lianshang.access..", "cn.lianshang.enterprise..", "cn.lianshang.region..",
				"cn.lianshang.shared..")
		.orShould()
		.dependOnClassesThat()
		.resideInAPackage("cn.lianshang.policy");

}

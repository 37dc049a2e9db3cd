package cn.lianshang.matching.model;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Ranking and explanation are plain Java: no Spring, JPA, Jackson, Hibernate or other
 * module in them. The package-info (which only names the package as Modulith's
 * {@code model} interface) is the one exception.
 */
@AnalyzeClasses(packages = "cn.lianshang.matching", importOptions = ImportOption.DoNotIncludeTests.class)
class MatchingModelArchitectureTests {

	@ArchTest
	static final ArchRule modelIsFrameworkFree = noClasses().that()
		.resideInAPackage("cn.lianshang.matching.model..")
		.and()
		.doNotHaveSimpleName("package-info")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..", "jakarta..", "javax.persistence..", "com.fasterxml..",
				"org.hibernate..", "cn.lianshang.access..", "cn.lianshang.enterprise..", "cn.lianshang.region..",
				"cn.lianshang.shared..", "cn.lianshang.marketplace..")
		.orShould()
		.dependOnClassesThat()
		.resideInAPackage("cn.lianshang.matching")
		.allowEmptyShould(false);

}

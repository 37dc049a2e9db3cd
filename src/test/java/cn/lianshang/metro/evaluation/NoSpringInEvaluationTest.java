package cn.lianshang.metro.evaluation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The evaluation engine is a plain library: usable from a batch job or a report without a
 * Spring context.
 */
@AnalyzeClasses(packages = "cn.lianshang.metro.evaluation", importOptions = ImportOption.DoNotIncludeTests.class)
class NoSpringInEvaluationTest {

	@ArchTest
	static final ArchRule engineDoesNotDependOnSpring = noClasses().that()
		.resideInAPackage("cn.lianshang.metro.evaluation..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..", "jakarta.persistence..", "jakarta.servlet..")
		.allowEmptyShould(false);

}
